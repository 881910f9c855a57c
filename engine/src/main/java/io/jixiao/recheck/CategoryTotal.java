package io.jixiao.recheck;

import java.math.BigDecimal;

/**
 * A scoring group summed over tables: how many tables have it, their points and what they scored
 * (unscaled by 不适用, as reported per table). BUDGET stands for 预算执行率.
 */
public record CategoryTotal(String category, String level1, int tables, BigDecimal points, BigDecimal score) {

    /** The category of 预算执行率 (not a scoring group). */
    public static final String BUDGET = "BUDGET";

    public CategoryTotal plus(CategoryTotal o) {
        return new CategoryTotal(category, level1, tables + o.tables, points.add(o.points), score.add(o.score));
    }
}
