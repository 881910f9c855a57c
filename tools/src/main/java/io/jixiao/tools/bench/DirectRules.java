package io.jixiao.tools.bench;

import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.CaseFinding;
import io.jixiao.scoring.Direction;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.method.AtLeast;
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
            switch (c.kind()) {
                case MEASURED -> measured(p, c, out);
                case RANGED -> out.add(InRange.score(c));
                case GRADED -> {
                    out.add(c.deductionScores() ? PassFail.graded(c, p) : Graded.score(c, p));
                    if (c.gradePercent() != null && Graded.outsideBand(c, p)) {
                        out.add(new CaseFinding(c.id(), Graded.outsideBandFinding(c, p)));
                    }
                    if (c.quantitativeTarget()) {
                        out.add(new CaseFinding(c.id(), Special.gradedMeasurableFinding(c)));
                    }
                }
                case TEXT -> {
                    if (c.actualText().equals(c.targetText())) {
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
                    out.add(Special.mismatch(c));
                    out.add(new CaseFinding(c.id(), Special.mismatchFinding(c)));
                }
            }
        }
        return out;
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
            out.add(c.deduction().passFail() ? PassFail.score(c) : StepDeduction.score(c));
            return;
        }
        if (c.deduction() != null && !c.deduction().passFail()) {
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
