package io.jixiao.scoring;

import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * A scored table. {@code score} is the total out of 100 after N/A rescaling; {@code rawScore} the sum of
 * indicator and budget scores before it; {@code naPoints} the points dropped as 不适用.
 *
 * @param budget        the budget of the year: the 全年预算数 of the actuals when given, else the 年初 budget
 *                      (docs/scoring.md#adjusted-budget); it weights the table in the department's mean
 * @param initialBudget the 年初 budget of the targets (null when they give none)
 */
public record TableScore(TableKind kind, String name, BigDecimal budget, BigDecimal spent, BigDecimal score,
                         BigDecimal rawScore, BigDecimal naPoints, String grade, BudgetExecution budgetExecution,
                         List<CategoryScore> categories, List<IndicatorScore> indicators, List<Finding> findings,
                         Explanation why, BigDecimal initialBudget) {

    public TableScore {
        categories = List.copyOf(categories);
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    /** The same table with {@code more} findings, all in {@link Finding#ORDER}; the score is unchanged. */
    public TableScore withFindings(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        all.sort(Finding.ORDER);
        return new TableScore(kind, name, budget, spent, score, rawScore, naPoints, grade, budgetExecution, categories,
                indicators, all, why, initialBudget);
    }

    /** How the table's score adds up, in the language of the run. */
    public String explanation() {
        return why.text();
    }
}
