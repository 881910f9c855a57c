package io.jixiao.scoring;

import static io.jixiao.problem.InLanguage.zh;
import static io.jixiao.scoring.TestDepartment.assertNumber;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Given 分值 that depart from the profile's weights (docs/scoring.md#given-points). 10号: "如有特殊情况，一级指标权重
 * 可做适当调整" — when every indicator of a table has a 分值, those points are the weights (a warning names the sums and
 * the profile's weights, KPI-0319); the 预算执行率 分值 may be given too ({@code budgetPoints}); when indicators and
 * budget do not total 100 the table's score is rescaled score × 100 / total (KPI-0319.total). With only some 分值
 * given, the rules of docs/scoring.md#points stay (PointAllocatorTest).
 *
 * <p>The table: OUTPUT A ≥10个, OUTCOME C ≥10个, SATISFACTION S ≥90%; budget 20万元.
 */
class GivenPointsTest {

    private static TestDepartment table(String profile, String a, String c, String s, String budgetPoints,
                                        String spent, String actualA) {
        TestDepartment d = TestDepartment.create().project("P").budget("20");
        if (spent != null) {
            d.spent(spent);
        }
        if (budgetPoints != null) {
            d.budgetPoints(budgetPoints);
        }
        d.output("数量指标", "A", "≥10个").points(a).actual(actualA)
                .outcome("社会效益指标", "C", "≥10个").points(c).actual("10个")
                .satisfaction("S", "≥90%").points(s).actual("90%");
        return d;
    }

    @ParameterizedTest(name = "[{0}] {1}/{2}/{3} + budget {4}, spent {5}, A {6} → {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # profile | A  | C  | S  | budgetPoints | spent | A's actual | score     | KPI-0319 | KPI-0319.total | table explanation
            # a Sichuan table under national: 70/20/10 + 10 = 110. All met and spent 20 of 20: raw 110 → ×100/110 = 100
            national  | 70 | 20 | 10 |              | 20    | 10个       | 100       | true     | true           | 指标得分100.00 + 预算执行10.00 = 110.00；分值合计110.00 → 110.00×100/110.00 = 100.00
            # A at 5 of 10: 70 × 0.5 = 35; raw 35 + 20 + 10 + 10 = 75 → 75 × 100/110 = 68.1818… → 68.18 (rounded once)
            national  | 70 | 20 | 10 |              | 20    | 5个        | 68.18     | true     | true           | 指标得分65.00 + 预算执行10.00 = 75.00；分值合计110.00 → 75.00×100/110.00 = 68.18
            # … under sichuan (INDICATORS 90): 100 ≠ 90, and the same total 110
            sichuan   | 70 | 20 | 10 |              | 20    | 5个        | 68.18     | true     | true           | 75.00×100/110.00 = 68.18
            # 40/30/10 + budgetPoints 20 = 100: weights differ from national's 50/30/10, no rescaling;
            # spent 15 of 20 → 20 × 0.75 = 15; A at 5: 40 × 0.5 = 20; 20 + 30 + 10 + 15 = 75
            national  | 40 | 30 | 10 | 20           | 15    | 5个        | 75        | true     | false          | 指标得分60.00 + 预算执行15.00 = 75.00
            # national's own 50/30/10 + 10: no warning; A at 5 → 25; 25 + 30 + 10 + 10 = 75
            national  | 50 | 30 | 10 |              | 20    | 5个        | 75        | false    | false          | 指标得分65.00 + 预算执行10.00 = 75.00
            # hubei 40 / (效益+满意度) 40 + 20: as written, no warning (30 + 10 = 40 is the group's weight)
            hubei     | 40 | 30 | 10 |              | 20    | 5个        | 80        | false    | false          | 指标得分60.00 + 预算执行20.00 = 80.00
            # 50/30/10 + 10 but spent unknown: the budget line drops, the lines total 90 → 65 × 100/90 = 72.2222… → 72.22, no warning
            national  | 50 | 30 | 10 |              |       | 5个        | 72.22     | false    | false          | 指标得分65.00 = 65.00；分值合计90.00 → 65.00×100/90.00 = 72.22
            """)
    void givenPointsAreTheWeights(String profile, String a, String c, String s, String budgetPoints, String spent,
                                  String actualA, String score, boolean departs, boolean total, String explanation) {
        DepartmentScore d = table(profile, a, c, s, budgetPoints, spent, actualA).score(profile);
        TableScore t = d.projects().get(0);
        assertNumber(t.score(), score);
        assertThat(zh(() -> t.explanation())).contains(explanation);
        assertNumber(indicator(t, "A").points(), a);   // the 分值 count as written
        assertNumber(indicator(t, "C").points(), c);
        assertThat(d.hasErrors()).isFalse();
        List<Finding> f = findings(d);
        assertThat(f.stream().anyMatch(x -> x.code().equals("KPI-0319") && x.message().contains("make"))).isEqualTo(departs);
        assertThat(f.stream().anyMatch(x -> x.message().contains("not 100; the table's score is rescaled")))
                .isEqualTo(total);
        f.stream().filter(x -> x.code().equals("KPI-0319")).forEach(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.hint()).startsWith("Maybe");
            assertThat(x.location().line()).isPositive();
        });
    }

    @Test
    void theWarningNamesTheSumsAndTheProfilesWeights() {
        DepartmentScore d = table("national", "70", "20", "10", null, "20", "10个").score();
        assertThat(findings(d)).extracting(Finding::message).contains(
                "table 'P': every indicator has a 分值, and they make 产出指标 70, 效益指标 20, 满意度指标 10 where"
                        + " profile national weights 产出指标 50, 效益指标 30, 满意度指标 10; the 分值 count as written",
                "table 'P': the 分值 and 预算执行率 (10) add up to 110, not 100; the table's score is rescaled ×100/110");
        // the categories show the given sums
        assertThat(d.projects().get(0).categories()).extracting(c -> c.points().stripTrailingZeros().toPlainString())
                .containsExactly("70", "20", "10");
    }

    @Test
    void budgetPointsAloneRescaleTheProfilesWeights() {
        // no 分值 given, budgetPoints 20 with national's 50/30/10: 110 → every share ×100/110;
        // 50, 30, 10 and 20 × 100/110 = 45.4545, 27.2727, 9.0909, 18.1818; as 2-place shares 45.45 + 27.27 + 9.09 +
        // 18.18 = 99.99, the cent to the largest remainder (A's .0045): A 45.46, budget 18.18; all met, spent 20 of
        // 20 → 45.46 + 27.27 + 9.09 + 18.18 = 100
        DepartmentScore d = TestDepartment.create().project("P").budget("20").spent("20").budgetPoints("20")
                .output("数量指标", "A", "≥10个").actual("10个")
                .outcome("社会效益指标", "C", "≥10个").actual("10个")
                .satisfaction("S", "≥90%").actual("90%").score();
        assertNumber(indicator(d, "A").points(), "45.46");
        assertNumber(d.projects().get(0).budgetExecution().points(), "18.18");
        assertNumber(d.projects().get(0).score(), "100");
        assertThat(codes(d)).containsExactly("KPI-0319");
        assertThat(findings(d).get(0).message()).contains("add up to 110, not 100");
    }

    @Test
    void onlySomeGivenKeepsTheProfilesRules() {
        // A 70 of OUTPUT 50, C and S without 分值: KPI-0301 as before (docs/scoring.md#points)
        TestDepartment t = TestDepartment.create().project("P").budget("20").spent("20")
                .output("数量指标", "A", "≥10个").points("70").actual("10个")
                .outcome("社会效益指标", "C", "≥10个").actual("10个")
                .satisfaction("S", "≥90%").actual("90%");
        org.assertj.core.api.Assertions.assertThatThrownBy(t::score).isInstanceOfSatisfying(
                io.jixiao.problem.KpiException.class,
                e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("KPI-0301"));
    }
}
