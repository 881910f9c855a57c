package io.jixiao.model;

import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A performance-target table: the department-wide one ({@code overall}) or one project's.
 *
 * @param skipped      the keys of rows whose target is {@code /}: no indicators, skipped when loading
 *                     (docs/scoring.md#slash-rows); actuals for them are ignored
 * @param budgetPoints the 预算执行率 分值 the table gives (budgetPoints, 预算执行率分值), or null for the profile's
 *                     (docs/scoring.md#given-points)
 */
public record IndicatorTable(TableKind kind, String name, String code, BigDecimal budget, List<String> goals,
                             Map<String, String> spendingPlan, List<Indicator> indicators, Location location,
                             List<String> skipped, BigDecimal budgetPoints) {

    public IndicatorTable {
        goals = List.copyOf(goals);
        spendingPlan = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spendingPlan));
        indicators = List.copyOf(indicators);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** Without skipped rows. */
    public IndicatorTable(TableKind kind, String name, String code, BigDecimal budget, List<String> goals,
                          Map<String, String> spendingPlan, List<Indicator> indicators, Location location) {
        this(kind, name, code, budget, goals, spendingPlan, indicators, location, List.of(), null);
    }

    public static final String OVERALL_NAME = "部门整体";
    /** The name of the 部门整体支出绩效评价 sheet when it gives none (docs/scoring.md#evaluation). */
    public static final String EVALUATION_NAME = "部门整体支出绩效评价";

    public java.util.Optional<Indicator> indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
