package io.jixiao.monitor;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/**
 * The findings of mid-year monitoring's rules (KPI-0620…0629, rules/monitoring/*.drl): indicators without progress,
 * 完成目标可能性 that does not fit the light or lacks 偏差原因 and 纠偏措施, spending above the budget, below a floor or
 * apart from goal progress, and what jixiao could not read. Texts in {@code io/jixiao/monitor/messages.properties};
 * the explanations of the lines in {@code texts.properties} ({@link Paces}).
 */
public final class MonitorProblems {

    private static final Catalogue M = Catalogue.of(MonitorProblems.class);

    private MonitorProblems() {
    }

    /** An indicator with neither 当前完成值 nor 全年预计完成值: yellow, and 0 in the projected score (rules 3, 6). */
    public static Finding noProgress(Location at, String table, String indicator) {
        return M.warning("KPI-0620", at, "indicator", indicator, "table", table);
    }

    /** 完成目标可能性 left out: it follows the light (rule 4). */
    public static Finding likelihoodDerived(Location at, String indicator, Light light, String likelihood) {
        return M.info("KPI-0621", at, "indicator", indicator, "light", Paces.word(light), "likelihood", likelihood);
    }

    /** 确定能 on a red indicator (rule 4). */
    public static Finding certainOnRed(Location at, String indicator, String fraction) {
        return M.warning("KPI-0622", at, "indicator", indicator, "fraction", fraction);
    }

    /** 完全不可能 on a green indicator (rule 4). */
    public static Finding impossibleOnGreen(Location at, String indicator) {
        return M.warning("KPI-0623", at, "indicator", indicator);
    }

    /** 有可能 or 完全不可能 (given or derived) without 偏差原因 or 纠偏措施 (rule 4). */
    public static Finding deviationUnexplained(Location at, String indicator, String likelihood, boolean reasonGiven,
                                               boolean measuresGiven) {
        if (!reasonGiven && !measuresGiven) {
            return M.warning("KPI-0624", at, "indicator", indicator, "likelihood", likelihood);
        }
        return !reasonGiven ? M.warning("KPI-0624.reason", at, "indicator", indicator, "likelihood", likelihood)
                : M.warning("KPI-0624.measures", at, "indicator", indicator, "likelihood", likelihood);
    }

    /** 1–N月执行数 above the budget in force. */
    public static Finding spentAboveBudget(Location at, String table, String spent, String budget) {
        return M.warning("KPI-0625", at, "table", table, "spent", spent, "budget", budget);
    }

    /** 预算执行率 below the profile's floor of the month (sichuan): a red light. */
    public static Finding belowFloor(Location at, String table, String rate, String floor, int floorMonth) {
        return M.warning("KPI-0626", at, "table", table, "rate", rate, "floor", floor, "floorMonth", floorMonth);
    }

    /** Goal progress and 预算执行率 further apart than the profile allows (sichuan). */
    public static Finding goalSpendingApart(Location at, String table, String goal, String rate, String gap,
                                            String limit) {
        return M.warning("KPI-0627", at, "table", table, "goal", goal, "rate", rate, "gap", gap, "limit", limit);
    }

    /** A table without a budget: no 预算执行率, no budget light. */
    public static Finding budgetUnknown(Location at, String table) {
        return M.info("KPI-0628", at, "table", table);
    }

    /** A 资金支出计划 step that gives no month or no share. */
    public static Finding planStepUnread(Location at, String table, String step, String text) {
        return M.info("KPI-0629", at, "table", table, "step", step, "text", text);
    }
}
