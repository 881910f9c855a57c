package io.jixiao.scoring;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A table with its actuals, its point allocation and one {@link ScoringCase} per indicator (by key). */
record PreparedTable(IndicatorTable table, TableActuals actuals, BigDecimal budget, boolean budgetKnown,
                     Allocation allocation, Map<String, ScoringCase> cases) {

    static PreparedTable of(DepartmentTargets d, IndicatorTable table, TableActuals actuals, ScoringProfile profile) {
        BigDecimal budget = table.kind() == TableKind.OVERALL ? d.budget() : table.budget();
        boolean budgetKnown = budget != null && budget.signum() > 0 && actuals != null && actuals.spent() != null;
        Allocation allocation = PointAllocator.allocate(table, profile, budgetKnown);
        Map<String, ScoringCase> cases = new LinkedHashMap<>();
        for (Indicator i : table.indicators()) {
            ActualEntry a = actuals == null ? null : actuals.actuals().get(i.key());
            BigDecimal points = allocation.points().getOrDefault(i.key(), BigDecimal.ZERO);
            cases.put(i.key(), CaseBuilder.build(table, i, a, points));
        }
        return new PreparedTable(table, actuals, budget, budgetKnown, allocation, cases);
    }
}
