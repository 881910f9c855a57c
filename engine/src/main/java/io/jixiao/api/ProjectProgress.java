package io.jixiao.api;

import io.jixiao.monitor.Paces;
import io.jixiao.monitor.TableMonitoring;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;

/**
 * One table at a monitoring — a project, or the department-wide 部门整体 table (docs/monitoring.md): its pace and
 * 预算执行率, the budget's light, its own light (the worst of the budget's and its indicators'), the projected
 * year-end score and each indicator, every number with the arithmetic that produced it.
 *
 * @param name                 the project's name, or 部门整体
 * @param overall              true for the 部门整体 table
 * @param pace                 序时进度 in percent, unrounded
 * @param paceExplanation      from the 资金支出计划 or month/12
 * @param executionRate        预算执行率 in percent, unrounded; null when the budget is unknown
 * @param executionExplanation spentToDate over the budget in force; null with executionRate
 * @param budgetLight          {@code green}, {@code yellow} or {@code red}; null when the budget is unknown
 * @param budgetExplanation    the gap against the profile's thresholds (and a floor, sichuan)
 * @param light                the table's light: the worst of its budget's and its indicators'
 * @param projectedScore       the projected year-end score of the table, unrounded
 * @param projectedGrade       its grade
 * @param projectedSpent       the year's spending the projection assumes, in 万元
 * @param projectedExplanation how the projected spending and score were reached
 * @param indicators           its indicators, in the targets' order
 * @param findings             what the monitoring found about the table itself, in {@link Finding#ORDER}
 */
public record ProjectProgress(String name, boolean overall, BigDecimal pace, String paceExplanation,
                              BigDecimal executionRate, String executionExplanation, String budgetLight,
                              String budgetExplanation, String light, BigDecimal projectedScore, String projectedGrade,
                              BigDecimal projectedSpent, String projectedExplanation,
                              List<IndicatorProgress> indicators, List<Finding> findings) {

    /**
     * A table's line; the lists are copied.
     *
     * @param name                 its name
     * @param overall              whether it is 部门整体
     * @param pace                 序时进度
     * @param paceExplanation      how
     * @param executionRate        预算执行率, or null
     * @param executionExplanation how, or null
     * @param budgetLight          the budget's light, or null
     * @param budgetExplanation    why
     * @param light                the table's light
     * @param projectedScore       the projected score
     * @param projectedGrade       its grade
     * @param projectedSpent       the projected spending
     * @param projectedExplanation how
     * @param indicators           its indicators
     * @param findings             its findings
     */
    public ProjectProgress {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    static ProjectProgress of(TableMonitoring t) {
        return new ProjectProgress(t.name(), t.kind() == TableKind.OVERALL, t.pace(), t.paceExplanation(),
                t.executionRate(), t.executionExplanation(), t.budgetLight() == null ? null : t.budgetLight().label(),
                t.budgetExplanation(), t.light().label(), t.projected().score(), t.projected().grade(),
                t.projectedSpent(), t.projectedSpentExplanation() + Paces.separator() + t.projected().explanation(),
                t.indicators().stream().map(IndicatorProgress::of).toList(), t.findings());
    }

    /**
     * The projected score as reports show it.
     *
     * @return HALF_UP to two places
     */
    public BigDecimal projectedRounded() {
        return Numbers.round(projectedScore);
    }

    /**
     * One indicator by key (or name).
     *
     * @param key the indicator's key or name
     * @return its line
     * @throws IllegalArgumentException when the table has no such indicator
     */
    public IndicatorProgress indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key) || i.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not an indicator of " + name));
    }
}
