package io.jixiao.monitor;

import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table at a monitoring, as the rules of {@code rules/monitoring/} match it (docs/monitoring.md#budget-light).
 *
 * @param tableId       unique in the department
 * @param month         监控截至月份, 1–12
 * @param budget        the budget in force in 万元: 调整后预算数 when the progress gives one, else 年初预算数; null when
 *                      unknown
 * @param adjusted      true when {@code budget} is the 调整后预算数
 * @param spentToDate   1–N月执行数 in 万元
 * @param plan          the 资金支出计划's steps, as written
 * @param planLocation  the table in the targets file, where its 资金支出计划 is written
 * @param location      the table's progress
 * @param spentLocation where spentToDate is written
 */
public record MonitoredTable(String tableId, String table, int month, BigDecimal budget, boolean adjusted,
                             BigDecimal spentToDate, List<PlanStep> plan, Location planLocation, Location location,
                             Location spentLocation) {

    public MonitoredTable {
        plan = List.copyOf(plan);
    }

    /** True when 预算执行率 can be computed: a budget above 0. */
    public boolean budgetKnown() {
        return budget != null && budget.signum() > 0;
    }
}
