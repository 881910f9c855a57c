package io.jixiao.api;

import io.jixiao.scoring.BudgetExecution;
import java.math.BigDecimal;

/**
 * A table's 预算执行率 line (docs/scoring.md#budget-execution): score = points × min(1, spent / budget).
 *
 * @param budget      the table's budget, 万元
 * @param spent       its 全年执行数, 万元
 * @param rate        spent / budget in percent, unrounded (98.4 for 98.4%)
 * @param points      the line's points
 * @param score       what it scored, unrounded
 * @param explanation the arithmetic in words
 */
public record BudgetLine(BigDecimal budget, BigDecimal spent, BigDecimal rate, BigDecimal points, BigDecimal score,
                         String explanation) {

    static BudgetLine of(BudgetExecution b) {
        return new BudgetLine(b.budget(), b.spent(), b.rate(), b.points(), b.score(), b.explanation());
    }
}
