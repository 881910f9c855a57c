package io.jixiao.api;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.scoring.ScoringSession;
import io.jixiao.scoring.SessionProblems;
import io.jixiao.value.WanYuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A what-if session on one department: change actuals one at a time and re-score after each. It keeps one
 * stateful Drools session; a change replaces only that indicator's fact, so the rules re-fire for it alone
 * and a re-score costs microseconds. Scores equal what {@code jixiao score} gives for the same actuals.
 *
 * <pre>{@code
 * try (WhatIf w = Scenario.of(targets, actuals).open()) {
 *     Result before = w.score();
 *     Result after = w.set("网络安全监测项目经费", "全年监测舆情信息数量", "18000条").score();
 *     GoalPlan plan = w.seek("优");
 * }
 * }</pre>
 * Not thread-safe. Close it (try-with-resources) to release the rule session.
 */
public final class WhatIf implements AutoCloseable {

    private final Department department;
    private final ScoringSession session;

    private final Map<String, IndicatorTable> tables = new HashMap<>();
    private final Map<String, Map<String, Indicator>> indicators = new HashMap<>();

    WhatIf(Department department) {
        this.department = department;
        this.session = department.open();
        for (IndicatorTable t : department.targets().tables()) {
            tables.put(t.name(), t);
            Map<String, Indicator> byKey = new HashMap<>();
            t.indicators().forEach(i -> byKey.put(i.key(), i));
            indicators.put(t.name(), byKey);
        }
    }

    /**
     * Sets one actual, written as in an actuals file ("18000条", "1.8万条", "部分达成 75%", "不适用").
     *
     * @param table     the project's name, or 部门整体 / overall
     * @param indicator the indicator's key (id, 三级指标 or description, as in actuals files)
     * @throws KpiException for an unknown table (KPI-0351) or indicator (KPI-0352), a value that does not
     *                      parse (KPI-0109) or whose unit does not convert to the target's (KPI-0110)
     */
    public WhatIf set(String table, String indicator, String value) {
        return set(table, indicator, value, Trials.AT);
    }

    /** As {@link #set(String, String, String)}, with the place to name in messages (e.g. the --set option). */
    public WhatIf set(String table, String indicator, String value, Location at) {
        IndicatorTable t = tables.get(table);
        if (t == null) {
            t = Lookup.table(department.targets(), table, at);
        }
        Indicator i = indicators.get(t.name()).get(indicator);
        if (i == null) {
            i = Lookup.indicator(t, indicator, at);
        }
        session.setActual(t.name(), i.key(), Lookup.entry(i, value, at));
        return this;
    }

    /**
     * Applies {@code 项目/指标=值} as written on the command line ({@code jixiao whatif --set}). A project name
     * may itself hold a '/': the longest prefix naming a table is taken.
     *
     * @throws KpiException KPI-0350 when it is not of that form, else as {@link #set(String, String, String)}
     */
    public WhatIf assign(String assignment, Location at) {
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
        return set(lhs.substring(0, slash).strip(), lhs.substring(slash + 1).strip(), assignment.substring(eq + 1), at);
    }

    /**
     * Applies {@code 项目=执行数} ({@code jixiao whatif --spent}): 万元, or with a unit ("185000元").
     *
     * @throws KpiException KPI-0354 when it is not of that form, KPI-0351 for an unknown table
     */
    public WhatIf assignSpent(String assignment, Location at) {
        int eq = assignment.lastIndexOf('=');
        java.util.Optional<BigDecimal> amount = eq <= 0 ? java.util.Optional.empty()
                : WanYuan.wanYuan(assignment.substring(eq + 1).strip());
        if (amount.isEmpty()) {
            throw new KpiException(SessionProblems.whatifSpentSyntax(at, assignment));
        }
        return spent(assignment.substring(0, eq).strip(), amount.get(), at);
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
    public WhatIf spent(String table, BigDecimal spent) {
        return spent(table, spent, Trials.AT);
    }

    public WhatIf spent(String table, BigDecimal spent, Location at) {
        session.setSpent(Lookup.table(department.targets(), table, at).name(), spent, at);
        return this;
    }

    /** Puts one indicator's actual back to what the actuals file says. */
    public WhatIf reset(String table, String indicator) {
        IndicatorTable t = Lookup.table(department.targets(), table, Trials.AT);
        Indicator i = Lookup.indicator(t, indicator, Trials.AT);
        new Trials(session).put(t.name(), i.key(), session.originalActual(t.name(), i.key()));
        return this;
    }

    /** Scores the department as it now stands, re-firing only what changed since the last score. */
    public Result score() {
        return new Result(session.score());
    }

    /** Every actual that now differs from the actuals file, in table and indicator order. */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (IndicatorTable t : department.targets().tables()) {
            for (Indicator i : t.indicators()) {
                ActualEntry was = session.originalActual(t.name(), i.key());
                ActualEntry now = session.actual(t.name(), i.key());
                String from = was == null ? null : was.text();
                String to = now == null ? null : now.text();
                if (!Objects.equals(from, to)) {
                    out.add(new Change(t.name(), i.key(), from, to));
                }
            }
        }
        return out;
    }

    /**
     * The fewest actual changes that lift the score to {@code goal}, cheapest first; the session is left as it
     * was. See {@link GoalPlan}.
     */
    public GoalPlan seek(Goal goal) {
        return GoalSeeker.seek(session, department.targets(), goal);
    }

    /** {@link #seek(Goal)} for the department: "90", "85.5" or a grade of the profile ("优"). */
    public GoalPlan seek(String goal) {
        return seek(Goal.parse(goal, department.profile(), null, Trials.AT));
    }

    /** For each indicator (of {@code table}, or all when null): points at stake and the actual for full marks. */
    public List<Sensitivity> sensitivity(String table) {
        return Stakes.of(session, department.targets(), table);
    }

    /** The scoring profile in use (its grade thresholds give {@link Goal#parse}'s grades). */
    public io.jixiao.profile.ScoringProfile profile() {
        return department.profile();
    }

    /** The actuals as they now stand, e.g. to write them out. */
    public DepartmentActuals actuals() {
        return session.actuals();
    }

    @Override
    public void close() {
        session.close();
    }
}
