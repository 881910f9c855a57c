package io.jixiao.monitor;

import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.TableScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * One table (the 部门整体 table or a project) at a monitoring: its pace and 预算执行率, the budget's light, its own
 * light (the worst, rule 5), the projected year-end score and every indicator's line, each explained.
 *
 * @param initialBudget   年初预算数 in 万元 (the targets'); null when unknown
 * @param budget          the budget in force (调整后预算数 when given, else 年初预算数) in 万元; null when unknown
 * @param adjusted        true when {@code budget} is the 调整后预算数
 * @param pace            序时进度 in percent
 * @param executionRate   预算执行率 in percent; null when the budget is unknown
 * @param gap             pace − executionRate in points; null with executionRate
 * @param budgetLight     the budget's light; null when the budget is unknown
 * @param budgetWhy     why: the gap against the thresholds, and a floor when one applies
 * (each {@code …Why} is a {@link Words}, put into the language of the run by its {@code …Explanation()} accessor)
 * @param goalProgress    goal progress in percent (only when the profile checks it against spending), else null
 * @param light           the table's light: the worst of the budget's and the indicators'
 * @param projectedSpent  the spending the projected score assumes (rule 6), in 万元
 * @param projected       the table's line of the projected year-end score
 */
public record TableMonitoring(TableKind kind, String name, BigDecimal initialBudget, BigDecimal budget, boolean adjusted, BigDecimal spentToDate,
                              BigDecimal pace, Words paceWhy, BigDecimal executionRate,
                              Words executionWhy, BigDecimal gap, Words gapWhy, Light budgetLight,
                              Words budgetWhy, BigDecimal goalProgress, Words goalWhy, Light light,
                              Words lightWhy, BigDecimal projectedSpent, Words projectedSpentWhy,
                              TableScore projected, List<IndicatorMonitoring> indicators, List<Finding> findings) {

    public TableMonitoring {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    public String paceExplanation() {
        return text(paceWhy);
    }

    /** Null when the budget is unknown. */
    public String executionExplanation() {
        return text(executionWhy);
    }

    /** Null when the budget is unknown. */
    public String gapExplanation() {
        return text(gapWhy);
    }

    /** Empty when the budget is unknown. */
    public String budgetExplanation() {
        return text(budgetWhy);
    }

    /** Null when the profile does not check goal progress. */
    public String goalExplanation() {
        return text(goalWhy);
    }

    public String lightExplanation() {
        return text(lightWhy);
    }

    public String projectedSpentExplanation() {
        return text(projectedSpentWhy);
    }

    private static String text(Words w) {
        return w == null ? null : w.text();
    }

    /** How many of its indicators have {@code l}. */
    public long count(Light l) {
        return indicators.stream().filter(i -> i.light() == l).count();
    }
}
