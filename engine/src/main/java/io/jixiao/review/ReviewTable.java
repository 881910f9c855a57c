package io.jixiao.review;

import io.jixiao.model.TableKind;
import io.jixiao.problem.Location;
import io.jixiao.model.Category;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An indicator table (部门整体 or a project) as the review rules see it.
 *
 * @param id              unique in a department: kind and name ("PROJECT:网络执法")
 * @param budget          the table's 资金总额 (万元): the project's budget, or the department's for 部门整体; or null
 * @param otherBudget     for 部门整体, the department's 项目支出 (cost targets may cover the projects only); else null
 * @param indicatorShare  the points the indicators share out of 100 (100 less 预算执行率 when the budget is known)
 * @param location        where the table starts
 * @param categories      the scoring categories of its indicators
 * @param missingLevel2   for each category of the profile's requiredLevel2 that the table has (by 一级指标), the
 *                        required 二级指标 words none of its rows shows, in the profile's order; only those that
 *                        miss some ({@code Level2s.missing})
 * @param costTotal       the sum of its indicators' costAmounts (万元); null when none has one
 * @param costTargetsDoNotAddUp its cost targets add up to neither budget nor otherBudget ({@code Money.costsDoNotAddUp})
 * @param pointsGiven     the sum of the 分值 given in its rows; null when no row gives one
 * @param rowsWithoutPoints how many of its rows give no 分值
 * @param pointsDoNotAddUp the 分值 given do not add up to indicatorShare, or leave nothing for the rows without
 *                        ({@code Points.doNotAddUp})
 */
public record ReviewTable(String id, TableKind kind, String name, BigDecimal budget, BigDecimal otherBudget,
                          BigDecimal indicatorShare, Location location, Set<Category> categories,
                          Map<Category, List<String>> missingLevel2, BigDecimal costTotal,
                          boolean costTargetsDoNotAddUp, BigDecimal pointsGiven, int rowsWithoutPoints,
                          boolean pointsDoNotAddUp) {

    public ReviewTable {
        categories = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(categories));
        missingLevel2 = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(missingLevel2));
    }
}
