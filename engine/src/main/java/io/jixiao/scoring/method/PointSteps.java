package io.jixiao.scoring.method;

import io.jixiao.model.PointStandard;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import java.math.BigDecimal;

/**
 * A standard and a deduction in points (docs/scoring.md#deduction-point-steps): the standard met → its points (满分: the
 * 分值); else points − ⌊gap / per⌋ × deduct, never below 0 (扣完为止). The gap is how far the actual is beyond the
 * standard, in its unit (percentage points for %); only whole steps count, as for step deductions.
 */
public final class PointSteps {

    public static final String RULE = "deduction-point-steps";
    public static final int PRIORITY = 10;

    private PointSteps() {
    }

    public static IndicatorResult score(ScoringCase c) {
        PointStandard.Steps st = (PointStandard.Steps) c.deduction().standard();
        BigDecimal full = st.points() == null ? Results.fullPoints(c) : st.points();
        int cmp = c.actual().compareTo(st.threshold());
        boolean met = st.direction().atLeast() ? cmp >= 0 : cmp <= 0;
        String standard = "标准" + st.direction().symbol() + Explain.amount(st.threshold(), st.unit());
        String actual = "实际" + Explain.amount(c.actual(), c.unit());
        if (met) {
            return Results.points(c, RULE, PRIORITY, true, full, actual + " 符合" + standard);
        }
        BigDecimal gap = c.actual().subtract(st.threshold()).abs();
        BigDecimal steps = StepDeduction.wholeSteps(gap, st.per());
        BigDecimal cut = steps.multiply(st.deduct());
        BigDecimal left = full.subtract(cut).max(BigDecimal.ZERO);
        String unit = "%".equals(st.unit()) ? "个百分点" : st.unit();
        return Results.points(c, RULE, PRIORITY, false, left, actual + " 不符合" + standard + "，"
                + (st.direction().atLeast() ? "低于" : "超过") + Explain.num(gap) + unit + "；每" + Explain.num(st.per())
                + unit + "扣" + Explain.num(st.deduct()) + "分 → 扣" + Explain.num(cut) + "分，" + Explain.num(full) + "−"
                + Explain.num(cut) + (left.signum() == 0 && cut.signum() > 0 ? "，扣完为止" : ""));
    }
}
