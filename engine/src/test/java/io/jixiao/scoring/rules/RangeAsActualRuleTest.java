package io.jixiao.scoring.rules;

import static io.jixiao.problem.InLanguage.zh;
import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "range-as-actual" (rules/scoring/qualitative.drl): a range written as the actual of a number or range
 * target cannot be scored — the target needs the one value reached: 0 and the error KPI-0316, not the
 * qualitative-target error KPI-0307. The one indicator holds 100 points.
 */
class RangeAsActualRuleTest {

    @ParameterizedTest(name = "{0} with actual {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # target      | actual     | rule                  | status | score | finding
            ≥95%          | 90%-95%    | range-as-actual       | MISSED | 0     | KPI-0316
            ≤30分钟       | 20-40分钟  | range-as-actual       | MISSED | 0     | KPI-0316
            90%-100%      | 92%-96%    | range-as-actual       | MISSED | 0     | KPI-0316
            # a qualitative target keeps its own error
            有效改善      | 90%-95%    | measured-against-text | MISSED | 0     | KPI-0307
            # one value scores: 60/80 = 0.75 → 75; 96% inside 90%-100% → 100
            ≥80%          | 60%        | at-least              | PARTIAL | 75    |
            90%-100%      | 96%        | range                 | MET    | 100   |
            """)
    void rangeWrittenAsTheActual(String target, String actual, String rule, Status status, String score,
                                 String finding) {
        DepartmentScore d = TestDepartment.single("质量指标", target, null, actual).score();
        assertLine(only(d), rule, status, score);
        if (finding == null) {
            assertThat(codes(d)).doesNotContain("KPI-0316", "KPI-0307");
            return;
        }
        assertThat(codes(d)).contains(finding);
        if (finding.equals("KPI-0316")) {
            assertThat(codes(d)).doesNotContain("KPI-0307");
            assertThat(zh(() -> only(d).explanation())).isEqualTo("实际「" + actual + "」是一个范围，目标「" + target
                    + "」需要一个实际值 → 100.00×0=0.00");
            var f = findings(d).stream().filter(x -> x.code().equals("KPI-0316")).findFirst().orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains(actual, target, "range");
            assertThat(f.hint()).startsWith("Maybe write the value reached");
        }
    }
}
