package io.jixiao.scoring.method;

import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.profile.ScoringProfile.Band;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.scoring.ScoringProblems;
import io.jixiao.value.GradeLevel;
import java.math.BigDecimal;

/**
 * Qualitative grades: 达成/部分达成/未达成 score their explicit percent (inside the profile's band) or the
 * band's default; 优/良/中/差 score the profile's rating percent.
 */
public final class Graded {

    public static final String RULE = "grade";

    private Graded() {
    }

    public static IndicatorResult score(ScoringCase c, ScoringProfile p) {
        GradeLevel level = c.grade();
        BigDecimal percent = percent(c, p);
        boolean met = level == GradeLevel.ACHIEVED || level == GradeLevel.EXCELLENT;
        Why why = c.gradePercent() != null ? Why.GRADED_SELF : level.achievement() ? Why.GRADED_DEFAULT : Why.GRADED_RATING;
        return Results.of(c, RULE, 0, met, percent.movePointLeft(2), Explanation.of(why, c.actualText(), level.label(),
                percent, c.targetText()));
    }

    /** The percent a grade scores, clamped into its band (an out-of-band percent is also an error finding). */
    public static BigDecimal percent(ScoringCase c, ScoringProfile p) {
        GradeLevel level = c.grade();
        if (!level.achievement()) {
            return p.ratings().get(level);
        }
        Band band = p.achievement().get(level);
        if (c.gradePercent() == null) {
            return band.byDefault();
        }
        return c.gradePercent().max(band.low()).min(band.high());
    }

    /**
     * True when an explicit percent lies outside its level's band; bands do not overlap (docs/scoring.md#grade-bands):
     * 部分达成 80% lies in 达成's band, not in 部分达成's [60%, 80%).
     */
    public static boolean outsideBand(ScoringCase c, ScoringProfile p) {
        return c.grade() != null && c.grade().achievement() && c.gradePercent() != null
                && !p.inBand(c.grade(), c.gradePercent());
    }

    /** KPI-0304, naming the band the percent belongs to when one holds it. */
    public static Finding outsideBandFinding(ScoringCase c, ScoringProfile p) {
        Band band = p.achievement().get(c.grade());
        GradeLevel holding = p.bandHolding(c.gradePercent());
        if (holding != null) {
            return ScoringProblems.gradeInOtherBand(c.actualText(), c.grade().label(), p.bandText(c.grade()),
                    Explain.num(c.gradePercent()), holding.label(), p.bandText(holding));
        }
        return ScoringProblems.gradeOutsideBand(c.actualText(), c.grade().label(), Explain.num(band.low()),
                Explain.num(band.high()));
    }
}
