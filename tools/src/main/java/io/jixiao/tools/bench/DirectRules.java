package io.jixiao.tools.bench;

import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.CaseFinding;
import io.jixiao.scoring.Direction;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.method.AtLeast;
import io.jixiao.scoring.method.Bands;
import io.jixiao.scoring.method.Choices;
import io.jixiao.scoring.method.GradePoints;
import io.jixiao.scoring.method.PointSteps;
import io.jixiao.scoring.method.AtMost;
import io.jixiao.scoring.method.Equal;
import io.jixiao.scoring.method.Graded;
import io.jixiao.scoring.method.InRange;
import io.jixiao.scoring.method.OverAchievement;
import io.jixiao.scoring.method.PassFail;
import io.jixiao.scoring.method.Special;
import io.jixiao.scoring.method.StepDeduction;
import io.jixiao.scoring.method.TextMatch;
import io.jixiao.value.Comparator;
import java.util.ArrayList;
import java.util.List;

/**
 * FOR THE BENCHMARK ONLY: the packaged rules' decisions written as plain Java, calling the same
 * {@code scoring.method} helpers the DRL calls, so that one run can show what Drools itself costs.
 * Not used for scoring: the rules stay the one place that decides (a user's --rules cannot change this).
 * {@link io.jixiao.tools.bench.Bench} checks on every run that it derives exactly what the rules derive.
 */
final class DirectRules {

    private DirectRules() {
    }

    /** The facts the packaged rules would derive from {@code cases}: IndicatorResults and CaseFindings. */
    static List<Object> derive(ScoringProfile p, List<ScoringCase> cases) {
        List<Object> out = new ArrayList<>(cases.size() * 2);
        for (ScoringCase c : cases) {
            boolean standard = c.deductionScores() && c.deduction().standard() != null;
            switch (c.kind()) {
                case MEASURED -> measured(p, c, out);
                case RANGED -> {
                    if (standard) {
                        points(c, out);
                    } else {
                        out.add(InRange.score(c));
                    }
                }
                case GRADED -> {
                    if (standard) {
                        points(c, out);
                    } else {
                        out.add(c.deductionScores() ? PassFail.graded(c, p) : Graded.score(c, p));
                    }
                    if (c.gradePercent() != null && Graded.outsideBand(c, p)) {
                        out.add(new CaseFinding(c.id(), Graded.outsideBandFinding(c, p)));
                    }
                    if (c.quantitativeTarget()) {
                        out.add(new CaseFinding(c.id(), Special.gradedMeasurableFinding(c)));
                    }
                }
                case TEXT -> {
                    if (standard) {
                        points(c, out);
                    } else if (c.actualText().equals(c.targetText())) {
                        out.add(TextMatch.score(c));
                    } else {
                        out.add(TextMatch.unscorable(c));
                        out.add(new CaseFinding(c.id(), TextMatch.finding(c)));
                    }
                }
                case COMPLETED -> {
                    out.add(Special.completed(c));
                    if (c.quantitativeTarget()) {
                        out.add(new CaseFinding(c.id(), Special.completedFinding(c)));
                    }
                }
                case NOT_APPLICABLE -> {
                    out.add(Special.notApplicable(c));
                    if (c.notApplicableMark()) {
                        out.add(new CaseFinding(c.id(), Special.notApplicableMarkFinding(c)));
                    }
                }
                case MISSING -> {
                    out.add(Special.missing(c));
                    out.add(new CaseFinding(c.id(), Special.missingFinding(c)));
                }
                case RANGE_ACTUAL -> {
                    out.add(Special.rangeActual(c));
                    out.add(new CaseFinding(c.id(), Special.rangeActualFinding(c)));
                }
                case MISMATCH -> {
                    if (standard) {
                        points(c, out);
                    } else {
                        out.add(Special.mismatch(c));
                        out.add(new CaseFinding(c.id(), Special.mismatchFinding(c)));
                    }
                }
            }
        }
        return out;
    }

    /** rules/deduction/points.drl: a 评分标准 in points that scores the case. */
    private static void points(ScoringCase c, List<Object> out) {
        boolean held = c.standardEntry() >= 0;
        if (c.pointBands()) {
            out.add(held ? Bands.score(c) : Bands.outside(c));
            if (!held) {
                out.add(new CaseFinding(c.id(), Bands.outsideFinding(c)));
            }
        } else if (c.pointSteps()) {
            out.add(PointSteps.score(c));
        } else if (c.choiceStandard()) {
            out.add(held ? Choices.score(c) : Choices.none(c));
            if (!held) {
                out.add(new CaseFinding(c.id(), Choices.noneFinding(c)));
            }
        } else if (c.gradeStandard()) {
            out.add(held ? GradePoints.score(c) : GradePoints.none(c));
            if (!held) {
                out.add(new CaseFinding(c.id(), GradePoints.noneFinding(c)));
            }
        }
    }

    private static void measured(ScoringProfile p, ScoringCase c, List<Object> out) {
        Comparator d = c.direction();
        if (c.comparator() == Comparator.NONE) {
            out.add(new CaseFinding(c.id(), Direction.defaulted(c)));
        }
        if (d != Comparator.EQ && OverAchievement.flagged(c, p.overAchievementFlag())) {
            out.add(new CaseFinding(c.id(), OverAchievement.finding(c, p.overAchievementFlag())));
        }
        if (c.deductionScores()) {
            if (c.deduction().standard() != null) {
                points(c, out);
            } else {
                out.add(c.deduction().passFail() ? PassFail.score(c) : StepDeduction.score(c));
            }
            return;
        }
        if (c.stepDeduction()) {
            out.add(new CaseFinding(c.id(), StepDeduction.unitFinding(c)));
        }
        if (d.atLeast()) {
            out.add(AtLeast.score(c));
        } else if (d.atMost()) {
            out.add(AtMost.score(c));
        } else {
            out.add(Equal.score(c));
        }
    }
}
