package io.jixiao.model;

import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table's outcomes: 全年执行数 (spent, 万元, null if unknown), actuals, claimed self-scores and
 * 未完成原因 (reasons), each by indicator key.
 *
 * @param location       the table's place in the file
 * @param spentAt        where 全年执行数 is written (the table's place when it is not)
 * @param unread         the keys whose actual is written but could not be read (an error was reported where it is
 *                       written): they are not missing, so pairing does not report them again
 * @param adjustedBudget 全年预算数 (the budget after the year's adjustments, 万元), or null: when given, 预算执行率 and
 *                       the department's budget weighting use it instead of the targets' 年初 budget
 *                       (docs/scoring.md#adjusted-budget)
 */
public record TableActuals(TableKind kind, String name, BigDecimal spent, Map<String, ActualEntry> actuals,
                           Map<String, SelfScore> selfScores, Map<String, String> reasons,
                           Location location, Location spentAt, Map<String, Location> unread,
                           BigDecimal adjustedBudget) {

    /**
     * The key of a 自评得分 claimed for the 预算执行率 line rather than an indicator (docs/scoring.md#adjusted-budget);
     * an indicator of the table with this key keeps it.
     */
    public static final String BUDGET_EXECUTION = "预算执行率";

    public TableActuals {
        spentAt = spentAt == null ? location : spentAt;
        actuals = Collections.unmodifiableMap(new LinkedHashMap<>(actuals));
        selfScores = Collections.unmodifiableMap(new LinkedHashMap<>(selfScores));
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        unread = Collections.unmodifiableMap(new LinkedHashMap<>(unread));
    }

    /** A table's outcomes, every actual written read, its 全年执行数 placed at the table. */
    public TableActuals(TableKind kind, String name, BigDecimal spent, Map<String, ActualEntry> actuals,
                        Map<String, SelfScore> selfScores, Map<String, String> reasons, Location location) {
        this(kind, name, spent, actuals, selfScores, reasons, location, location, Map.of(), null);
    }

    /** A table's outcomes, every actual written read, without an adjusted budget. */
    public TableActuals(TableKind kind, String name, BigDecimal spent, Map<String, ActualEntry> actuals,
                        Map<String, SelfScore> selfScores, Map<String, String> reasons, Location location,
                        Location spentAt) {
        this(kind, name, spent, actuals, selfScores, reasons, location, spentAt, Map.of(), null);
    }

    /** A table's outcomes with actuals that could not be read, its 全年执行数 placed at the table. */
    public TableActuals(TableKind kind, String name, BigDecimal spent, Map<String, ActualEntry> actuals,
                        Map<String, SelfScore> selfScores, Map<String, String> reasons, Location location,
                        Map<String, Location> unread) {
        this(kind, name, spent, actuals, selfScores, reasons, location, location, unread, null);
    }

    /** A table's outcomes with an adjusted budget, its 全年执行数 placed at the table. */
    public TableActuals(TableKind kind, String name, BigDecimal spent, Map<String, ActualEntry> actuals,
                        Map<String, SelfScore> selfScores, Map<String, String> reasons, Location location,
                        Map<String, Location> unread, BigDecimal adjustedBudget) {
        this(kind, name, spent, actuals, selfScores, reasons, location, location, unread, adjustedBudget);
    }

    /** A score the department claimed for one indicator (自评得分), compared in 复核. */
    public record SelfScore(String key, BigDecimal score, Location location) {
    }
}
