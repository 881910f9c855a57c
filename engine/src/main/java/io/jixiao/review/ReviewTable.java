package io.jixiao.review;

import io.jixiao.model.TableKind;
import io.jixiao.problem.Location;
import java.math.BigDecimal;

/**
 * An indicator table (部门整体 or a project) as the review rules see it.
 *
 * @param id              unique in a department: kind and name ("PROJECT:网络执法")
 * @param budget          the table's 资金总额 (万元): the project's budget, or the department's for 部门整体; or null
 * @param otherBudget     for 部门整体, the department's 项目支出 (cost targets may cover the projects only); else null
 * @param indicatorShare  the points the indicators share out of 100 (100 less 预算执行率 when the budget is known)
 * @param location        where the table starts
 */
public record ReviewTable(String id, TableKind kind, String name, BigDecimal budget, BigDecimal otherBudget,
                          BigDecimal indicatorShare, Location location) {
}
