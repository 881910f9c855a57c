package io.jixiao.model;

import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table's progress at a monitoring: the money spent to the end of the month (1–N月执行数, 万元), the year's
 * expected spending (全年预计执行数) and adjusted budget (调整后预算数) when given, and one {@link ProgressEntry} per
 * indicator, by key.
 *
 * @param spentToDate    1–N月执行数 in 万元; null only when it could not be read (an error was reported)
 * @param expectedSpent  全年预计执行数 in 万元, null when not given
 * @param adjustedBudget 调整后预算数 in 万元, null when not given
 */
public record TableProgress(TableKind kind, String name, BigDecimal spentToDate, Location spentLocation,
                            BigDecimal expectedSpent, BigDecimal adjustedBudget, Map<String, ProgressEntry> indicators,
                            Location location) {

    public TableProgress {
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    /** The same table with other indicator lines (keyed as the targets write them). */
    public TableProgress withIndicators(Map<String, ProgressEntry> lines) {
        return new TableProgress(kind, name, spentToDate, spentLocation, expectedSpent, adjustedBudget, lines,
                location);
    }
}
