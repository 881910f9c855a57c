package io.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of scoring (docs/scoring.md#table-score) through the real rules: every try builds a small department in
 * memory and runs one Drools session (the KieBase is compiled once per JVM), so tries are kept modest.
 */
class ScoringProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Shares of 100 are 2-place amounts that add up exactly (docs/scoring.md#arithmetic): a perfect table is 100. */
    private static final BigDecimal MAX = HUNDRED;

    /** One indicator row: category O/C/S, level-2, target, 评（扣）分标准 (or null) and actual. */
    record Row(char category, String level2, String target, String deduction, String actual) {
    }

    /** A project: its rows, and budget/spent (both null: BUDGET is dropped). */
    record Project(List<Row> rows, String budget, String spent) {

        /** Rows named 指标0, 指标1, … by their position here, so that the names survive a shuffle. */
        List<Map.Entry<String, Row>> named() {
            List<Map.Entry<String, Row>> named = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                named.add(Map.entry("指标" + i, rows.get(i)));
            }
            return named;
        }
    }

    // ---- properties -----------------------------------------------------------------------------

    @Property(tries = 200)
    void indicatorScoreLiesWithinItsPoints(@ForAll("projects") List<Project> projects) {
        DepartmentScore d = build(projects).score();
        for (TableScore t : d.tables()) {
            for (IndicatorScore i : t.indicators()) {
                assertThat(i.score()).as("%s %s ← %s", i.key(), i.target(), i.actual())
                        .isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThanOrEqualTo(i.points());
            }
        }
    }

    @Property(tries = 200)
    void tableScoreLiesWithinZeroAndHundred(@ForAll("projects") List<Project> projects) {
        DepartmentScore d = build(projects).score();
        for (TableScore t : d.tables()) {
            assertThat(t.score()).as(t.explanation()).isGreaterThanOrEqualTo(BigDecimal.ZERO)
                    .isLessThanOrEqualTo(MAX);
        }
        assertThat(d.score()).isBetween(BigDecimal.ZERO, MAX);
    }

    /** An actual that meets its target scores all the indicator's points, whatever the deduction rule. */
    @Property(tries = 200)
    void metMeansFullPoints(@ForAll("comparators") String cmp, @ForAll @IntRange(min = 1, max = 1000) int target,
                            @ForAll @IntRange(min = 0, max = 1000) int beyond, @ForAll("deductions") String deduction) {
        int actual = switch (cmp) {
            case "≥", ">" -> target + beyond;
            case "≤", "<" -> Math.max(0, target - beyond);
            default -> target;
        };
        DepartmentScore d = TestDepartment.single("数量指标", cmp + target + "个", deduction, actual + "个").score();
        IndicatorScore i = TestDepartment.only(d);
        assertThat(i.status()).isEqualTo(Status.MET);
        assertThat(i.score()).isEqualByComparingTo(i.points());
        assertThat(i.score()).isEqualByComparingTo(HUNDRED);
    }

    /** ≥: scores never fall as the actual rises (with or without a step deduction or pass/fail). */
    @Property(tries = 200)
    void atLeastIsNonDecreasingInTheActual(@ForAll @IntRange(min = 1, max = 1000) int target,
                                           @ForAll @IntRange(min = 0, max = 2000) int a,
                                           @ForAll @IntRange(min = 0, max = 2000) int b,
                                           @ForAll("deductions") String deduction, @ForAll boolean percent) {
        String unit = percent ? "%" : "条";
        int t = percent ? Math.min(target, 100) : target;
        List<BigDecimal> s = scoresOf("≥" + t + unit, deduction, Math.min(a, b) + unit, Math.max(a, b) + unit);
        assertThat(s.get(0)).isLessThanOrEqualTo(s.get(1));
    }

    /** ≤: scores never rise as the actual rises (relative % steps included). */
    @Property(tries = 200)
    void atMostIsNonIncreasingInTheActual(@ForAll @IntRange(min = 1, max = 1000) int target,
                                          @ForAll @IntRange(min = 0, max = 3000) int a,
                                          @ForAll @IntRange(min = 0, max = 3000) int b,
                                          @ForAll("deductions") String deduction) {
        List<BigDecimal> s = scoresOf("≤" + target + "分钟", deduction, Math.min(a, b) + "分钟", Math.max(a, b) + "分钟");
        assertThat(s.get(0)).isGreaterThanOrEqualTo(s.get(1));
    }

    /** Shuffling the order of indicators and of projects in the YAML changes no score. */
    @Property(tries = 200)
    void independentOfTheOrderOfIndicatorsAndProjects(@ForAll("projects") List<Project> projects, @ForAll long seed) {
        DepartmentScore before = build(projects).score();
        Random random = new Random(seed);
        List<List<Map.Entry<String, Row>>> rows = new ArrayList<>();
        for (Project project : projects) {
            List<Map.Entry<String, Row>> named = project.named();
            Collections.shuffle(named, random);
            rows.add(named);
        }
        // project names follow the original position so that a shuffled project keeps its name
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            order.add(p);
        }
        Collections.shuffle(order, random);
        DepartmentScore after = build(projects, rows, order).score();

        assertThat(after.score()).isEqualByComparingTo(before.score());
        assertThat(after.grade()).isEqualTo(before.grade());
        Map<String, BigDecimal> a = lines(before);
        Map<String, BigDecimal> b = lines(after);
        assertThat(b.keySet()).containsExactlyInAnyOrderElementsOf(a.keySet());
        a.forEach((k, v) -> assertThat(b.get(k)).as(k).isEqualByComparingTo(v));
    }

    /**
     * 不适用 never raises the maximum above 100: with every other indicator met and the budget fully spent the
     * table scores exactly 100, whatever is N/A.
     */
    @Property(tries = 200)
    void notApplicableNeverRaisesTheMaximumAboveHundred(@ForAll("metRows") List<Row> rows,
                                                        @ForAll("naMask") List<Boolean> na, @ForAll boolean budget) {
        List<Row> marked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean drop = na.get(i % na.size()) && i > 0; // row 0 always scores
            marked.add(drop ? new Row(r.category(), r.level2(), r.target(), r.deduction(), "不适用") : r);
        }
        DepartmentScore d = build(List.of(new Project(marked, budget ? "10" : null, budget ? "10" : null))).score();
        TableScore t = d.projects().get(0);
        assertThat(t.score()).isLessThanOrEqualTo(MAX);
        assertThat(t.score()).as(t.explanation()).isEqualByComparingTo(HUNDRED);
        assertThat(t.rawScore()).isLessThanOrEqualTo(HUNDRED.subtract(t.naPoints()));
    }

    // ---- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<String> comparators() {
        return Arbitraries.of("≥", ">", "≤", "<", "=");
    }

    /** No rule, a step deduction (in the target's unit or in %), a floor, or pass/fail. */
    @Provide
    Arbitrary<String> deductions() {
        Arbitrary<String> step = Combinators.combine(Arbitraries.integers().between(1, 50),
                Arbitraries.of("个", "%", ""), Arbitraries.integers().between(1, 60))
                .as((per, unit, cut) -> "每减少" + per + unit + "，扣该项分值的" + cut + "%");
        Arbitrary<String> floor = Combinators.combine(Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(1, 20), Arbitraries.integers().between(10, 90))
                .as((per, cut, zero) -> "每下降" + per + "%，扣权重分值的" + cut + "%，低于" + zero + "%不得分");
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(null)),
                Tuple.of(4, step),
                Tuple.of(1, floor),
                Tuple.of(1, Arbitraries.just("达标得满分，不达标不得分")));
    }

    @Provide
    Arbitrary<List<Project>> projects() {
        Arbitrary<Project> project = Combinators.combine(rows().list().ofMinSize(1).ofMaxSize(7),
                Arbitraries.integers().between(1, 100), Arbitraries.integers().between(0, 120), Arbitraries.of(true, false))
                .as((rows, budget, spent, known) -> new Project(rows, known ? budget + "" : null,
                        known ? spent + "" : null));
        return project.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Any indicator: measured (≥ ≤ = none, counts/minutes/percent/cost), range or qualitative; any actual. */
    Arbitrary<Row> rows() {
        Arbitrary<Character> category = Arbitraries.of('O', 'O', 'C', 'S');
        Arbitrary<Row> measured = Combinators.combine(category, Arbitraries.of("≥", "≤", "=", "", "<", ">"),
                Arbitraries.of("个", "分钟", "%", "万元"), Arbitraries.integers().between(1, 500),
                Arbitraries.integers().between(0, 1000), deductions(), Arbitraries.integers().between(0, 9))
                .as((c, cmp, unit, target, actual, deduction, roll) -> {
                    String level2 = unit.equals("万元") ? "成本指标" : "数量指标";
                    String a = roll == 0 ? "不适用" : roll == 1 ? "完成" : actual + unit;
                    // a step in the target's own unit (percentage points on a % target): a step in 个 on a
                    // % target is refused when the targets load (KPI-0129)
                    String ded = deduction == null || !deduction.contains("个") ? deduction : deduction.replace("个", unit);
                    return new Row(c, level2, cmp + target + unit, ded, a);
                });
        Arbitrary<Row> ranged = Combinators.combine(category, Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 120))
                .as((c, low, width, actual) -> new Row(c, "质量指标", low + "%-" + (low + width) + "%", null, actual + "%"));
        Arbitrary<Row> graded = Combinators.combine(category, Arbitraries.of("达成", "部分达成", "部分达成 65%", "未达成",
                        "未达成 10%", "优", "良", "中", "差", "不适用", "完成", "有效改善"))
                .as((c, actual) -> new Row(c, "社会效益指标", "有效改善", null, actual));
        return Arbitraries.frequencyOf(Tuple.of(6, measured), Tuple.of(1, ranged),
                Tuple.of(2, graded));
    }

    /** Indicators whose actual meets the target. */
    @Provide
    Arbitrary<List<Row>> metRows() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.of('O', 'O', 'C', 'C', 'S'), Arbitraries.of("≥", "≤", "="),
                Arbitraries.integers().between(1, 500), deductions())
                .as((c, cmp, target, deduction) -> new Row(c, "数量指标", cmp + target + "个", deduction, target + "个"));
        Arbitrary<Row> graded = Arbitraries.of('O', 'C', 'S')
                .map(c -> new Row(c, "社会效益指标", "有效改善", null, "达成"));
        return Arbitraries.frequencyOf(Tuple.of(4, row), Tuple.of(1, graded))
                .list().ofMinSize(1).ofMaxSize(9);
    }

    @Provide
    Arbitrary<List<Boolean>> naMask() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(9);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    static TestDepartment build(List<Project> projects) {
        List<Integer> order = new ArrayList<>();
        List<List<Map.Entry<String, Row>>> rows = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            order.add(p);
            rows.add(projects.get(p).named());
        }
        return build(projects, rows, order);
    }

    /**
     * Projects named 项目{index} (by their index in {@code projects}), written in {@code order}, each with its
     * named rows in the order given.
     */
    static TestDepartment build(List<Project> projects, List<List<Map.Entry<String, Row>>> rows, List<Integer> order) {
        TestDepartment d = TestDepartment.create();
        for (int p : order) {
            Project project = projects.get(p);
            d.project("项目" + p);
            if (project.budget() != null) {
                d.budget(project.budget()).spent(project.spent());
            }
            for (Map.Entry<String, Row> e : rows.get(p)) {
                String name = e.getKey();
                Row r = e.getValue();
                switch (r.category()) {
                    case 'O' -> d.output(r.level2(), name, r.target());
                    case 'C' -> d.outcome(r.level2(), name, r.target());
                    default -> d.row("满意度指标", "满意度", name, r.target());
                }
                if (r.deduction() != null) {
                    d.deduction(r.deduction());
                }
                d.actual(r.actual());
            }
        }
        return d;
    }

    /** Two projects with the same one indicator: the scores for {@code low} and {@code high}. */
    private static List<BigDecimal> scoresOf(String target, String deduction, String low, String high) {
        TestDepartment d = TestDepartment.create();
        for (String actual : List.of(low, high)) {
            d.project(actual == low ? "低" : "高").output("数量指标", "指标", target);
            if (deduction != null) {
                d.deduction(deduction.replace("个", target.endsWith("%") ? "%" : target.replaceAll("^[^\\d]*\\d+", "")));
            }
            d.actual(actual);
        }
        DepartmentScore s = d.score();
        return List.of(s.projects().get(0).indicators().get(0).score(), s.projects().get(1).indicators().get(0).score());
    }

    /** Every score of a department by table name and indicator key, and each table's total. */
    private static Map<String, BigDecimal> lines(DepartmentScore d) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (TableScore t : d.tables()) {
            m.put(t.name(), t.score());
            t.indicators().forEach(i -> m.put(t.name() + "/" + i.key(), i.score()));
        }
        return m;
    }
}
