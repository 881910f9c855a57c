package io.jixiao.store;

import io.jixiao.problem.Location;
import io.jixiao.review.check.Demand;
import io.jixiao.value.Comparator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department across its stored years (同比, docs/store.md#history): each year's score and grade, each table's, the
 * indicators' targets and actuals, and what changed from one stored year to the next. A year is compared with the
 * latest stored year before it; indicators are matched by table and indicator name ({@link Names#key}).
 *
 * @param department the department's name
 * @param years      ascending
 * @param changes    by year; within a year in the later year's table and indicator order (lowered before below
 *                   last actual), then the dropped indicators in the earlier year's order
 */
public record History(String department, List<Year> years, List<Change> changes) {

    /** The kinds of change, in the order they are listed for one indicator. */
    public static final String TARGET_LOWERED = "target-lowered";
    public static final String TARGET_BELOW_LAST_ACTUAL = "target-below-last-actual";
    public static final String DROPPED = "dropped";
    public static final String ADDED = "added";

    public History {
        years = List.copyOf(years);
        changes = List.copyOf(changes);
    }

    /**
     * One year of the department.
     *
     * @param score      null when the year was not scored (targets without actuals)
     * @param monitoring the latest monitoring stored with the year (its progress file of the latest month), or null
     */
    public record Year(int year, BigDecimal score, String grade, List<Table> tables, Monitoring monitoring) {
        public Year {
            tables = List.copyOf(tables);
        }

        /** A year without monitoring. */
        public Year(int year, BigDecimal score, String grade, List<Table> tables) {
            this(year, score, grade, tables, null);
        }
    }

    /**
     * A monitoring (绩效运行监控) stored with a year, as the pipeline's monitoring evaluated its progress file.
     *
     * @param light          the worst of its tables' lights ({@code green}, {@code yellow}, {@code red}); null when
     *                       no table has one
     * @param projectedScore the projected year-end score (预计得分), unrounded
     */
    public record Monitoring(String file, int month, String light, int red, int yellow, int green,
                             BigDecimal projectedScore, String projectedGrade) {
    }

    /** A table of a year: 部门整体 or a project. */
    public record Table(String name, BigDecimal score, String grade, List<Line> indicators) {
        public Table {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * An indicator of a year.
     *
     * @param actual    as written; null without actuals
     * @param direction the comparator its scoring applies, as {@link io.jixiao.scoring.Direction} decided it with the
     *                  year's profile (kept by the store since schema version 4); null when not known — then only a
     *                  comparator written in the target says which way is less demanding
     * @param at        where its target is written
     * @param library   its 指标库 id as the targets name it ({@code library:}), or null
     */
    public record Line(String name, String target, String actual, Comparator direction, Location at, String library) {

        /** Without a 指标库 id. */
        public Line(String name, String target, String actual, Comparator direction, Location at) {
            this(name, target, actual, direction, at, null);
        }
    }

    /** A direction as the store keeps it (its symbol: ≥ ≤ = > <); null for null or a symbol it does not know. */
    static Comparator direction(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            return null;
        }
        for (Comparator c : Comparator.values()) {
            if (c.symbol().equals(symbol)) {
                return c;
            }
        }
        return null;
    }

    /**
     * A change between two stored years.
     *
     * @param year      the later year of the pair
     * @param table     the project's name (部门整体 for the overall table)
     * @param kind      {@link #TARGET_LOWERED}, {@link #TARGET_BELOW_LAST_ACTUAL}, {@link #DROPPED} or {@link #ADDED}
     * @param from      last year's target (lowered, dropped) or actual (below last actual); null when added
     * @param to        this year's target; null when dropped
     * @param at        where this year's target is written (last year's for a dropped indicator)
     * @param lastYear  the earlier year of the pair
     */
    public record Change(int year, String table, String indicator, String kind, String from, String to, Location at,
                         int lastYear) {
    }

    /** The history of a department from its years (ascending), with the changes between consecutive ones. */
    public static History of(String department, List<Year> years) {
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            changes.addAll(compare(years.get(i - 1), years.get(i)));
        }
        return new History(department, years, changes);
    }

    /**
     * What changed from {@code last} to {@code now}: lowered targets, targets below last year's actual, added and
     * dropped indicators.
     */
    public static List<Change> compare(Year last, Year now) {
        Map<String, Line> before = index(last);
        Map<String, Line> after = index(now);
        List<Change> out = new ArrayList<>();
        for (Table t : now.tables()) {
            Map<String, Integer> seen = new HashMap<>();
            for (Line l : t.indicators()) {
                String key = key(t.name(), l.name(), seen);
                Line old = before.get(key);
                if (old == null) {
                    out.add(new Change(now.year(), t.name(), l.name(), ADDED, null, l.target(), l.at(), last.year()));
                    continue;
                }
                if (Demand.lessDemanding(l.target(), l.direction(), old.target())) {
                    out.add(new Change(now.year(), t.name(), l.name(), TARGET_LOWERED, old.target(), l.target(), l.at(),
                            last.year()));
                }
                if (old.actual() != null && Demand.lessDemanding(l.target(), l.direction(), old.actual())) {
                    out.add(new Change(now.year(), t.name(), l.name(), TARGET_BELOW_LAST_ACTUAL, old.actual(),
                            l.target(), l.at(), last.year()));
                }
            }
        }
        for (Table t : last.tables()) {
            Map<String, Integer> seen = new HashMap<>();
            for (Line l : t.indicators()) {
                String key = key(t.name(), l.name(), seen);
                if (!after.containsKey(key)) {
                    out.add(new Change(now.year(), t.name(), l.name(), DROPPED, l.target(), null, l.at(), last.year()));
                }
            }
        }
        return out;
    }

    /** The year's lines by table and indicator name; the n-th indicator of one name in a table is its own. */
    private static Map<String, Line> index(Year y) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (Table t : y.tables()) {
            Map<String, Integer> seen = new HashMap<>();
            for (Line l : t.indicators()) {
                lines.put(key(t.name(), l.name(), seen), l);
            }
        }
        return lines;
    }

    private static String key(String table, String indicator, Map<String, Integer> seen) {
        String k = Names.key(table) + "\u0000" + Names.key(indicator);
        int n = seen.merge(k, 1, Integer::sum);
        return n == 1 ? k : k + "\u0000" + n;
    }
}
