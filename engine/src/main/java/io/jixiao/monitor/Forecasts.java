package io.jixiao.monitor;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.ProgressEntry;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.model.TableProgress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the year-end scoring is applied to at a monitoring (docs/monitoring.md#projected-score): the targets with each
 * table's budget in force, and actuals made of the progress — each indicator's forecast, else its current value (none:
 * left out, so that it scores 0), and the spending projected for the year (rule 6). The same {@code Scorer} then
 * scores them as it scores a self-evaluation: monitoring has no scoring rules of its own.
 */
public final class Forecasts {

    private Forecasts() {
    }

    /**
     * The department to score.
     *
     * @param original the targets as loaded (their 年初预算数)
     * @param targets  the targets with every table's budget in force (调整后预算数 where the progress gives one)
     * @param actuals  the forecasts (else current values) and projected spending, keyed as the indicators are
     * @param spent    the projected spending of each table, by {@link Monitor#tableId}
     */
    public record Projection(DepartmentTargets original, DepartmentTargets targets, DepartmentActuals actuals,
                             Map<String, Spent> spent) {
    }

    /** A table's projected year-end spending in 万元, and how it was reached. */
    public record Spent(BigDecimal amount, Words why) {

        /** {@link #why} in the language of the run. */
        public String explanation() {
            return why.text();
        }
    }

    /** The forecasts (else current values) with the projected spending: what rule 6 scores. */
    public static Projection project(DepartmentTargets t, DepartmentProgress p) {
        DepartmentTargets inForce = inForce(t, p);
        Map<String, Spent> spent = new LinkedHashMap<>();
        for (IndicatorTable table : inForce.tables()) {
            TableProgress tp = progressOf(p, table);
            spent.put(Monitor.tableId(table), spent(tp, budgetOf(inForce, table), p.month()));
        }
        DepartmentActuals actuals = actuals(p, ProgressEntry::projected,
                tp -> spent.get(Monitor.tableId(tp.kind(), tp.name())).amount());
        return new Projection(t, inForce, actuals, spent);
    }

    /** The current values alone (当前完成值), without spending: what goal progress scores. */
    public static DepartmentActuals currents(DepartmentProgress p) {
        return actuals(p, ProgressEntry::current, tp -> null);
    }

    /**
     * Rule 6's spending: 全年预计执行数 when given, else spentToDate × 12 / month, at most the budget in force.
     *
     * @param budget the budget in force, null when unknown
     */
    public static Spent spent(TableProgress tp, BigDecimal budget, int month) {
        if (tp.expectedSpent() != null) {
            return new Spent(tp.expectedSpent(), Paces.explainProjectedExpected(tp.expectedSpent()));
        }
        BigDecimal linear = Paces.linear(tp.spentToDate(), month);
        boolean capped = budget != null && budget.signum() > 0;
        BigDecimal projected = capped ? linear.min(budget) : linear;
        return new Spent(projected, Paces.explainProjectedLinear(capped ? budget : null, tp.spentToDate(), month, linear,
                projected));
    }

    /** The budget in force of a table: the progress's 调整后预算数, else the targets' (the department's for 部门整体). */
    public static BigDecimal budgetOf(DepartmentTargets t, IndicatorTable table) {
        return table.kind() == TableKind.OVERALL ? t.budget() : table.budget();
    }

    private static DepartmentActuals actuals(DepartmentProgress p, Function<ProgressEntry, ActualEntry> value,
                                             Function<TableProgress, BigDecimal> spent) {
        TableActuals overall = p.overall() == null ? null : table(p.overall(), value, spent);
        List<TableActuals> projects = new ArrayList<>();
        p.projects().forEach(tp -> projects.add(table(tp, value, spent)));
        return new DepartmentActuals(p.department(), p.departmentLocation(), p.year(), p.yearLocation(), overall,
                projects, p.file());
    }

    private static TableActuals table(TableProgress tp, Function<ProgressEntry, ActualEntry> value,
                                      Function<TableProgress, BigDecimal> spent) {
        Map<String, ActualEntry> entries = new LinkedHashMap<>();
        for (ProgressEntry e : tp.indicators().values()) {
            ActualEntry v = value.apply(e);
            if (v != null) {
                entries.put(e.key(), v);
            }
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        tp.indicators().values().stream().filter(e -> e.reason() != null).forEach(e -> reasons.put(e.key(), e.reason()));
        return new TableActuals(tp.kind(), tp.name(), spent.apply(tp), entries, Map.of(), reasons, tp.location());
    }

    /** The targets with the 调整后预算数 of the progress in place of each table's budget, where it gives one. */
    private static DepartmentTargets inForce(DepartmentTargets t, DepartmentProgress p) {
        boolean any = p.tables().stream().anyMatch(tp -> tp.adjustedBudget() != null);
        if (!any) {
            return t;
        }
        BigDecimal budget = t.budget();
        if (p.overall() != null && p.overall().adjustedBudget() != null) {
            budget = p.overall().adjustedBudget();
        }
        List<IndicatorTable> projects = new ArrayList<>();
        for (IndicatorTable table : t.projects()) {
            BigDecimal adjusted = p.project(table.name()).map(TableProgress::adjustedBudget).orElse(null);
            projects.add(adjusted == null ? table : new IndicatorTable(table.kind(), table.name(), table.code(), adjusted,
                    table.goals(), table.spendingPlan(), table.indicators(), table.location()));
        }
        return new DepartmentTargets(t.department(), t.code(), t.year(), budget, t.projectBudget(), t.profile(),
                t.overall(), projects, t.file(), t.keyLocations());
    }

    static TableProgress progressOf(DepartmentProgress p, IndicatorTable table) {
        return table.kind() == TableKind.OVERALL ? p.overall() : p.project(table.name()).orElseThrow();
    }
}
