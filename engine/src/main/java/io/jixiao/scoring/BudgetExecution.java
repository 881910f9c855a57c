package io.jixiao.scoring;

import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;

/**
 * 预算执行率 (docs/scoring.md#budget-execution): rate = spent / budget (in percent); score = points × min(1, rate). The
 * budget is the 全年预算数 when the actuals give one (docs/scoring.md#adjusted-budget), else the 年初 budget of the
 * targets.
 *
 * @param budget        the budget execution is measured against (全年预算数, else 年初预算数), 万元
 * @param initialBudget the 年初预算数 of the targets, 万元 (null when the targets give none)
 */
public record BudgetExecution(BigDecimal budget, BigDecimal spent, BigDecimal rate, BigDecimal points,
                              BigDecimal score, Explanation why, BigDecimal initialBudget) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** spent / budget as a fraction (0.98 for 98%); budget must not be 0. */
    public static BigDecimal rate(BigDecimal spent, BigDecimal budget) {
        return Decimals.divide(spent, budget, Results.MC);
    }

    /** Against the 年初 budget (no adjustment). */
    public static BudgetExecution of(BigDecimal budget, BigDecimal spent, BigDecimal points) {
        return of(budget, budget, spent, points);
    }

    /**
     * @param budget  the budget used: the 全年预算数, or the 年初 budget when there is none
     * @param initial the 年初 budget of the targets (null when none)
     */
    public static BudgetExecution of(BigDecimal budget, BigDecimal initial, BigDecimal spent, BigDecimal points) {
        BigDecimal fraction = rate(spent, budget);
        // the rate as printed (4 places of the fraction: 98.84%), the score to 2 places (docs/scoring.md#arithmetic)
        BigDecimal capped = Numbers.fraction(fraction.min(BigDecimal.ONE));
        BigDecimal score = Numbers.round(points.multiply(capped));
        boolean adjusted = initial == null || initial.compareTo(budget) != 0;
        Explanation why = !adjusted ? Explanation.of(Why.BUDGET, spent, budget, fraction, points, capped, score)
                : initial == null ? Explanation.of(Why.BUDGET_ADJUSTED_NO_INITIAL, spent, budget, fraction, points, capped,
                score) : Explanation.of(Why.BUDGET_ADJUSTED, spent, budget, initial, fraction, points, capped, score);
        return new BudgetExecution(budget, spent, fraction.multiply(HUNDRED), points, score, why, initial);
    }

    /** The rate and its score worked out, in the language of the run. */
    public String explanation() {
        return why.text();
    }
}
