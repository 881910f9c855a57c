package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.assertNumber;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.InChinese;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TableScore;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "not-applicable" (rules/scoring/qualitative.drl): 不适用 drops the indicator (status na, score 0) and the
 * table total is rescaled: score × 100 / (100 − its points). Indicator, category and budget scores stay unscaled.
 *
 * <p>The table (national): OUTPUT A ≥100个 and B ≥95% (25 points each), OUTCOME C 有效改善 (30),
 * SATISFACTION D ≥90% (10), BUDGET 10 (budget 20万元).
 */
@InChinese
class NotApplicableRuleTest {

    private static TestDepartment table(String a, String b, String c, String dd, String spent) {
        return TestDepartment.create().project("P").budget("20").spent(spent)
                .output("数量指标", "A", "≥100个").actual(a)
                .output("质量指标", "B", "≥95%").actual(b)
                .outcome("社会效益指标", "C", "有效改善").actual(c)
                .satisfaction("D", "≥90%").actual(dd);
    }

    @ParameterizedTest(name = "A={0} B={1} C={2} D={3} spent={4} → {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # A      | B      | C      | D      | spent | raw      | na | score     | table explanation
            # nothing N/A, all met: 25 + 25 + 30 + 10 + 10 = 100, no rescaling
            100个    | 95%    | 达成   | 90%    | 20    | 100      | 0  | 100       | 指标得分90.00 + 预算执行10.00 = 100.00
            # D N/A, the rest met: raw 90; 90 × 100 / (100 − 10) = 100
            100个    | 95%    | 达成   | 不适用 | 20    | 90       | 10 | 100       | 不适用剔除10.00分 → 90.00×100/(100−10.00) = 100.00
            # D N/A, A at 50个: A = 25 × 0.5 = 12.5; raw 12.5 + 25 + 30 + 10 = 77.5; 77.5 × 100 / 90 = 86.111… → 86.11 (rounded once)
            50个     | 95%    | 达成   | 不适用 | 20    | 77.5     | 10 | 86.11     | 77.50×100/(100−10.00) = 86.11
            # D N/A, A zero: raw 0 + 25 + 30 + 10 = 65; 65 × 100 / 90 = 72.222… → 72.22
            0个      | 95%    | 达成   | 不适用 | 20    | 65       | 10 | 72.22     | 65.00×100/(100−10.00) = 72.22
            # C N/A (30 points), the rest met: raw 25 + 25 + 10 + 10 = 70; 70 × 100 / 70 = 100
            100个    | 95%    | 不适用 | 90%    | 20    | 70       | 30 | 100       | 70.00×100/(100−30.00) = 100.00
            # A N/A, B at 76%: B = 25 × 76/95 = 20; raw 20 + 30 + 10 + 10 = 70; 70 × 100 / 75 = 93.333… → 93.33
            不适用   | 76%    | 达成   | 90%    | 20    | 70       | 25 | 93.33     | 70.00×100/(100−25.00) = 93.33
            # A and D N/A (35 points): raw 25 + 30 + 10 = 65; 65 × 100 / 65 = 100
            不适用   | 95%    | 达成   | 不适用 | 20    | 65       | 35 | 100       | 不适用剔除35.00分 → 65.00×100/(100−35.00) = 100.00
            # budget 15 of 20 spent: 10 × 0.75 = 7.5; D N/A: raw 25 + 25 + 30 + 7.5 = 87.5; 87.5 × 100 / 90 = 97.222… → 97.22
            100个    | 95%    | 达成   | 不适用 | 15    | 87.5     | 10 | 97.22     | 指标得分80.00 + 预算执行7.50 = 87.50
            """)
    void rescalesTheTableTotal(String a, String b, String c, String dd, String spent, String raw, String na,
                               String score, String explanation) {
        DepartmentScore d = table(a, b, c, dd, spent).score();
        TableScore t = d.projects().get(0);
        assertNumber(t.rawScore(), raw);
        assertNumber(t.naPoints(), na);
        assertNumber(t.score(), score);
        assertThat(t.explanation()).contains(explanation);
        assertThat(t.score()).isLessThanOrEqualTo(java.math.BigDecimal.valueOf(100));
        assertThat(codes(d)).doesNotContain("KPI-0311");
    }

    @ParameterizedTest(name = "{0} is N/A")
    @CsvSource(delimiter = '|', textBlock = """
            # key | points | explanation
            A     | 25     | 不适用：本项25.00分剔除，表总分按 100/(100−剔除分值) 折算
            C     | 30     | 不适用：本项30.00分剔除
            D     | 10     | 不适用：本项10.00分剔除
            """)
    void theLineIsListedWithStatusNa(String key, String points, String explanation) {
        DepartmentScore d = table(key.equals("A") ? "不适用" : "100个", "95%", key.equals("C") ? "不适用" : "达成",
                key.equals("D") ? "不适用" : "90%", "20").score();
        assertLine(indicator(d, key), "not-applicable", Status.NA, "0", explanation);
        assertNumber(indicator(d, key).points(), points);
    }

    @ParameterizedTest(name = "D written ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # how published tables write 'does not apply' (docs/scoring.md#not-applicable-marks): each reads as 不适用,
            # with the info KPI-0317; D (10 points) drops out: raw 25 + 25 + 30 + 10 = 90; 90 × 100 / (100 − 10) = 100
            无
            /
            ／
            —
            ——
            -
            －
            """)
    void marksOfTablesReadAsNotApplicable(String mark) {
        DepartmentScore d = table("100个", "95%", "达成", mark, "20").score();
        assertLine(indicator(d, "D"), "not-applicable", Status.NA, "0", "不适用：本项10.00分剔除");
        assertNumber(d.projects().get(0).score(), "100");
        assertThat(codes(d)).containsExactly("KPI-0317");
        var f = TestDepartment.findings(d).get(0);
        assertThat(f.severity()).isEqualTo(io.jixiao.problem.Severity.INFO);
        assertThat(f.message()).contains("'" + mark + "'", "'D'", "不适用");
        assertThat(f.location().line()).as("placed at the actual").isPositive();
        assertThat(d.hasErrors()).isFalse();
    }

    @Test
    void notApplicableWrittenOutIsNotNoted() {
        assertThat(codes(table("100个", "95%", "达成", "不适用", "20").score())).isEmpty();
        assertThat(codes(table("100个", "95%", "达成", "N/A", "20").score())).isEmpty();
    }

    @Test
    void textHoldingTheMarksIsText() {
        // 无结余 is an answer, not a mark: against the qualitative target it is text that cannot be scored (KPI-0303)
        DepartmentScore d = table("100个", "95%", "无结余", "90%", "20").score();
        assertThat(codes(d)).containsExactly("KPI-0303");
    }

    @Test
    void categoryAndBudgetScoresAreReportedUnscaled() {
        // A 50个 → 12.5, B 25, C 达成 30, D N/A; spent 15 of 20 → 7.5
        TableScore t = table("50个", "95%", "达成", "不适用", "15").score().projects().get(0);
        assertThat(t.categories()).extracting(CategoryScore::category).containsExactly("OUTPUT", "OUTCOME", "SATISFACTION");
        assertNumber(t.categories().get(0).score(), "37.5");   // 12.5 + 25, not rescaled
        assertNumber(t.categories().get(1).score(), "30");
        assertNumber(t.categories().get(2).score(), "0");      // D is N/A
        assertNumber(t.categories().get(2).points(), "10");
        assertNumber(t.budgetExecution().score(), "7.5");      // 10 × 15/20, not rescaled
        assertNumber(indicator(t, "A").score(), "12.5");
        // the total alone is rescaled: (37.5 + 30 + 7.5) × 100 / 90 = 83.333… → 83.33
        assertNumber(t.score(), "83.33");
        assertThat(t.grade()).isEqualTo("良");
    }

    @Test
    void everyIndicatorNotApplicableIsAnError() {
        DepartmentScore d = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥100个").actual("不适用")
                .outcome("社会效益指标", "C", "有效改善").actual("不适用")
                .score();
        assertThat(codes(d)).containsExactly("KPI-0311");
        assertNumber(d.projects().get(0).score(), "0");
        assertThat(d.hasErrors()).isTrue();
    }

    @Test
    void aNotApplicableTargetIsDroppedLikeANotApplicableActual() {
        // target 不适用: the row scores as N/A whatever the actual; A (50 of 100) met → 50 × 100/50 = 100
        DepartmentScore d = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥100个").actual("100个")
                .output("质量指标", "B", "不适用").actual("95%")
                .score();
        assertLine(indicator(d, "B"), "not-applicable", Status.NA, "0");
        assertNumber(d.projects().get(0).score(), "100");
    }
}
