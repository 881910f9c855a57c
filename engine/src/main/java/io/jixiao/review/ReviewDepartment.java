package io.jixiao.review;

import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.List;

/**
 * A department as the review rules see it.
 *
 * @param budget                 预算数 (万元) or null
 * @param projectBudget          项目支出 total (万元) or null
 * @param projectBudgets         the budgets the projects give, in file order
 * @param projectsWithoutBudget  how many projects give none
 * @param projectBudgetLocation  where 'projectBudget:' is written
 * @param projectBudgetsTotal    the sum of projectBudgets
 * @param projectBudgetsDoNotAddUp every project gives a budget, and they add up to projectBudget no closer than the
 *                               profile's moneyTolerance ({@code Money.projectsDoNotAddUp})
 */
public record ReviewDepartment(String department, int year, BigDecimal budget, BigDecimal projectBudget,
                               List<BigDecimal> projectBudgets, int projectsWithoutBudget,
                               Location projectBudgetLocation, BigDecimal projectBudgetsTotal,
                               boolean projectBudgetsDoNotAddUp) {

    public ReviewDepartment {
        projectBudgets = List.copyOf(projectBudgets);
    }
}
