package io.jixiao.api;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.whatif.Session;
import java.math.BigDecimal;
import java.util.List;

/**
 * A what-if session on one department: change actuals one at a time and re-score after each. It keeps one
 * stateful Drools session; a change replaces only that indicator's fact, so the rules re-fire for it alone
 * and a re-score ({@link #score()}) costs tens of microseconds. Scores equal what {@code jixiao score} gives for
 * the same actuals; {@link #evaluate()} adds the 审核 and the 复核 of the actuals as they stand.
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

    private final Session session;

    WhatIf(Session session) {
        this.session = session;
    }

    /**
     * Sets one actual, written as in an actuals file ("18000条", "1.8万条", "部分达成 75%", "不适用").
     *
     * @param table     the project's name, or 部门整体 / overall
     * @param indicator the indicator's key (id, 三级指标 or description, as in actuals files), or else its name
     * @param value     the actual as written
     * @return this session
     * @throws KpiException for an unknown table (KPI-0351) or indicator (KPI-0352), a value that does not
     *                      parse (KPI-0109) or whose unit does not convert to the target's (KPI-0110)
     */
    public WhatIf set(String table, String indicator, String value) {
        return set(table, indicator, value, Session.AT);
    }

    /**
     * As {@link #set(String, String, String)}, with the place to name in messages (e.g. the --set option).
     *
     * @param table     the project's name, or 部门整体 / overall
     * @param indicator the indicator's key, or else its name
     * @param value     the actual as written
     * @param at        where the change was written
     * @return this session
     * @throws KpiException as {@link #set(String, String, String)}
     */
    public WhatIf set(String table, String indicator, String value, Location at) {
        session.set(table, indicator, value, at);
        return this;
    }

    /**
     * Applies {@code 项目/指标=值} as written on the command line ({@code jixiao whatif --set}). A project name
     * may itself hold a '/': the longest prefix naming a table is taken.
     *
     * @param assignment e.g. {@code 部门整体/维护数量=85个}
     * @param at         where it was written
     * @return this session
     * @throws KpiException KPI-0350 when it is not of that form, else as {@link #set(String, String, String)}
     */
    public WhatIf assign(String assignment, Location at) {
        session.assign(assignment, at);
        return this;
    }

    /**
     * Applies {@code 项目=执行数} ({@code jixiao whatif --spent}): 万元, or with a unit ("185000元").
     *
     * @param assignment e.g. {@code 部门整体=259.25}
     * @param at         where it was written
     * @return this session
     * @throws KpiException KPI-0354 when it is not of that form, KPI-0351 for an unknown table
     */
    public WhatIf assignSpent(String assignment, Location at) {
        session.assignSpent(assignment, at);
        return this;
    }

    /**
     * Sets a table's 全年执行数.
     *
     * @param table the project's name, or 部门整体 / overall
     * @param spent in 万元; null for unknown, so that budget execution is not scored
     * @return this session
     * @throws KpiException KPI-0351 for an unknown table
     */
    public WhatIf spent(String table, BigDecimal spent) {
        return spent(table, spent, Session.AT);
    }

    /**
     * As {@link #spent(String, BigDecimal)}, with the place to name in messages.
     *
     * @param table the project's name, or 部门整体 / overall
     * @param spent in 万元; null for unknown
     * @param at    where the change was written
     * @return this session
     * @throws KpiException KPI-0351 for an unknown table
     */
    public WhatIf spent(String table, BigDecimal spent, Location at) {
        session.spent(table, spent, at);
        return this;
    }

    /**
     * Puts one indicator's actual back to what the actuals say.
     *
     * @param table     the project's name, or 部门整体 / overall
     * @param indicator the indicator's key, or else its name
     * @return this session
     * @throws KpiException KPI-0351/0352 for an unknown table or indicator
     */
    public WhatIf reset(String table, String indicator) {
        session.reset(table, indicator, Session.AT);
        return this;
    }

    /**
     * One actual as it now stands.
     *
     * @param table     the project's name, or 部门整体 / overall
     * @param indicator the indicator's key, or else its name
     * @return the actual as written; null when there is none
     * @throws KpiException KPI-0351/0352 for an unknown table or indicator
     */
    public String actual(String table, String indicator) {
        return session.actual(table, indicator, Session.AT);
    }

    /**
     * Scores the department as it now stands, re-firing only what changed since the last score: the fast path.
     * The result holds scoring's findings and those of loading the files, not the 审核's or the 复核's — that is
     * what keeps a re-score in tens of microseconds; {@link #evaluate()} gives them all.
     *
     * @return the score of the actuals as they now stand
     */
    public Result score() {
        return Result.session(session.prepared(), session.score());
    }

    /**
     * Evaluates the department as it now stands through every stage — scoring, 审核 and 复核 — as
     * {@link Scenario#score()} does: what {@code jixiao score} reports for an actuals file holding these actuals.
     * It costs a review of the department (milliseconds), not only a re-score.
     *
     * @return the full result
     */
    public Result evaluate() {
        return Result.of(session.evaluate());
    }

    /**
     * Every actual that now differs from the actuals as loaded.
     *
     * @return the changes, in table and indicator order
     */
    public List<Change> changes() {
        return session.changes().stream().map(c -> new Change(c.table(), c.indicator(), c.from(), c.to())).toList();
    }

    /**
     * A goal as a user writes it, with this department's profile for the grades.
     *
     * @param text  "90", "85.5" or a grade of the profile ("优")
     * @param table a table's name for that table's score, or null for the department's
     * @return the goal
     * @throws KpiException KPI-0353 when it is neither a score from 0 to 100 nor a grade
     */
    public Goal goal(String text, String table) {
        return goal(text, table, Session.AT);
    }

    /**
     * As {@link #goal(String, String)}, with the place to name in messages (e.g. the --goal option).
     *
     * @param text  "90", "85.5" or a grade of the profile ("优")
     * @param table a table's name, or null for the department's score
     * @param at    where the goal was written
     * @return the goal
     * @throws KpiException KPI-0353 when it is neither a score from 0 to 100 nor a grade
     */
    public Goal goal(String text, String table, Location at) {
        return Goal.of(session.aim(text, table, at));
    }

    /**
     * The fewest actual changes that lift the score to {@code goal}, cheapest first; the session is left as it
     * was. See {@link GoalPlan}.
     *
     * @param goal the goal
     * @return the plan
     * @throws KpiException KPI-0351 for a goal's table the department does not have
     */
    public GoalPlan seek(Goal goal) {
        return GoalPlan.of(session.seek(goal.aim()));
    }

    /**
     * {@link #seek(Goal)} for the department's score.
     *
     * @param goal "90", "85.5" or a grade of the profile ("优")
     * @return the plan
     * @throws KpiException KPI-0353 for a goal that is neither
     */
    public GoalPlan seek(String goal) {
        return seek(goal(goal, null));
    }

    /**
     * For each indicator: the points at stake and the actual for full marks.
     *
     * @param table a table's name for its indicators and its score, or null for every indicator and the
     *              department's score
     * @return the stakes, largest gain first, then in table order
     * @throws KpiException KPI-0351 for an unknown table
     */
    public List<Sensitivity> sensitivity(String table) {
        return session.stakes(table).stream().map(Sensitivity::of).toList();
    }

    /** Releases the rule session. */
    @Override
    public void close() {
        session.close();
    }
}
