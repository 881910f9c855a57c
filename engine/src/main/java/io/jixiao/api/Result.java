package io.jixiao.api;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.SessionProblems;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A scored department, read the way a test or an analyst asks: the score (unrounded, or rounded HALF_UP to
 * two places as reports show it), the grade, a table, an indicator line with the rule and the arithmetic
 * that scored it. {@link #details()} is the full {@link DepartmentScore} the reports render.
 */
public final class Result {

    private final DepartmentScore score;

    Result(DepartmentScore score) {
        this.score = score;
    }

    /** The department score, unrounded (docs/scoring.md#arithmetic). */
    public BigDecimal score() {
        return score.score();
    }

    /** The department score rounded HALF_UP to two places, as reports show it (docs/scoring.md#arithmetic). */
    public BigDecimal rounded() {
        return Numbers.round(score.score());
    }

    /** 优/良/中/差. */
    public String grade() {
        return score.grade();
    }

    /** How the department score was formed: the overall table, or the budget-weighted or plain mean. */
    public String explanation() {
        return score.method() + ": " + score.explanation();
    }

    /**
     * A table by name ({@code 部门整体} or {@code overall} for the department-wide table).
     *
     * @throws KpiException KPI-0351 naming the tables that exist
     */
    public TableScore table(String name) {
        String wanted = "overall".equalsIgnoreCase(name) && score.overall() != null ? score.overall().name() : name;
        return score.tables().stream().filter(t -> t.name().equals(wanted)).findFirst().orElseThrow(() ->
                new KpiException(SessionProblems.whatifUnknownTable(Location.of("what-if"), name,
                        score.tables().stream().map(TableScore::name).toList())));
    }

    /**
     * One indicator's line: points, score, status, the rule that scored it and its explanation.
     *
     * @throws KpiException KPI-0351/0352 naming what exists
     */
    public IndicatorScore indicator(String table, String indicator) {
        TableScore t = table(table);
        return t.indicators().stream().filter(i -> i.key().equals(indicator)).findFirst()
                .or(() -> t.indicators().stream().filter(i -> i.name().equals(indicator)).findFirst())
                .orElseThrow(() -> new KpiException(SessionProblems.whatifUnknownIndicator(Location.of("what-if"),
                        t.name(), indicator, t.indicators().stream().map(IndicatorScore::key).toList())));
    }

    /** Every finding, the department's and each table's. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(score.findings());
        score.tables().forEach(t -> all.addAll(t.findings()));
        return all;
    }

    /** True when a finding is an error: the score is not to be trusted. */
    public boolean hasErrors() {
        return score.hasErrors();
    }

    /** The full result, as the score command's reports render it. */
    public DepartmentScore details() {
        return score;
    }

    @Override
    public String toString() {
        return score.department() + " " + rounded().toPlainString() + " " + score.grade();
    }
}
