package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules "grade" and "grade-outside-band" (rules/scoring/qualitative.drl): 达成/部分达成/未达成 score their
 * explicit percent (which must lie in the profile's band, else KPI-0304 and the percent is clamped into the
 * band) or the band's default; 优/良/中/差 the profile's rating. The one indicator holds 100 points, so the
 * score is the percent itself.
 */
class GradeRuleTest {

    @ParameterizedTest(name = "[{0}] {1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # profile  | actual                         | rule           | status  | score | finding  | explanation
            # national bands: 达成 100 (80–100), 部分达成 70 (60–80), 未达成 30 (0–60)
            national   | 达成                           | grade          | MET     | 100   |          | 实际「达成」(达成，默认100%)，目标「有效改善」 → 100.00×1=100.00
            national   | 达成 85%                       | grade          | MET     | 85    |          | (达成，自评85%)，目标「有效改善」 → 100.00×0.85=85.00
            national   | 达成 80%                       | grade          | MET     | 80    |          | (达成，自评80%)
            national   | 部分达成                       | grade          | PARTIAL | 70    |          | (部分达成，默认70%)，目标「有效改善」 → 100.00×0.7=70.00
            national   | 部分达成 75%                   | grade          | PARTIAL | 75    |          | (部分达成，自评75%)，目标「有效改善」 → 100.00×0.75=75.00
            # at the bands' edges (docs/scoring.md#grade-bands): 部分达成 is [60, 80), so 60 is inside it and 80 is 达成's;
            # 未达成 is [0, 60), so 60 is 部分达成's; 达成 [80, 100] includes 100. Outside: KPI-0304, clamped into the band
            national   | 部分达成 60%                   | grade          | PARTIAL | 60    |          | (部分达成，自评60%)
            national   | 部分达成 79.99%                | grade          | PARTIAL | 79.99 |          | (部分达成，自评79.99%)
            national   | 部分达成 80%                   | grade          | PARTIAL | 80    | KPI-0304 | (部分达成，自评80%)
            national   | 未达成 59.5%                   | grade          | PARTIAL | 59.5  |          | (未达成，自评59.5%)
            national   | 未达成 60%                     | grade          | PARTIAL | 60    | KPI-0304 | (未达成，自评60%)
            national   | 达成 100%                      | grade          | MET     | 100   |          | (达成，自评100%)
            national   | 未达成                         | grade          | PARTIAL | 30    |          | (未达成，默认30%)，目标「有效改善」 → 100.00×0.3=30.00
            # zero: 未达成 0% scores nothing
            national   | 未达成 0%                      | grade          | MISSED  | 0     |          | (未达成，自评0%)，目标「有效改善」 → 100.00×0=0.00
            # ratings: 优 100, 良 80, 中 60, 差 0
            national   | 优                             | grade          | MET     | 100   |          | (优，评级100%)
            national   | 良                             | grade          | PARTIAL | 80    |          | (良，评级80%)，目标「有效改善」 → 100.00×0.8=80.00
            national   | 中                             | grade          | PARTIAL | 60    |          | (中，评级60%)
            national   | 差                             | grade          | MISSED  | 0     |          | (差，评级0%)，目标「有效改善」 → 100.00×0=0.00
            # the budget platforms' long forms
            national   | 达成预期指标                   | grade          | MET     | 100   |          | (达成，默认100%)
            national   | 部分达成年度指标并具有一定效果 | grade          | PARTIAL | 70    |          | (部分达成，默认70%)
            national   | 未完成预期指标且效果较差       | grade          | PARTIAL | 30    |          | (未达成，默认30%)
            # outside the band: KPI-0304, the percent is clamped into the band (达成 50% → 80; 部分达成 90% → 80; 未达成 65% → 60)
            national   | 达成 50%                       | grade          | MET     | 80    | KPI-0304 | (达成，自评80%)
            national   | 部分达成 90%                   | grade          | PARTIAL | 80    | KPI-0304 | (部分达成，自评80%)
            national   | 部分达成 55%                   | grade          | PARTIAL | 60    | KPI-0304 | (部分达成，自评60%)
            national   | 未达成 65%                     | grade          | PARTIAL | 60    | KPI-0304 | (未达成，自评60%)
            national   | 不适用                         | not-applicable | NA      | 0     |          | 不适用
            # hubei bands differ: 部分达成 65 (50–80), 未达成 25 (0–50)
            hubei      | 达成                           | grade          | MET     | 100   |          | (达成，默认100%)
            hubei      | 部分达成                       | grade          | PARTIAL | 65    |          | (部分达成，默认65%)，目标「有效改善」 → 100.00×0.65=65.00
            hubei      | 部分达成 55%                   | grade          | PARTIAL | 55    |          | (部分达成，自评55%)
            hubei      | 部分达成 50%                   | grade          | PARTIAL | 50    |          | (部分达成，自评50%)
            # hubei 未达成 is [0, 50): 50 belongs to 部分达成
            hubei      | 未达成 50%                     | grade          | PARTIAL | 50    | KPI-0304 | (未达成，自评50%)
            hubei      | 未达成                         | grade          | PARTIAL | 25    |          | (未达成，默认25%)，目标「有效改善」 → 100.00×0.25=25.00
            # 未达成 55% is inside national's 0–60 band but outside hubei's 0–50: clamped to 50
            hubei      | 未达成 55%                     | grade          | PARTIAL | 50    | KPI-0304 | (未达成，自评50%)
            national   | 未达成 55%                     | grade          | PARTIAL | 55    |          | (未达成，自评55%)
            hubei      | 良                             | grade          | PARTIAL | 80    |          | (良，评级80%)
            """)
    void scoresGrades(String profile, String actual, String rule, Status status, String score, String finding,
                      String explanation) {
        DepartmentScore d = TestDepartment.single("社会效益指标", "有效改善", null, actual).score(profile);
        assertLine(only(d), rule, status, score, explanation);
        if (finding == null) {
            assertThat(codes(d)).doesNotContain("KPI-0304");
        } else {
            assertThat(codes(d)).containsExactly(finding);
        }
    }

    @Test
    void outsideBandIsAnErrorNamingTheBand() {
        // national 部分达成 band is 60–80
        DepartmentScore d = TestDepartment.single("社会效益指标", "有效改善", null, "部分达成 90%").score();
        Finding f = findings(d).get(0);
        assertThat(f.code()).isEqualTo("KPI-0304");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("部分达成 90%", "60%", "80%");
        assertThat(f.hint()).startsWith("Maybe");
        assertThat(f.location().line()).as("placed at the actual").isPositive();
        assertThat(d.hasErrors()).isTrue();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # profile | actual       | message words
            national  | 部分达成 80% | '部分达成 80%': 80% lies outside 部分达成 [60%, 80%); it belongs to 达成 [80%, 100%]
            national  | 未达成 60%   | '未达成 60%': 60% lies outside 未达成 [0%, 60%); it belongs to 部分达成 [60%, 80%)
            national  | 达成 79%     | '达成 79%': 79% lies outside 达成 [80%, 100%]; it belongs to 部分达成 [60%, 80%)
            hubei     | 未达成 50%   | '未达成 50%': 50% lies outside 未达成 [0%, 50%); it belongs to 部分达成 [50%, 80%)
            """)
    void aPercentInAnotherBandNamesTheBandItBelongsTo(String profile, String actual, String words) {
        DepartmentScore d = TestDepartment.single("社会效益指标", "有效改善", null, actual).score(profile);
        Finding f = findings(d).get(0);
        assertThat(f.code()).isEqualTo("KPI-0304");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).contains(words);
        assertThat(f.hint()).startsWith("Maybe write");
    }

    @Test
    void gradeOnAMeasurableTargetIsNotedButScored() {
        // 达成 on ≥90%: the grade scores (100), with info KPI-0312 (graded-measurable-target)
        DepartmentScore d = TestDepartment.single("质量指标", "≥90%", null, "达成").score();
        assertLine(only(d), "grade", Status.MET, "100", "目标「≥90%」");
        assertThat(codes(d)).containsExactly("KPI-0312");
        assertThat(d.hasErrors()).isFalse();
    }
}
