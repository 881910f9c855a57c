package io.jixiao.api;

import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.KpiException;
import io.jixiao.whatif.Department;
import io.jixiao.whatif.Session;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A department-year with some actuals changed: what-if for tests and tools.
 *
 * <pre>{@code
 * Result r = Scenario.of(Path.of("indicators/guangyang/2023/targets.yaml"),
 *                        Path.of("indicators/guangyang/2023/actuals-example.yaml"))
 *         .with("网络安全监测项目经费", "全年监测舆情信息数量", "18000条")
 *         .score();
 * assertThat(r.grade()).isEqualTo("优");
 * }</pre>
 *
 * A scenario is immutable: {@code with} returns a new one, so a base scenario can be shared by many tests.
 * The files are read once, by {@link #of}; each {@link #score()} opens a rule session, applies the changes and
 * evaluates the department through every stage. For many successive changes to one department, {@link #open()}
 * gives a {@link WhatIf} that keeps its session and re-fires only what changed.
 */
public final class Scenario {

    private final Department department;
    private final List<Edit> edits;

    private Scenario(Department department, List<Edit> edits) {
        this.department = department;
        this.edits = List.copyOf(edits);
    }

    /**
     * Loads a targets file and its actuals file with the default options.
     *
     * @param targets the targets YAML
     * @param actuals the actuals YAML (or workbook, with jixiao-office on the class path)
     * @return the scenario, with no change yet
     * @throws KpiException with every located error when a file is wrong or the two do not fit together
     */
    public static Scenario of(Path targets, Path actuals) {
        return of(targets, actuals, Options.defaults());
    }

    /**
     * Loads a targets file and its actuals file.
     *
     * @param targets the targets YAML
     * @param actuals the actuals YAML (or workbook)
     * @param options the profile, extra rules, lenient, allow missing
     * @return the scenario, with no change yet
     * @throws KpiException with every located error when a file is wrong, the two do not fit together or a rule
     *                      file does not compile
     */
    public static Scenario of(Path targets, Path actuals, Options options) {
        return of(Input.file(targets), Input.file(actuals), options);
    }

    /**
     * Loads targets and actuals from any input (files, text, bytes, streams, builders).
     *
     * @param targets the targets
     * @param actuals the actuals
     * @param options the profile, extra rules, lenient, allow missing
     * @return the scenario, with no change yet
     * @throws KpiException with every located error when an input is wrong, the two do not fit together or a
     *                      rule file does not compile
     */
    public static Scenario of(Input targets, Input actuals, Options options) {
        List<io.jixiao.problem.Finding> unreadable = new ArrayList<>(targets.unreadable());
        unreadable.addAll(actuals.unreadable());
        if (!unreadable.isEmpty()) {
            throw new KpiException(unreadable);
        }
        return new Scenario(Department.load(new Pipeline(options.pipeline()), targets.source(), actuals.source()),
                List.of());
    }

    /**
     * This scenario with one more actual changed (a later change to the same indicator wins).
     *
     * @param table     the project's name, or 部门整体 / overall
     * @param indicator the indicator's key (id, 三级指标 or description), or else its name
     * @param value     the actual as written in an actuals file
     * @return the changed scenario; this one is unchanged
     * @throws KpiException KPI-0351/0352 for an unknown table or indicator, KPI-0109/0110 for a bad value —
     *                      checked here, so that a typo fails where it is written
     */
    public Scenario with(String table, String indicator, String value) {
        department.check(table, indicator, value, Session.AT);
        List<Edit> more = new ArrayList<>(edits);
        more.add(s -> s.set(table, indicator, value, Session.AT));
        return new Scenario(department, more);
    }

    /**
     * This scenario with a table's 全年执行数 changed.
     *
     * @param table the project's name, or 部门整体 / overall
     * @param spent in 万元; null makes it unknown
     * @return the changed scenario; this one is unchanged
     * @throws KpiException KPI-0351 for an unknown table
     */
    public Scenario withSpent(String table, BigDecimal spent) {
        department.checkTable(table, Session.AT);
        List<Edit> more = new ArrayList<>(edits);
        more.add(s -> s.spent(table, spent, Session.AT));
        return new Scenario(department, more);
    }

    /**
     * Evaluates the department with the changes through every stage — the findings of loading, scoring, the 审核
     * and the 复核 of the changed actuals — as {@code jixiao score} would for actuals files holding them.
     *
     * @return the result; with no change, the same as {@link Jixiao#evaluate} of the files
     */
    public Result score() {
        try (Session s = open(department)) {
            return Result.of(s.evaluate());
        }
    }

    /**
     * Evaluates the department as loaded, without the changes.
     *
     * @return the result, as {@link #score()} of the scenario before any change
     */
    public Result baseline() {
        return new Scenario(department, List.of()).score();
    }

    /**
     * The fewest further changes that reach a goal for the department's score, cheapest first.
     *
     * @param goal "90", "85.5" or a grade of the profile ("优")
     * @return the plan
     * @throws KpiException KPI-0353 for a goal that is neither
     */
    public GoalPlan seek(String goal) {
        try (WhatIf w = open()) {
            return w.seek(goal);
        }
    }

    /**
     * A stateful what-if session with this scenario's changes applied; close it when done.
     *
     * @return the session
     */
    public WhatIf open() {
        return new WhatIf(open(department));
    }

    private Session open(Department d) {
        Session s = d.open();
        try {
            edits.forEach(e -> e.apply(s));
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** One recorded change, replayed on a session. */
    private interface Edit {
        void apply(Session s);
    }
}
