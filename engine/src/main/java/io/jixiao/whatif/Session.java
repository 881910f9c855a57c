package io.jixiao.whatif;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Prepared;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.PreparedDepartment;
import io.jixiao.scoring.ScoringSession;
import io.jixiao.scoring.SessionProblems;
import io.jixiao.value.WanYuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A what-if session on one department: actuals changed one at a time, each re-score re-firing only what changed
 * (one stateful {@link ScoringSession}), goal seeking and sensitivity on the current state, and the full
 * evaluation (score, 审核, 复核) of the current state through the pipeline. The API's {@code WhatIf} is its public
 * face. Not thread-safe; close it to release the rule session.
 */
public final class Session implements AutoCloseable {

    /** Where a change made in code is located in messages: {@code what-if}. */
    public static final Location AT = Trials.AT;

    private final Department department;
    private final ScoringSession session;
    private final Map<String, IndicatorTable> tables = new HashMap<>();
    private final Map<String, Map<String, Indicator>> indicators = new HashMap<>();

    Session(Department department) {
        this.department = department;
        this.session = ScoringSession.open(department.pipeline().rules(), department.prepared().department());
        for (IndicatorTable t : department.targets().tables()) {
            tables.put(t.name(), t);
            Map<String, Indicator> byKey = new HashMap<>();
            t.indicators().forEach(i -> byKey.put(i.key(), i));
            indicators.put(t.name(), byKey);
        }
    }

    /** One actual that differs from the actuals file: from (null when there was none) and to (null: removed). */
    public record Changed(String table, String indicator, String from, String to) {
    }

    /** The department as loaded, with the findings of loading and pairing. */
    public Prepared prepared() {
        return department.prepared();
    }

    /**
     * Sets one actual, written as in an actuals file.
     *
     * @throws KpiException for an unknown table (KPI-0351) or indicator (KPI-0352), a value that does not parse
     *                      (KPI-0109) or whose unit does not convert to the target's (KPI-0110)
     */
    public void set(String table, String indicator, String value, Location at) {
        IndicatorTable t = tables.get(table);
        if (t == null) {
            t = Lookup.table(department.targets(), table, at);
        }
        Indicator i = indicators.get(t.name()).get(indicator);
        if (i == null) {
            i = Lookup.indicator(t, indicator, at);
        }
        session.setActual(t.name(), i.key(), Lookup.entry(i, value, at));
    }

    /**
     * Applies {@code 项目/指标=值}. A project name may itself hold a '/': the longest prefix naming a table is taken.
     *
     * @throws KpiException KPI-0350 when it is not of that form, else as {@link #set}
     */
    public void assign(String assignment, Location at) {
        int eq = assignment.indexOf('=');
        String lhs = eq < 0 ? "" : assignment.substring(0, eq).strip();
        int slash = lhs.indexOf('/');
        if (eq < 0 || slash <= 0 || slash == lhs.length() - 1) {
            throw new KpiException(SessionProblems.whatifSetSyntax(at, assignment));
        }
        for (int p = lhs.lastIndexOf('/'); p > 0; p = lhs.lastIndexOf('/', p - 1)) {
            if (isTable(lhs.substring(0, p).strip())) {
                slash = p;
                break;
            }
        }
        set(lhs.substring(0, slash).strip(), lhs.substring(slash + 1).strip(), assignment.substring(eq + 1), at);
    }

    /**
     * Applies {@code 项目=执行数}: 万元, or with a unit ("185000元").
     *
     * @throws KpiException KPI-0354 when it is not of that form, KPI-0351 for an unknown table
     */
    public void assignSpent(String assignment, Location at) {
        int eq = assignment.lastIndexOf('=');
        Optional<BigDecimal> amount = eq <= 0 ? Optional.empty()
                : WanYuan.wanYuan(assignment.substring(eq + 1).strip());
        if (amount.isEmpty()) {
            throw new KpiException(SessionProblems.whatifSpentSyntax(at, assignment));
        }
        spent(assignment.substring(0, eq).strip(), amount.get(), at);
    }

    private boolean isTable(String name) {
        try {
            Lookup.table(department.targets(), name, Trials.AT);
            return true;
        } catch (KpiException e) {
            return false;
        }
    }

    /** Sets a table's 全年执行数 in 万元 (null: unknown, so budget execution is not scored). */
    public void spent(String table, BigDecimal spent, Location at) {
        if (spent != null && spent.signum() < 0) {
            throw new KpiException(SessionProblems.whatifSpentNegative(at, table + "=" + spent.toPlainString()));
        }
        session.setSpent(Lookup.table(department.targets(), table, at).name(), spent, at);
    }

    /** Puts one indicator's actual back to what the actuals file says. */
    public void reset(String table, String indicator, Location at) {
        IndicatorTable t = Lookup.table(department.targets(), table, at);
        Indicator i = Lookup.indicator(t, indicator, at);
        new Trials(session).put(t.name(), i.key(), session.originalActual(t.name(), i.key()));
    }

    /** The actual as it now stands, as written; null when there is none. */
    public String actual(String table, String indicator, Location at) {
        IndicatorTable t = Lookup.table(department.targets(), table, at);
        ActualEntry e = session.actual(t.name(), Lookup.indicator(t, indicator, at).key());
        return e == null ? null : e.text();
    }

    /** The department scored as it now stands, re-firing only what changed since the last score. */
    public DepartmentScore score() {
        return session.score();
    }

    /**
     * The department as it now stands through every stage after loading: the session's score, then the 审核 and
     * the 复核 of the changed actuals, with the findings of loading — what {@code jixiao score} gives for a file
     * holding these actuals.
     */
    public Evaluation evaluate() {
        DepartmentScore score = session.score();
        Prepared p = department.prepared();
        PreparedDepartment now = PreparedDepartment.of(p.targets(), session.actuals(), p.profile());
        return department.pipeline().finish(p, now, score, Stage.ALL);
    }

    /** Every actual that now differs from the actuals file, in table and indicator order. */
    public List<Changed> changes() {
        List<Changed> out = new ArrayList<>();
        for (IndicatorTable t : department.targets().tables()) {
            for (Indicator i : t.indicators()) {
                ActualEntry was = session.originalActual(t.name(), i.key());
                ActualEntry now = session.actual(t.name(), i.key());
                String from = was == null ? null : was.text();
                String to = now == null ? null : now.text();
                if (!Objects.equals(from, to)) {
                    out.add(new Changed(t.name(), i.key(), from, to));
                }
            }
        }
        return out;
    }

    /**
     * A goal as written: "90", "85.5" or a grade of the profile ("优").
     *
     * @param table a table's name for that table's score, or null for the department's (checked when seeking)
     * @throws KpiException KPI-0353 for a goal that is neither
     */
    public Aim aim(String text, String table, Location at) {
        return Aim.parse(text, department.prepared().profile(), table, at);
    }

    /** The fewest actual changes that reach {@code aim}, cheapest first; the session is left as it was. */
    public Plan seek(Aim aim) {
        return GoalSeeker.seek(session, department.targets(), aim);
    }

    /** For each indicator (of {@code table}, or all when null): points at stake and the actual for full marks. */
    public List<Stake> stakes(String table) {
        return Stakes.of(session, department.targets(), table);
    }

    @Override
    public void close() {
        session.close();
    }
}
