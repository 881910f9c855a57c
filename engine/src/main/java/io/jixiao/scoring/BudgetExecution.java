package io.jixiao.scoring;

import io.jixiao.scoring.method.Explain;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;

/** 预算执行率 (docs/scoring.md#budget-execution): rate = spent / budget (in percent); score = points × min(1, rate). */
public record BudgetExecution(BigDecimal budget, BigDecimal spent, BigDecimal rate, BigDecimal points,
                              BigDecimal score, String explanation) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** spent / budget as a fraction (0.98 for 98%); budget must not be 0. */
    public static BigDecimal rate(BigDecimal spent, BigDecimal budget) {
        return Decimals.divide(spent, budget, Results.MC);
    }

    public static BudgetExecution of(BigDecimal budget, BigDecimal spent, BigDecimal points) {
        BigDecimal fraction = rate(spent, budget);
        // the rate as printed (4 places of the fraction: 98.84%), the score to 2 places (docs/scoring.md#arithmetic)
        BigDecimal capped = Numbers.fraction(fraction.min(BigDecimal.ONE));
        BigDecimal score = Numbers.round(points.multiply(capped));
        String why = "执行数" + Explain.num(spent) + "万元 / 预算" + Explain.num(budget) + "万元 = " + Explain.pct(fraction)
                + " → " + Explain.pts(points) + "×" + Explain.num(capped) + "=" + Explain.pts(score);
        return new BudgetExecution(budget, spent, fraction.multiply(HUNDRED), points, score, why);
    }
}
