package io.jixiao.scoring;

import static io.jixiao.scoring.TestDepartment.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.IndicatorTable;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileLoader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Point allocation (docs/scoring.md#weights, docs/scoring.md#points): category weights per profile, SATISFACTION absent
 * → its weight to OUTCOME, other absent groups (and BUDGET when budget/spent are unknown) dropped and the rest rescaled
 * to 100; given 分值 count as written and the other indicators share the rest; KPI-0301 / KPI-0302.
 *
 * <p>A table is written as a string of rows: {@code O} an OUTPUT indicator, {@code C} an OUTCOME one,
 * {@code S} a SATISFACTION one, each optionally with given points: {@code "O=30 O O C C C S"}.
 */
class PointAllocatorTest {

    /** The table's rows are named O1, O2, C1, … in order of kind. */
    static IndicatorTable table(String rows) {
        TestDepartment d = TestDepartment.create().project("P");
        Map<Character, Integer> count = new LinkedHashMap<>();
        for (String row : rows.trim().split("\\s+")) {
            char kind = row.charAt(0);
            String name = kind + "" + count.merge(kind, 1, Integer::sum);
            switch (kind) {
                case 'O' -> d.output("数量指标", name, "≥1个");
                case 'C' -> d.outcome("社会效益指标", name, "有效改善");
                case 'S' -> d.satisfaction(name, "≥90%");
                default -> throw new IllegalArgumentException(row);
            }
            if (row.contains("=")) {
                d.points(row.substring(row.indexOf('=') + 1));
            }
            d.actual("不适用");
        }
        return d.targets().projects().get(0);
    }

    static Allocation allocate(String profile, String rows, boolean budgetKnown) {
        return PointAllocator.allocate(table(rows), ProfileLoader.load(profile, null), budgetKnown);
    }

    @ParameterizedTest(name = "[{0}] {1} budget known={2} → {3} | budget {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # profile | rows              | budget | groups (name=points)                              | budget pts | indicator points (in row order)
            # ---- national: OUTPUT 50, OUTCOME 30, SATISFACTION 10, BUDGET 10 ----
            # all present: 50/2 = 25; 30/3 = 10; 10/1 = 10
            national  | O O C C C S       | true   | OUTPUT=50 OUTCOME=30 SATISFACTION=10              | 10         | 25 25 10 10 10 10
            # SATISFACTION absent: its 10 moves to OUTCOME → 40/3 = 13.3333 in 2-place shares: 13.33 × 3 = 39.99, the
            # missing cent to the first key (C1) → 13.34 + 13.33 + 13.33 = 40
            national  | O O C C C         | true   | OUTPUT=50 OUTCOME=40                              | 10         | 25 25 13.34 13.33 13.33
            # budget unknown: 90 left, ×100/90 → 55.5556, 33.3333, 11.1111 → cut 55.55 + 33.33 + 11.11 = 99.99, the
            # missing cent to the largest remainder (OUTPUT .0056) → 55.56; 55.56/2 = 27.78; 33.33/3 = 11.11
            national  | O O C C C S       | false  | OUTPUT=55.56 OUTCOME=33.33 SATISFACTION=11.11    | 0          | 27.78 27.78 11.11 11.11 11.11 11.11
            # budget unknown and no SATISFACTION: 50 + 40 = 90 → 55.5556, 44.4444 → 55.56 + 44.44 = 100
            national  | O C                | false  | OUTPUT=55.56 OUTCOME=44.44                        | 0          | 55.56 44.44
            # only OUTPUT: OUTCOME absent, so SATISFACTION has nowhere to go; 50 + 10 = 60 → ×100/60 = 83.3333 and
            # 16.6667 → cut 83.33 + 16.66, the cent to BUDGET (.0067 > .0033); 83.33/2 = 41.665 → 41.67 + 41.66
            national  | O O               | true   | OUTPUT=83.33                                      | 16.67      | 41.67 41.66
            # only OUTPUT, budget unknown: OUTPUT takes all 100
            national  | O                 | false  | OUTPUT=100                                        | 0          | 100
            # OUTPUT and SATISFACTION, no OUTCOME: 50 + 10 + 10 = 70 → ×100/70 = 71.4286, 14.2857, 14.2857 → cut
            # 71.42 + 14.28 + 14.28 = 99.98; two cents: OUTPUT (.0086), then SATISFACTION before BUDGET (equal .0057)
            national  | O S               | true   | OUTPUT=71.43 SATISFACTION=14.29                   | 14.28      | 71.43 14.29
            # OUTCOME and SATISFACTION, no OUTPUT: 30 + 10 + 10 = 50 → ×2
            national  | C S               | true   | OUTCOME=60 SATISFACTION=20                        | 20         | 60 20
            # ---- given points ----
            # O1 given 30: O2 and O3 share 50 − 30 = 20 → 10 each
            national  | O=30 O O C S       | true   | OUTPUT=50 OUTCOME=30 SATISFACTION=10             | 10         | 30 10 10 30 10
            # all given and adding up to the weight: as written
            national  | O=20 O=30 C=12.5 C=17.5 S=10 | true | OUTPUT=50 OUTCOME=30 SATISFACTION=10    | 10         | 20 30 12.5 17.5 10
            # given 0 counts as given: O2 takes all 50
            national  | O=0 O C           | true   | OUTPUT=50 OUTCOME=40                              | 10         | 0 50 40
            # ---- hubei: OUTPUT 40, OUTCOME+SATISFACTION 40, BUDGET 20 ----
            hubei     | O O C C C S       | true   | OUTPUT=40 OUTCOME+SATISFACTION=40                 | 20         | 20 20 10 10 10 10
            # no SATISFACTION: the group is still present through OUTCOME; 40/3 → 13.34 13.33 13.33
            hubei     | O O C C C         | true   | OUTPUT=40 OUTCOME+SATISFACTION=40                 | 20         | 20 20 13.34 13.33 13.33
            # budget unknown: 80 left → ×100/80 = 50, 50
            hubei     | O C               | false  | OUTPUT=50 OUTCOME+SATISFACTION=50                 | 0          | 50 50
            # ---- sichuan: INDICATORS 90, BUDGET 10 ----
            sichuan   | O O C C C S       | true   | INDICATORS=90                                     | 10         | 15 15 15 15 15 15
            # given 30: the other 5 share 60 → 12
            sichuan   | O=30 O C C C S    | true   | INDICATORS=90                                     | 10         | 30 12 12 12 12 12
            # budget unknown: 90 → 100, 6 share → 16.6667: cut 16.66 × 6 = 99.96, four cents to the first four keys
            # (C1 C2 C3 O1)
            sichuan   | O O C C C S       | false  | INDICATORS=100                                    | 0          | 16.67 16.66 16.67 16.67 16.67 16.66
            """)
    void sharesTheHundredPoints(String profile, String rows, boolean budgetKnown, String groups, String budget,
                                String points) {
        Allocation a = allocate(profile, rows, budgetKnown);
        assertThat(a.errors()).isEmpty();
        String[] expected = groups.trim().split("\\s+");
        assertThat(a.groups()).extracting(g -> g.group().name())
                .containsExactly(Arrays.stream(expected).map(e -> e.substring(0, e.indexOf('='))).toArray(String[]::new));
        for (int i = 0; i < expected.length; i++) {
            assertNumber(a.groups().get(i).weight(), expected[i].substring(expected[i].indexOf('=') + 1));
        }
        assertNumber(a.budgetWeight(), budget);
        String[] each = points.trim().split("\\s+");
        assertThat(a.points().values()).hasSize(each.length);
        int i = 0;
        for (BigDecimal p : a.points().values()) {
            assertNumber(p, each[i++]);
        }
        BigDecimal total = a.groups().stream().map(Allocation.GroupShare::weight).reduce(a.budgetWeight(), BigDecimal::add);
        assertNumber(total, "100");
        // every share is a 2-place amount (docs/scoring.md#arithmetic)
        a.points().values().forEach(p -> assertThat(p.stripTrailingZeros().scale()).as("%s", p).isLessThanOrEqualTo(2));
    }

    @ParameterizedTest(name = "[{0}] {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # profile | rows                 | code     | sum | weight
            # 30 + 30 = 60 > OUTPUT's 50
            national  | O=30 O=30 C          | KPI-0301 | 60  | 50
            # 30 + 30 = 60 > 50 even with a free indicator (it would get max(0, −10) = 0)
            national  | O=30 O=30 O C        | KPI-0301 | 60  | 50
            # every OUTPUT indicator given, 20 + 20 = 40 ≠ 50
            national  | O=20 O=20 C          | KPI-0302 | 40  | 50
            # OUTCOME without SATISFACTION is 40: given 30 no longer adds up
            national  | O C=10 C=20          | KPI-0302 | 30  | 40
            # hubei OUTCOME+SATISFACTION 40: 25 + 20 = 45 > 40
            hubei     | O C=25 S=20          | KPI-0301 | 45  | 40
            # sichuan INDICATORS 90, one indicator without 分值: 50 + 50 = 100 > 90 (when every indicator has a 分值,
            # they are the weights instead: GivenPointsTest)
            sichuan   | O=50 C=50 S          | KPI-0301 | 100 | 90
            """)
    void pointsThatDoNotFitAreErrors(String profile, String rows, String code, String sum, String weight) {
        Allocation a = allocate(profile, rows, true);
        assertThat(a.errors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.message()).contains(sum, weight, "'P'");
            assertThat(f.hint()).startsWith("Maybe");
            assertThat(f.location().line()).isPositive();
        });
    }

    @Test
    void theScorerRefusesPointsThatDoNotFit() {
        // budget known, OUTPUT and OUTCOME present: OUTPUT is 50, and 30 + 30 = 60 exceeds it
        TestDepartment t = TestDepartment.create().project("P").budget("10").spent("10")
                .output("数量指标", "A", "≥1个").points("30").actual("1个")
                .output("数量指标", "B", "≥1个").points("30").actual("1个")
                .outcome("社会效益指标", "C", "≥1个").actual("1个");
        assertThatThrownBy(t::score).isInstanceOfSatisfying(KpiException.class,
                e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("KPI-0301"));
    }

    @Test
    void givenPointsAreCheckedAgainstTheProfileWeightThenRescaled() {
        // budget unknown: OUTPUT 50 and OUTCOME 40 (30 + the absent 满意度's 10) rescale by 100/90;
        // 分值 20 + 30 = the national 50, so they are accepted and rescaled with their group:
        // A = 20 × 100/90 = 22.2222, B = 30 × 100/90 = 33.3333 share OUTPUT's 55.56 (50 × 100/90 = 55.5556 as a
        // 2-place share): cut 22.22 + 33.33 = 55.55, the cent to B (.0033 > .0022); C = 44.44; all met → 100
        DepartmentScore d = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥1个").points("20").actual("1个")
                .output("数量指标", "B", "≥1个").points("30").actual("1个")
                .outcome("社会效益指标", "C", "≥1个").actual("1个")
                .score();
        assertNumber(TestDepartment.indicator(d, "A").points(), "22.22");
        assertNumber(TestDepartment.indicator(d, "B").points(), "33.34");
        assertNumber(TestDepartment.indicator(d, "C").points(), "44.44");
        assertNumber(d.score(), "100");
    }

    @Test
    void givenPointsThatMissTheProfileWeightAreAnError() {
        // 20 + 25 = 45 for OUTPUT, every OUTPUT indicator given: not its 50 → KPI-0302 (before any rescaling)
        TestDepartment t = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥1个").points("20").actual("1个")
                .output("数量指标", "B", "≥1个").points("25").actual("1个")
                .outcome("社会效益指标", "C", "≥1个").actual("1个");
        assertThatThrownBy(t::score).isInstanceOfSatisfying(KpiException.class, e -> {
            assertThat(e.first().code()).isEqualTo("KPI-0302");
            assertThat(e.first().message()).contains("add up to 45, not 50");
        });
    }

    @Test
    void givenPointsRescaleWithTheirGroup() {
        // A given 30 of OUTPUT 50; only OUTPUT present and no budget → OUTPUT rescales 50 → 100 (×2):
        // A = 30 × 2 = 60, B takes the rest 100 − 60 = 40; A at 8/10 → 60 × 0.8 = 48; B met → 40; total 88
        DepartmentScore d = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥10个").points("30").actual("8个")
                .output("数量指标", "B", "≥10个").actual("10个")
                .score();
        assertNumber(TestDepartment.indicator(d, "A").points(), "60");
        assertNumber(TestDepartment.indicator(d, "A").score(), "48");
        assertNumber(TestDepartment.indicator(d, "B").points(), "40");
        assertNumber(d.score(), "88");
    }
}
