package io.jixiao.api;

import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Prepared;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.SessionProblems;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A department evaluated, read-only: every finding of every stage, and — when it was scored — the score
 * (unrounded, or rounded HALF_UP to two places as reports show it), the grade, each table and each indicator line
 * with the rule and the arithmetic that scored it.
 *
 * <p>Bad input does not throw: the result is then not {@link #ok()} and {@link #findings()} says what is wrong and
 * where. The score accessors — {@link #score()}, {@link #rounded()}, {@link #grade()}, {@link #method()},
 * {@link #explanation()}, {@link #overall()}, {@link #projects()}, {@link #tables()}, {@link #table(String)},
 * {@link #indicator(String, String)} — answer when {@link #scored()}; otherwise they throw a {@link KpiException}
 * holding the {@link #errors()} that stopped the department before scoring, or an {@link IllegalStateException}
 * for a result of {@link Jixiao#review}, which never scores. {@link #orThrow()} turns any error into the exception.
 */
public final class Result {

    private final Prepared prepared;
    private final DepartmentScore score;
    private final boolean review;
    private volatile List<Finding> findings;

    private Result(Prepared prepared, DepartmentScore score, List<Finding> findings, boolean review) {
        this.prepared = prepared;
        this.score = score;
        this.findings = findings;
        this.review = review;
    }

    /** A department evaluated by the pipeline. */
    static Result of(Evaluation e) {
        return new Result(e.prepared(), e.score(), e.findings(), false);
    }

    /** Targets reviewed alone (审核, no actuals): never scored. */
    static Result review(Evaluation e) {
        return new Result(e.prepared(), null, e.findings(), true);
    }

    /**
     * A what-if session's score with the findings of loading: its findings are gathered when first asked for, so
     * that a re-score costs what scoring costs.
     */
    static Result session(Prepared prepared, DepartmentScore score) {
        return new Result(prepared, score, null, false);
    }

    /**
     * The department's name.
     *
     * @return as the targets give it; null when they did not load
     */
    public String department() {
        if (score != null) {
            return score.department();
        }
        return prepared.targets() == null ? null : prepared.targets().department();
    }

    /**
     * The budget year.
     *
     * @return as the targets give it; 0 when they did not load
     */
    public int year() {
        if (score != null) {
            return score.year();
        }
        return prepared.targets() == null ? 0 : prepared.targets().year();
    }

    /**
     * The scoring profile the department was evaluated with.
     *
     * @return its name ({@code national}, {@code hubei}, … or the profile file's); null when it was not found
     */
    public String profile() {
        if (score != null) {
            return score.profile();
        }
        return prepared.profile() == null ? null : prepared.profile().name();
    }

    /**
     * Whether nothing went wrong.
     *
     * @return true when no finding is an error: the score, if there is one, can be trusted
     */
    public boolean ok() {
        return findings().stream().noneMatch(Finding::isError);
    }

    /**
     * Whether the department was scored, so that the score accessors answer. A department is scored unless an
     * error stopped it before (in loading, pairing or sharing points) or it was reviewed without actuals; a
     * scored department may still hold errors — a rule that could not score an indicator — so that it is not
     * {@link #ok()}.
     *
     * @return true when there is a score
     */
    public boolean scored() {
        return score != null;
    }

    /**
     * Every finding of every stage — loading, pairing, scoring, 审核, 复核 — the department's and each table's, in
     * {@link Finding#ORDER}: the list {@code jixiao score} reports.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        List<Finding> f = findings;
        if (f == null) {
            f = score.withFindings(prepared.findings()).allFindings();
            findings = f;
        }
        return f;
    }

    /**
     * The findings that are errors.
     *
     * @return the errors, in {@link Finding#ORDER}
     */
    public List<Finding> errors() {
        return findings().stream().filter(Finding::isError).toList();
    }

    /**
     * This result when it is {@link #ok()}.
     *
     * @return this result
     * @throws KpiException holding the {@link #errors()} when there are any
     */
    public Result orThrow() {
        List<Finding> errors = errors();
        if (!errors.isEmpty()) {
            throw new KpiException(errors);
        }
        return this;
    }

    /**
     * The department's score, unrounded (docs/scoring.md#department).
     *
     * @return the score out of 100
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public BigDecimal score() {
        return scoredOrThrow().score();
    }

    /**
     * The department's score as reports show it.
     *
     * @return {@link #score()} rounded HALF_UP to two places
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public BigDecimal rounded() {
        return Numbers.round(scoredOrThrow().score());
    }

    /**
     * The department's grade by the profile's thresholds.
     *
     * @return 优, 良, 中 or 差 (or the profile's own grade names)
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public String grade() {
        return scoredOrThrow().grade();
    }

    /**
     * How the department score was formed from the tables.
     *
     * @return {@code overall} (the 部门整体 table's score), {@code budget-weighted} or {@code mean} of the tables
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public String method() {
        return scoredOrThrow().method();
    }

    /**
     * The department score's arithmetic in words, e.g. 部门整体表得分 90.78.
     *
     * @return the explanation
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public String explanation() {
        return scoredOrThrow().explanation();
    }

    /**
     * The department-wide table.
     *
     * @return the 部门整体 table; empty when the targets have none
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public Optional<TableResult> overall() {
        return Optional.ofNullable(scoredOrThrow().overall()).map(TableResult::new);
    }

    /**
     * The 部门整体支出绩效评价 score sheet, scored on its own: the sum of its indicators' scores, graded by the profile
     * (docs/scoring.md#evaluation). It is none of {@link #tables()} and does not change {@link #score()}.
     *
     * @return the sheet; empty when the targets have none
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public Optional<TableResult> evaluation() {
        return Optional.ofNullable(scoredOrThrow().evaluation()).map(TableResult::new);
    }

    /**
     * The projects' tables.
     *
     * @return the tables, in the order of the targets
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public List<TableResult> projects() {
        return scoredOrThrow().projects().stream().map(TableResult::new).toList();
    }

    /**
     * Every table.
     *
     * @return 部门整体 first (when there is one), then the projects in the order of the targets
     * @throws KpiException when the department was not scored (see {@link Result})
     */
    public List<TableResult> tables() {
        return scoredOrThrow().tables().stream().map(TableResult::new).toList();
    }

    /**
     * One table.
     *
     * @param name a project's name, or {@code 部门整体} / {@code overall} for the department-wide table
     * @return the table
     * @throws KpiException KPI-0351 naming the tables that exist; or when the department was not scored
     */
    public TableResult table(String name) {
        DepartmentScore d = scoredOrThrow();
        String wanted = "overall".equalsIgnoreCase(name) && d.overall() != null ? d.overall().name() : name;
        return d.tables().stream().filter(t -> t.name().equals(wanted)).findFirst().map(TableResult::new)
                .orElseThrow(() -> new KpiException(SessionProblems.whatifUnknownTable(Location.of("what-if"), name,
                        d.tables().stream().map(TableScore::name).toList())));
    }

    /**
     * One indicator's line: points, score, status, the rule that scored it and its explanation.
     *
     * @param table     as {@link #table(String)}
     * @param indicator the indicator's key (id, 三级指标 or description), or else its name
     * @return the line
     * @throws KpiException KPI-0351/0352 naming what exists; or when the department was not scored
     */
    public IndicatorLine indicator(String table, String indicator) {
        return table(table).indicator(indicator);
    }

    private DepartmentScore scoredOrThrow() {
        if (score != null) {
            return score;
        }
        if (review) {
            throw new IllegalStateException("a review of targets alone has no score: evaluate the targets with"
                    + " their actuals for one");
        }
        throw new KpiException(errors());
    }

    /**
     * The department, its rounded score and grade, or why it was not scored.
     *
     * @return e.g. {@code 某局 90.78 优}
     */
    @Override
    public String toString() {
        if (score != null) {
            return score.department() + " " + Numbers.text(score.score()) + " " + score.grade();
        }
        String what = department() == null ? "(targets not loaded)" : department();
        return what + (review ? " reviewed" : " not scored") + ": " + errors().size() + " error(s)";
    }
}
