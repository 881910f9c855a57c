package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.InChinese;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules "completed" and "completed-on-measurable-target" (rules/scoring/qualitative.drl): an actual 完成 counts
 * as met (100 × 1); on a quantitative target it is noted with the warning KPI-0305.
 */
@InChinese
class CompletedRuleTest {

    @ParameterizedTest(name = "{0} with actual {1} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # target   | actual    | rule           | status | score | finding
            # on measurable targets: met, with KPI-0305 (a deduction rule does not apply to 完成)
            1次        | 完成      | completed      | MET    | 100   | KPI-0305
            ≥2万条     | 完成      | completed      | MET    | 100   | KPI-0305
            ≤30分钟    | 已完成    | completed      | MET    | 100   | KPI-0305
            24小时     | 按期完成  | completed      | MET    | 100   | KPI-0305
            90%-95%    | 全部完成  | completed      | MET    | 100   | KPI-0305
            # on a qualitative target: met, nothing to note
            有效改善   | 完成      | completed      | MET    | 100   |
            # a lone N/A indicator leaves the table nothing to score: error KPI-0311
            1次        | 不适用    | not-applicable | NA     | 0     | KPI-0311
            """)
    void completedCountsAsMet(String target, String actual, String rule, Status status, String score, String finding) {
        DepartmentScore d = TestDepartment.single("数量指标", target, null, actual).score();
        assertLine(only(d), rule, status, score, rule.equals("completed") ? "实际「完成」，视为达标 → 100.00×1=100.00" : "不适用");
        if (finding == null) {
            assertThat(codes(d)).isEmpty();
        } else if (rule.equals("not-applicable")) {
            assertThat(codes(d)).containsExactly(finding);
        } else {
            assertThat(codes(d)).containsExactly(finding);
            assertThat(findings(d).get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(findings(d).get(0).message()).contains(actual, target);
            assertThat(d.hasErrors()).isFalse();
        }
    }

    @ParameterizedTest(name = "with deduction {0}")
    @CsvSource(delimiter = '|', textBlock = """
            每减少10条，扣减数量分值的1%
            达标得满分，不达标不得分
            """)
    void completedOutranksNoDeduction(String deduction) {
        // the deduction rules match measured actuals only; 完成 is scored by "completed"
        DepartmentScore d = TestDepartment.single("数量指标", "≥2万条", deduction, "完成").score();
        assertLine(only(d), "completed", Status.MET, "100");
    }
}
