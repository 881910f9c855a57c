package io.jixiao.api;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A department-year with some actuals changed: the entry point of the Java API, for tests and tools.
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
 * Files are read once, by {@link #of}; each {@link #score()} opens a rule session, applies the changes and
 * scores. For many successive changes to one department, {@link #open()} gives a {@link WhatIf} that keeps
 * its session and re-fires only what changed.
 */
public final class Scenario {

    private final Department department;
    private final List<Edit> edits;

    private Scenario(Department department, List<Edit> edits) {
        this.department = department;
        this.edits = List.copyOf(edits);
    }

    /**
     * Options for loading: a profile instead of the targets file's, extra DRL files, lenient 评（扣）分标准,
     * missing actuals scored 0 (as the score command's --profile, --rules, --lenient, --allow-missing).
     */
    public record Options(String profile, List<Path> rules, boolean lenient, boolean allowMissing) {

        public Options {
            rules = List.copyOf(rules);
        }

        public static Options defaults() {
            return new Options(null, List.of(), false, false);
        }

        public Options profile(String nameOrPath) {
            return new Options(nameOrPath, rules, lenient, allowMissing);
        }

        public Options rules(List<Path> drl) {
            return new Options(profile, drl, lenient, allowMissing);
        }

        public Options lenient(boolean on) {
            return new Options(profile, rules, on, allowMissing);
        }

        public Options allowMissing(boolean on) {
            return new Options(profile, rules, lenient, on);
        }
    }

    /**
     * Loads a targets file and its actuals file.
     *
     * @throws KpiException with every located finding when a file is wrong or the two do not fit together
     */
    public static Scenario of(Path targets, Path actuals) {
        return of(targets, actuals, Options.defaults());
    }

    public static Scenario of(Path targets, Path actuals, Options options) {
        Department d = Department.load(targets, actuals, options);
        d.open().close(); // fail here, not at score(), when the actuals do not fit the targets
        return new Scenario(d, List.of());
    }

    /**
     * This scenario with one more actual changed (a later change to the same indicator wins).
     *
     * @throws KpiException KPI-0351/0352 for an unknown table or indicator, KPI-0109/0110 for a bad value
     */
    public Scenario with(String table, String indicator, String value) {
        // checked now, so that a typo fails where it is written
        Lookup.entry(Lookup.indicator(Lookup.table(department.targets(), table, Trials.AT), indicator, Trials.AT),
                value, Trials.AT);
        List<Edit> more = new ArrayList<>(edits);
        more.add(w -> w.set(table, indicator, value));
        return new Scenario(department, more);
    }

    /** This scenario with a table's 全年执行数 (万元) changed; null makes it unknown. */
    public Scenario withSpent(String table, BigDecimal spent) {
        Lookup.table(department.targets(), table, Location.of("what-if"));
        List<Edit> more = new ArrayList<>(edits);
        more.add(w -> w.spent(table, spent));
        return new Scenario(department, more);
    }

    /** Scores the department with the changes. */
    public Result score() {
        try (WhatIf w = open()) {
            return w.score();
        }
    }

    /** Scores the department as the files give it, without the changes. */
    public Result baseline() {
        return new Scenario(department, List.of()).score();
    }

    /** The fewest further changes that reach {@code goal} ("90", "优"), cheapest first. */
    public GoalPlan seek(String goal) {
        try (WhatIf w = open()) {
            return w.seek(Goal.parse(goal, department.profile(), null, Trials.AT));
        }
    }

    /** The department's targets as loaded (tables, indicators and their keys). */
    public io.jixiao.model.DepartmentTargets targets() {
        return department.targets();
    }

    /** A stateful what-if session with this scenario's changes applied; close it when done. */
    public WhatIf open() {
        WhatIf w = new WhatIf(department);
        try {
            edits.forEach(e -> e.apply(w));
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** One recorded change, replayed on a session. */
    private interface Edit {
        void apply(WhatIf w);
    }
}
