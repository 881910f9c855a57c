package io.jixiao.model;

import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A performance-target table: the department-wide one ({@code overall}) or one project's. */
public record IndicatorTable(TableKind kind, String name, String code, BigDecimal budget, List<String> goals,
                             Map<String, String> spendingPlan, List<Indicator> indicators, Location location) {

    public IndicatorTable {
        goals = List.copyOf(goals);
        spendingPlan = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spendingPlan));
        indicators = List.copyOf(indicators);
    }

    public static final String OVERALL_NAME = "部门整体";

    public java.util.Optional<Indicator> indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
