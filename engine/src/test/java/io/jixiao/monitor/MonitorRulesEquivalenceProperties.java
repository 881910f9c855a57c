package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Likelihood;
import io.jixiao.problem.Location;
import io.jixiao.profile.MonitoringSettings;
import io.jixiao.rules.Derive;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import io.jixiao.rules.RuleSource;
import io.jixiao.rules.RuleSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The rules of {@code rules/monitoring/} derive each fact once, with a plain {@code insert}, in an order that makes it
 * final when inserted (docs/monitoring.md#order). Before, every derived fact was an {@code insertLogical} that truth
 * maintenance took back when its reason went (a project light inserted green, then retracted when a red light came).
 * This holds the two equal on random monitored departments: the rules as they were (kept, for this property only, in
 * {@code src/test/resources/io/jixiao/monitor/before/}) and the packaged rules, given the same facts, derive the same
 * paces, rates, gaps, floors, lights with their rules and explanations, likelihoods, project lights and findings — as
 * multisets, so that a fact derived twice, or once too few, fails — in a batch session (plain inserts, a fact no rule
 * matches handed out without entering the session) and in a truth-maintained one (a book with user rules).
 */
class MonitorRulesEquivalenceProperties {

    private static final List<String> BEFORE = List.of("budget-light.drl", "indicator-light.drl", "likelihood.drl",
            "pace.drl", "project-light.drl");
    private static final String MONITORING = "rules/monitoring/";
    private static final List<Class<?>> DERIVED = List.of(Pace.class, Execution.class, BudgetGap.class,
            FloorInForce.class, ProgressGap.class, Signal.class, Assessed.class, ProjectLight.class,
            MonitorFinding.class);
    private static RuleBook before;

    @BeforeContainer
    static void compileTheRulesAsTheyWere() {
        List<RuleSource> sources = new ArrayList<>();
        RuleSources.packaged().stream().filter(s -> !s.path().replace('\\', '/').contains(MONITORING))
                .forEach(sources::add);
        assertThat(sources).hasSize(RuleSources.packaged().size() - BEFORE.size());
        for (String file : BEFORE) {
            sources.add(new RuleSource("before/" + file, resource("before/" + file)));
        }
        before = RuleBook.build(sources);
    }

    @Property(tries = 400)
    void plainInsertsInOrderDeriveWhatTruthMaintenanceDid(@ForAll("departments") List<Object> facts) {
        Map<Object, Integer> was = derived(before, facts, Derive.Mode.MAINTAINED);
        // now, 完成目标可能性 as written is no fact of the session: Monitor reads it from the indicator (asWritten);
        // before, rule likelihood-given derived it
        Map<Object, Integer> written = new HashMap<>();
        facts.stream().filter(f -> f instanceof MonitoredIndicator).forEach(f -> Monitor.asWritten(
                (MonitoredIndicator) f).ifPresent(a -> written.merge(comparable(a), 1, Integer::sum)));
        Map<Object, Integer> now = derived(RuleBook.packaged(), facts, Derive.Mode.BATCH);
        written.forEach((a, n) -> now.merge(a, n, Integer::sum));
        assertThat(now).isEqualTo(was);
        // with user rules (--rules) the same rules add what they derive logically: the same facts
        Map<Object, Integer> maintained = derived(RuleBook.packaged(), facts, Derive.Mode.MAINTAINED);
        written.forEach((a, n) -> maintained.merge(a, n, Integer::sum));
        assertThat(maintained).isEqualTo(was);
        // and what Monitor needs of it: one light per indicator, one project light per table
        long indicators = facts.stream().filter(f -> f instanceof MonitoredIndicator).count();
        long tables = facts.stream().filter(f -> f instanceof MonitoredTable).count();
        assertThat(count(now, Signal.class, s -> !s.budget())).isEqualTo(indicators);
        assertThat(count(now, ProjectLight.class, l -> true)).isEqualTo(tables);
    }

    // ---- what the session derived, comparable across the two rule books ----------------------------------------

    /** The derived facts as a multiset; a light and a likelihood without the indicator they point to. */
    private static Map<Object, Integer> derived(RuleBook book, List<Object> facts, Derive.Mode mode) {
        Map<Object, Integer> out = new HashMap<>();
        RuleRun.run(book, facts, o -> {
            if (DERIVED.stream().anyMatch(type -> type.isInstance(o))) {
                out.merge(comparable(o), 1, Integer::sum);
            }
        }, mode);
        return out;
    }

    /** A light and a likelihood without the indicator they point to; any other fact as it is. */
    private static Object comparable(Object o) {
        if (o instanceof Signal s) {
            return new Signal(s.tableId(), s.key(), s.light(), s.rule(), s.why());
        } else if (o instanceof Assessed a) {
            return new Assessed(a.tableId(), a.key(), a.likelihood(), a.derived());
        }
        return o;
    }

    private static <T> long count(Map<Object, Integer> facts, Class<T> type, java.util.function.Predicate<T> which) {
        return facts.entrySet().stream().filter(e -> type.isInstance(e.getKey()) && which.test(type.cast(e.getKey())))
                .mapToLong(Map.Entry::getValue).sum();
    }

    // ---- random monitored departments --------------------------------------------------------------------------

    /** The profile's thresholds, a few tables with their indicators and, where the profile checks it, goal progress. */
    @Provide
    Arbitrary<List<Object>> departments() {
        return Combinators.combine(settings(), tables().list().ofMinSize(1).ofMaxSize(4)).as((s, ts) -> {
            List<Object> facts = new ArrayList<>();
            facts.add(s);
            for (int t = 0; t < ts.size(); t++) {
                Table table = ts.get(t);
                String id = t == 0 ? "overall" : "project:项目" + t;
                MonitoredTable mt = new MonitoredTable(id, t == 0 ? "部门整体" : "项目" + t, table.month, table.budget,
                        table.adjusted, table.spent, table.plan, at("targets.yaml", t), at("progress.yaml", t),
                        at("progress.yaml", 100 + t));
                facts.add(mt);
                for (int i = 0; i < table.indicators.size(); i++) {
                    facts.add(table.indicators.get(i).fact(id, mt.table(), "指标" + i, s, t * 100 + i));
                }
                if (s.checksGoalProgress() && table.goal != null) {
                    facts.add(new GoalProgress(id, table.goal, Words.NONE));
                }
            }
            return facts;
        });
    }

    /** national's thresholds, sichuan's floors and goal check, or random ordered ones. */
    private static Arbitrary<MonitoringSettings> settings() {
        Arbitrary<MonitoringSettings> random = Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 100),
                Arbitraries.maps(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 100))
                        .ofMaxSize(4),
                Arbitraries.integers().between(0, 30).injectNull(0.4)).as((y, more, red, floors, goal) -> {
                    Map<Integer, BigDecimal> f = new TreeMap<>();
                    floors.forEach((m, p) -> f.put(m, BigDecimal.valueOf(p)));
                    return new MonitoringSettings(BigDecimal.valueOf(y), BigDecimal.valueOf(y + more),
                            BigDecimal.valueOf(red), f, goal == null ? null : BigDecimal.valueOf(goal));
                });
        MonitoringSettings national = new MonitoringSettings(BigDecimal.TEN, BigDecimal.valueOf(20),
                BigDecimal.valueOf(80), Map.of(), null);
        MonitoringSettings sichuan = new MonitoringSettings(BigDecimal.TEN, BigDecimal.valueOf(20),
                BigDecimal.valueOf(80), Map.of(4, BigDecimal.valueOf(25), 6, BigDecimal.valueOf(40), 8,
                BigDecimal.valueOf(60), 10, BigDecimal.valueOf(80)), BigDecimal.TEN);
        return Arbitraries.oneOf(Arbitraries.just(national), Arbitraries.just(sichuan), random);
    }

    private record Table(int month, BigDecimal budget, boolean adjusted, BigDecimal spent, List<PlanStep> plan,
                         List<Line> indicators, BigDecimal goal) {
    }

    private static Arbitrary<Table> tables() {
        Arbitrary<BigDecimal> budget = Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO),
                amounts(1, 500)).injectNull(0.15);
        return Combinators.combine(Arbitraries.integers().between(1, 12), budget, Arbitraries.of(true, false),
                amounts(0, 600), plans(), lines().list().ofMinSize(0).ofMaxSize(12),
                percents().injectNull(0.3)).as(Table::new);
    }

    /** A 资金支出计划: usable steps at distinct months (as Monitor.plan keeps them), and some it could not read. */
    private static Arbitrary<List<PlanStep>> plans() {
        Arbitrary<PlanStep> unread = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.of("年中", "过半", "二季度")).as((m, text) -> new PlanStep(m,
                null, "步骤" + m, text, Words.NONE));
        return Combinators.combine(Arbitraries.maps(Arbitraries.integers().between(1, 12), percents()).ofMaxSize(5),
                unread.list().ofMaxSize(2)).as((usable, bad) -> {
                    List<PlanStep> steps = new ArrayList<>();
                    new TreeMap<>(usable).forEach((m, p) -> steps.add(new PlanStep(m, p, m + "月底", p + "%",
                            Paces.explainPlanPercent(m + "月底", p + "%"))));
                    Map<String, PlanStep> distinct = new LinkedHashMap<>(); // a plan's periods are its keys
                    bad.forEach(b -> distinct.put(b.step(), b));
                    steps.addAll(distinct.values());
                    return steps;
                });
    }

    /** An indicator's progress: which value was scored and the f it got, and what the department wrote. */
    private record Line(Basis basis, boolean notApplicable, BigDecimal fraction, Likelihood likelihood, boolean reason,
                        boolean measures) {

        MonitoredIndicator fact(String tableId, String table, String key, MonitoringSettings s, int row) {
            boolean na = basis != Basis.NONE && notApplicable;
            BigDecimal f = basis == Basis.NONE || na ? null : fraction;
            Location at = at("progress.yaml", 1000 + row);
            return new MonitoredIndicator(tableId, table, key, key, basis, na, f, f == null ? null : f.movePointRight(2),
                    basis == Basis.NONE ? null : "85%", basis == Basis.NONE ? "" : "at-least", null, likelihood,
                    at("progress.yaml", 2000 + row), reason, measures, at("progress.yaml", 3000 + row), at, s);
        }
    }

    private static Arbitrary<Line> lines() {
        // f at and around the thresholds (1, national's 0.8), and anywhere in [0, 1]
        Arbitrary<BigDecimal> f = Arbitraries.oneOf(Arbitraries.of(new BigDecimal("1"), new BigDecimal("1.0000"),
                new BigDecimal("0.9999"), new BigDecimal("0.8"), new BigDecimal("0.8000"), new BigDecimal("0.7999"),
                BigDecimal.ZERO), Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4));
        return Combinators.combine(Arbitraries.of(Basis.class), Arbitraries.integers().between(0, 9).map(n -> n == 0), f, Arbitraries.of(Likelihood.class).injectNull(0.4),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Line::new);
    }

    private static Arbitrary<BigDecimal> amounts(int from, int to) {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(from), BigDecimal.valueOf(to)).ofScale(2);
    }

    private static Arbitrary<BigDecimal> percents() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2);
    }

    private static Location at(String file, int line) {
        return new Location(file, line, 1);
    }

    private static String resource(String name) {
        try (InputStream in = MonitorRulesEquivalenceProperties.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
