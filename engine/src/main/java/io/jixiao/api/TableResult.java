package io.jixiao.api;

import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.SessionProblems;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One scored table — the department-wide 部门整体 or a project's — read-only: its score out of 100 and grade, its
 * 预算执行率 line, its scoring groups, every indicator line and the table's own findings. Two views of equal tables
 * are equal.
 */
public final class TableResult {

    private final TableScore table;

    TableResult(TableScore table) {
        this.table = table;
    }

    /**
     * Whether this is the department-wide table.
     *
     * @return true for 部门整体, false for a project's table
     */
    public boolean overall() {
        return table.kind() == TableKind.OVERALL;
    }

    /**
     * The table's name.
     *
     * @return {@code 部门整体}, or the project's name
     */
    public String name() {
        return table.name();
    }

    /**
     * The table's budget.
     *
     * @return 万元; null when not stated
     */
    public BigDecimal budget() {
        return table.budget();
    }

    /**
     * The table's 全年执行数.
     *
     * @return 万元; null when unknown
     */
    public BigDecimal spent() {
        return table.spent();
    }

    /**
     * The table's score out of 100 after 不适用 rescaling, unrounded.
     *
     * @return the score
     */
    public BigDecimal score() {
        return table.score();
    }

    /**
     * The score as reports show it.
     *
     * @return {@link #score()} rounded HALF_UP to two places
     */
    public BigDecimal rounded() {
        return Numbers.round(table.score());
    }

    /**
     * The sum of the indicator and budget lines' scores before 不适用 rescaling.
     *
     * @return the raw sum, unrounded
     */
    public BigDecimal rawScore() {
        return table.rawScore();
    }

    /**
     * The points that left the table as 不适用 (the score is rescaled to the points that remain).
     *
     * @return the points, 0 when none
     */
    public BigDecimal notApplicablePoints() {
        return table.naPoints();
    }

    /**
     * The table's grade by the profile's thresholds.
     *
     * @return 优, 良, 中 or 差 (or the profile's own grade names)
     */
    public String grade() {
        return table.grade();
    }

    /**
     * The table's 预算执行率 line.
     *
     * @return the line; empty when budget execution is not scored (spending or budget unknown)
     */
    public Optional<BudgetLine> budgetExecution() {
        return Optional.ofNullable(table.budgetExecution()).map(BudgetLine::of);
    }

    /**
     * The table's scoring groups, in the profile's order.
     *
     * @return the groups
     */
    public List<CategoryLine> categories() {
        return table.categories().stream().map(CategoryLine::of).toList();
    }

    /**
     * Every indicator line, in the order of the targets.
     *
     * @return the lines
     */
    public List<IndicatorLine> indicators() {
        return table.indicators().stream().map(IndicatorLine::of).toList();
    }

    /**
     * One indicator's line.
     *
     * @param key the indicator's key (id, 三级指标 or description), or else its name
     * @return the line
     * @throws KpiException KPI-0352 naming the indicators that exist
     */
    public IndicatorLine indicator(String key) {
        return table.indicators().stream().filter(i -> i.key().equals(key)).findFirst()
                .or(() -> table.indicators().stream().filter(i -> i.name().equals(key)).findFirst())
                .map(IndicatorLine::of)
                .orElseThrow(() -> new KpiException(SessionProblems.whatifUnknownIndicator(Location.of("what-if"),
                        table.name(), key, table.indicators().stream().map(IndicatorScore::key).toList())));
    }

    /**
     * The table's own findings: scoring's about its indicators and the 复核's about the table. They are among
     * {@link Result#findings()} too.
     *
     * @return the findings, in {@link Finding#ORDER}
     */
    public List<Finding> findings() {
        return table.findings().stream().sorted(Finding.ORDER).toList();
    }

    /**
     * How the table's score was formed, in words.
     *
     * @return the explanation
     */
    public String explanation() {
        return table.explanation();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableResult t && t.table.equals(table);
    }

    @Override
    public int hashCode() {
        return table.hashCode();
    }

    @Override
    public String toString() {
        return table.name() + " " + Numbers.text(table.score()) + " " + table.grade();
    }
}
