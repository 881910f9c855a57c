package io.jixiao.scoring;

import static io.jixiao.profile.ScoringProfile.BUDGET_WEIGHTED;
import static io.jixiao.profile.ScoringProfile.DEFAULT_AGGREGATION;
import static io.jixiao.profile.ScoringProfile.MEAN;

import io.jixiao.model.DepartmentTargets;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;

/**
 * The department score (docs/scoring.md#department). Profile aggregation {@code overall-else-budget-weighted}
 * (default): the overall table's score when there is one; otherwise the mean of the project scores weighted by project
 * budget, or unweighted when any budget is missing. {@code budget-weighted} ignores the overall table; {@code mean}
 * always takes the plain mean of the projects. The table scores are 2-place amounts; a weighted or plain mean of them is
 * rounded to 2 places once, and the printed sums are exact (docs/scoring.md#arithmetic).
 */
final class DepartmentSummer {

    static final String OVERALL = "overall";

    private DepartmentSummer() {
    }

    static DepartmentScore sum(DepartmentTargets d, TableScore overall, List<TableScore> projects,
                               ScoringProfile profile) {
        String method;
        BigDecimal score;
        Explanation why;
        String aggregation = profile.aggregation() == null ? DEFAULT_AGGREGATION : profile.aggregation();
        boolean byBudget = !MEAN.equals(aggregation) && !projects.isEmpty() && allBudgeted(projects);
        if (overall != null && (DEFAULT_AGGREGATION.equals(aggregation) || projects.isEmpty())) {
            method = OVERALL;
            score = overall.score();
            why = Explanation.of(Why.DEPARTMENT_OVERALL, score);
        } else if (byBudget) {
            method = BUDGET_WEIGHTED;
            // folded from ZERO in table order, one loop for both sums (a what-if re-sums the department every change)
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal budgets = BigDecimal.ZERO;
            for (TableScore t : projects) {
                weighted = weighted.add(t.score().multiply(t.budget()));
                budgets = budgets.add(t.budget());
            }
            score = Numbers.round(Decimals.divide(weighted, budgets, Results.MC));
            why = Explanation.of(Why.DEPARTMENT_WEIGHTED, weighted, budgets, score);
        } else {
            method = MEAN;
            BigDecimal total = BigDecimal.ZERO;
            for (TableScore t : projects) {
                total = total.add(t.score());
            }
            score = projects.isEmpty() ? BigDecimal.ZERO
                    : Numbers.round(Decimals.divide(total, BigDecimal.valueOf(projects.size()), Results.MC));
            why = Explanation.of(MEAN.equals(aggregation) ? Why.DEPARTMENT_MEAN : Why.DEPARTMENT_MEAN_NO_BUDGETS, total,
                    projects.size(), score);
        }
        return new DepartmentScore(d.department(), d.year(), profile.name(), method, score, profile.grade(score),
                overall, projects, List.of(), why);
    }

    /** Whether every project table has a budget above 0. */
    private static boolean allBudgeted(List<TableScore> projects) {
        for (TableScore t : projects) {
            if (t.budget() == null || t.budget().signum() <= 0) {
                return false;
            }
        }
        return true;
    }
}
