package io.jixiao.scoring;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.profile.ScoringProfile;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table with its actuals, its point allocation, its budget execution and one {@link ScoringCase} per
 * indicator (by key). {@code entries} and {@code spent} are the actuals the cases were built from: the file's
 * in a batch score; in a {@link ScoringSession}, its live entries, so that a change needs no copy of the table.
 *
 * @param actuals   the table's actuals as read (null when the file has none), for their location
 * @param budget    the budget of the year: the actuals' 全年预算数 when given, else the targets' 年初 budget
 * @param initialBudget the targets' 年初 budget (null when none)
 * @param execution 预算执行率 when the budget and spent are known, else null
 */
record PreparedTable(IndicatorTable table, TableActuals actuals, Map<String, ActualEntry> entries, BigDecimal spent,
                     BigDecimal budget, BigDecimal initialBudget, boolean budgetKnown, BudgetExecution execution,
                     Allocation allocation, Map<String, ScoringCase> cases) {

    static PreparedTable of(DepartmentTargets d, IndicatorTable table, TableActuals actuals, ScoringProfile profile) {
        BigDecimal initial = initialBudget(d, table);
        // docs/scoring.md#adjusted-budget: the 全年预算数 of the actuals, when given, is the budget of the year
        BigDecimal budget = actuals != null && actuals.adjustedBudget() != null ? actuals.adjustedBudget() : initial;
        BigDecimal spent = actuals == null ? null : actuals.spent();
        boolean budgetKnown = budget != null && budget.signum() > 0 && spent != null;
        Allocation allocation = PointAllocator.allocate(table, profile, budgetKnown);
        Map<String, ActualEntry> entries = actuals == null ? Map.of() : actuals.actuals();
        Map<String, ScoringCase> cases = new LinkedHashMap<>((int) (table.indicators().size() / 0.75f) + 1);
        for (Indicator i : table.indicators()) {
            BigDecimal points = allocation.points().getOrDefault(i.key(), BigDecimal.ZERO);
            cases.put(i.key(), CaseBuilder.build(table, i, entries.get(i.key()), points, profile));
        }
        BudgetExecution execution = budgetKnown ? BudgetExecution.of(budget, initial, spent, allocation.budgetWeight())
                : null;
        return new PreparedTable(table, actuals, entries, spent, budget, initial, budgetKnown, execution, allocation,
                cases);
    }

    /** The 年初 budget the targets give the table: the department's for 部门整体, the project's own else. */
    static BigDecimal initialBudget(DepartmentTargets d, IndicatorTable table) {
        return table.kind() == TableKind.OVERALL ? d.budget() : table.budget();
    }

    /** The same table scored from other (live) entries and cases; allocation and budget unchanged. */
    PreparedTable live(Map<String, ActualEntry> liveEntries, Map<String, ScoringCase> liveCases) {
        return new PreparedTable(table, actuals, liveEntries, spent, budget, initialBudget, budgetKnown, execution,
                allocation, liveCases);
    }
}
