package io.jixiao.scoring.method;

import io.jixiao.model.Deduction;
import io.jixiao.model.StepUnits;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.ScoringProblems;
import io.jixiao.scoring.Why;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 评（扣）分标准 step deductions (docs/scoring.md#deduction-step): f = max(0, 1 − ⌊gap/per⌋ × deduct%), where the gap is
 * counted in the target's unit, in percentage points (percent target, step in %), or relative to the target (step in %
 * on a non-percent target, or {@code relative: true}); a completion below {@code zeroBelow}% scores 0.
 */
public final class StepDeduction {

    public static final String RULE = "deduction-step";
    public static final int PRIORITY = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StepDeduction() {
    }

    public static IndicatorResult score(ScoringCase c) {
        Deduction rule = c.deduction();
        if (Meets.met(c)) {
            return Results.of(c, RULE, PRIORITY, true, BigDecimal.ONE, Explanation.of(Why.PASS,
                    Meets.comparison(c, true)));
        }
        BigDecimal per = perInTargetUnit(c).orElseThrow(() -> new IllegalStateException("unit checked by rule"));
        BigDecimal gap = gap(c);
        BigDecimal steps = wholeSteps(gap, per);
        BigDecimal cutPercent = steps.multiply(rule.deduct());
        BigDecimal f = BigDecimal.ONE.subtract(cutPercent.movePointLeft(2));
        if (rule.zeroBelow() != null) {
            BigDecimal completion = completion(c);
            if (completion.compareTo(rule.zeroBelow()) < 0) {
                return Results.of(c, RULE, PRIORITY, false, BigDecimal.ZERO, Explanation.of(
                        Why.STEP_ZERO_BELOW, Meets.comparison(c, false), completion, rule.zeroBelow()));
            }
        }
        return Results.of(c, RULE, PRIORITY, false, f, Explanation.of(f.signum() <= 0 ? Why.STEP_DEDUCT_ALL
                : Why.STEP_DEDUCT, Meets.comparison(c, false), gapWords(c, gap), rule.per(), rule.unit(), rule.deduct(),
                cutPercent));
    }

    /**
     * ⌊gap/per⌋. The gap and the step come out of unit conversions that need not terminate (1小时 = 1/24天,
     * 10分钟 = 1/6小时), so exactly two steps can arrive as 1.999…9; the quotient is rounded to 20 places
     * before it is floored so that whole steps count as whole steps.
     */
    public static BigDecimal wholeSteps(BigDecimal gap, BigDecimal per) {
        BigDecimal q = Decimals.divide(gap, per, Results.MC);
        // a quotient with 20 places or fewer is already what the rounding to 20 places would give
        return (q.scale() > 20 ? q.setScale(20, RoundingMode.HALF_UP) : q).setScale(0, RoundingMode.FLOOR);
    }

    /** True when the step is in % of the target rather than in the target's unit or percentage points. */
    static boolean relative(ScoringCase c) {
        return StepUnits.relative(c.deduction(), c.percentTarget());
    }

    /** How far the actual is from the target, in the step's measure. */
    static BigDecimal gap(ScoringCase c) {
        BigDecimal diff = c.actual().subtract(c.target()).abs();
        if (relative(c)) {
            return c.target().signum() == 0 ? HUNDRED : Decimals.divide(diff.multiply(HUNDRED), c.target(), Results.MC);
        }
        return diff;
    }

    private static Explanation gapWords(ScoringCase c, BigDecimal gap) {
        if (relative(c)) {
            return Explanation.of(Why.STEP_GAP_RELATIVE, gap);
        }
        return "%".equals(c.unit()) ? Explanation.of(Why.STEP_GAP_POINTS, gap) : Explanation.of(Why.STEP_GAP, gap, c.unit());
    }

    /** Completion in percent: actual/target for ≥, target/actual for ≤. */
    static BigDecimal completion(ScoringCase c) {
        BigDecimal num = c.direction().atMost() ? c.target() : c.actual();
        BigDecimal den = c.direction().atMost() ? c.actual() : c.target();
        return den.signum() == 0 ? HUNDRED : Decimals.divide(num.multiply(HUNDRED), den, Results.MC);
    }

    /** The step in the target's unit; empty when the step's unit does not convert (an error finding). */
    public static Optional<BigDecimal> perInTargetUnit(ScoringCase c) {
        return StepUnits.perIn(c.deduction(), c.unit(), c.percentTarget());
    }

    public static boolean unitMismatch(ScoringCase c) {
        return perInTargetUnit(c).isEmpty();
    }

    public static Finding unitFinding(ScoringCase c) {
        String text = c.deduction().text() == null ? "per " + c.deduction().per() + c.deduction().unit()
                : c.deduction().text();
        return ScoringProblems.deductionUnit(text, c.deduction().unit(), c.unit());
    }
}
