package io.jixiao.scoring.method;

import io.jixiao.model.PointStandard;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import java.math.BigDecimal;

/**
 * A standard and a deduction in points (docs/scoring.md#deduction-point-steps): the standard met → its points (满分: the
 * 分值); else points − ⌊gap / per⌋ × deduct, never below 0 (扣完为止). The gap is how far the actual is beyond the
 * standard, in its unit (percentage points for %); only whole steps count, as for step deductions.
 */
public final class PointSteps {

    public static final String RULE = "deduction-point-steps";
    public static final int PRIORITY = 10;
    private static final Explanation PERCENTAGE_POINTS = Explanation.of(Why.PERCENTAGE_POINTS);

    private PointSteps() {
    }

    public static IndicatorResult score(ScoringCase c) {
        PointStandard.Steps st = (PointStandard.Steps) c.deduction().standard();
        BigDecimal full = st.points() == null ? Results.fullPoints(c) : st.points();
        int cmp = c.actual().compareTo(st.threshold());
        boolean met = st.direction().atLeast() ? cmp >= 0 : cmp <= 0;
        if (met) {
            return Results.points(c, RULE, PRIORITY, true, full, Explanation.of(Why.POINT_STEP_MET, c.actual(),
                    c.unit(), st.direction().symbol(), st.threshold(), st.unit()));
        }
        BigDecimal gap = c.actual().subtract(st.threshold()).abs();
        BigDecimal steps = StepDeduction.wholeSteps(gap, st.per());
        BigDecimal cut = steps.multiply(st.deduct());
        BigDecimal left = full.subtract(cut).max(BigDecimal.ZERO);
        Object unit = "%".equals(st.unit()) ? PERCENTAGE_POINTS : st.unit();
        boolean allGone = left.signum() == 0 && cut.signum() > 0;
        Why why = st.direction().atLeast() ? allGone ? Why.POINT_STEP_BELOW_ALL : Why.POINT_STEP_BELOW
                : allGone ? Why.POINT_STEP_ABOVE_ALL : Why.POINT_STEP_ABOVE;
        return Results.points(c, RULE, PRIORITY, false, left, Explanation.of(why, c.actual(), c.unit(),
                st.direction().symbol(), st.threshold(), st.unit(), gap, unit, st.per(), st.deduct(), cut, full));
    }
}
