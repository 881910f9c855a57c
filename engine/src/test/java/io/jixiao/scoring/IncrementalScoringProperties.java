package io.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Location;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A {@link ScoringSession} that has taken any sequence of changes scores exactly like a fresh
 * {@link Scorer} run on the same actuals: same numbers (BigDecimal scale included), lines, explanations
 * and findings. The changes cover every kind of actual (measured near and far from the target, grades with
 * and without a percent, 完成, 不适用, unscorable text, numbers against text targets) and 全年执行数
 * (including unknown, which re-shares the table's points).
 */
class IncrementalScoringProperties {

    private static final String[] DEPARTMENTS = {"guangyang/2023", "kaiping/2025", "luancheng/2020", "shifeng/2023"};
    private static final String[] FACTORS = {"0", "0.5", "0.9", "0.95", "0.999", "1", "1.05", "1.5", "3"};
    private static final String[] WORDS = {"达成", "部分达成", "部分达成 75%", "未达成", "未达成 10%", "优", "良", "中",
        "差", "不适用", "完成", "其他说明", "5条", "部分达成 95%"};
    private static final Location AT = Location.of("what-if");
    private static final Map<Integer, Department> LOADED = new HashMap<>();

    record Department(DepartmentTargets targets, DepartmentActuals actuals, ScoringProfile profile,
                      List<Slot> slots) {
    }

    /** One indicator a change can aim at. */
    record Slot(IndicatorTable table, Indicator indicator) {
    }

    /** pick chooses the indicator (or table, for spent), kind the sort of value, factor its size. */
    record Change(boolean spent, int pick, int kind, int factor) {
    }

    @Property(tries = 200)
    void incrementalRescoreEqualsFreshScore(@ForAll @IntRange(max = 3) int department,
                                            @ForAll("changes") List<Change> changes) {
        Department d = load(department);
        Scorer scorer = new Scorer(RuleBook.packaged(), d.profile());
        Actuals model = new Actuals(d.actuals());
        try (ScoringSession session = ScoringSession.open(RuleBook.packaged(), d.profile(), d.targets(), d.actuals(),
                false)) {
            assertThat(session.score()).isEqualTo(scorer.score(d.targets(), d.actuals(), false));
            for (Change c : changes) {
                apply(d, c, session, model);
                DepartmentScore fresh = scorer.score(d.targets(), model.build(), false);
                assertThat(session.score()).as("after %s", c).isEqualTo(fresh);
            }
            assertThat(session.actuals().tables()).containsExactlyInAnyOrderElementsOf(model.build().tables());
        }
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Change> change = Combinators.combine(Arbitraries.of(false, false, false, false, true),
                Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, FACTORS.length)).as(Change::new);
        return change.list().ofMinSize(1).ofMaxSize(8);
    }

    private static void apply(Department d, Change c, ScoringSession session, Actuals model) {
        apply(d, c, model);
        if (c.spent()) {
            String table = table(d, c).name();
            session.setSpent(table, model.spent.get(table), AT);
        } else {
            Slot s = slot(d, c);
            session.setActual(s.table().name(), s.indicator().key(),
                    model.actuals.get(s.table().name()).get(s.indicator().key()));
        }
    }

    /** Applies a change to the test's own copy of the actuals. */
    static void apply(Department d, Change c, Actuals model) {
        if (c.spent()) {
            IndicatorTable t = table(d, c);
            BigDecimal budget = t.kind() == TableKind.OVERALL ? d.targets().budget() : t.budget();
            BigDecimal spent = c.factor() == FACTORS.length ? null
                    : (budget == null ? BigDecimal.TEN : budget).multiply(new BigDecimal(FACTORS[c.factor()]));
            model.spent.put(t.name(), spent);
            return;
        }
        Slot s = slot(d, c);
        String text = value(s.indicator(), c);
        ActualEntry entry = new ActualEntry(s.indicator().key(), text, ValueParser.parse(text).value(), AT);
        model.actuals.get(s.table().name()).put(s.indicator().key(), entry);
    }

    private static IndicatorTable table(Department d, Change c) {
        List<IndicatorTable> tables = d.targets().tables();
        return tables.get(c.pick() % tables.size());
    }

    private static Slot slot(Department d, Change c) {
        return d.slots().get(c.pick() % d.slots().size());
    }

    /** A measured value in the target's unit around the target, or a word (grade, 完成, 不适用, text). */
    static String value(Indicator i, Change c) {
        boolean measured = i.target() instanceof Quantity || i.target() instanceof Range;
        if (!measured || c.kind() >= 20 || c.factor() == FACTORS.length) {
            boolean target = c.kind() % (WORDS.length + 1) == WORDS.length && !i.targetText().isBlank();
            String word = target ? i.targetText() : WORDS[c.kind() % WORDS.length];
            return measured && word.equals("5条") ? "达成" : word; // a count against a % target would not convert
        }
        BigDecimal base;
        String unit;
        if (i.target() instanceof Quantity q) {
            base = q.amount();
            unit = q.unit().symbol();
        } else {
            Range r = (Range) i.target();
            base = c.kind() % 2 == 0 ? r.low() : r.high();
            unit = r.unit().symbol();
        }
        BigDecimal amount = base.multiply(new BigDecimal(FACTORS[c.factor()]));
        if (c.kind() % 5 == 4) {
            amount = amount.add(BigDecimal.ONE);
        }
        return amount.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + unit;
    }

    static synchronized Department load(int n) {
        return LOADED.computeIfAbsent(n, k -> {
            Path dir = Path.of("..", "indicators", DEPARTMENTS[k]);
            DepartmentTargets t = TargetsLoader.load(dir.resolve("targets.yaml"), false).orThrow();
            DepartmentActuals a = ActualsLoader.load(dir.resolve("actuals-example.yaml")).orThrow();
            List<Slot> slots = new ArrayList<>();
            t.tables().forEach(table -> table.indicators().forEach(i -> slots.add(new Slot(table, i))));
            return new Department(t, a, ProfileLoader.load(t.profile(), dir.toAbsolutePath()), slots);
        });
    }

    /** The test's own copy of the actuals with the changes applied, independent of the session's. */
    static final class Actuals {
        final DepartmentActuals original;
        final Map<String, Map<String, ActualEntry>> actuals = new LinkedHashMap<>();
        final Map<String, BigDecimal> spent = new LinkedHashMap<>();

        Actuals(DepartmentActuals a) {
            original = a;
            for (TableActuals ta : a.tables()) {
                actuals.put(ta.name(), new LinkedHashMap<>(ta.actuals()));
                spent.put(ta.name(), ta.spent());
            }
        }

        DepartmentActuals build() {
            TableActuals overall = null;
            List<TableActuals> projects = new ArrayList<>();
            for (TableActuals ta : original.tables()) {
                TableActuals changed = new TableActuals(ta.kind(), ta.name(), spent.get(ta.name()),
                        actuals.get(ta.name()), ta.selfScores(), ta.reasons(), ta.location(), ta.spentAt(),
                        java.util.Map.of(), ta.adjustedBudget());
                if (ta.kind() == TableKind.OVERALL) {
                    overall = changed;
                } else {
                    projects.add(changed);
                }
            }
            return new DepartmentActuals(original.department(), original.departmentLocation(), original.year(),
                    original.yearLocation(), overall, projects, original.file(), original.evaluation());
        }
    }
}
