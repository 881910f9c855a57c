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
 * Rule "measured-against-text" (rules/scoring/qualitative.drl): a number against a qualitative target cannot be
 * scored: 0 and the error KPI-0307 (Maybe write a grade).
 */
class MeasuredAgainstTextRuleTest {

    @ParameterizedTest(name = "{0} with actual {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # target        | actual  | rule                  | status | score | finding
            有效改善        | 95%     | measured-against-text | MISSED | 0     | KPI-0307
            可持续          | 12个    | measured-against-text | MISSED | 0     | KPI-0307
            # the empty target (an empty 指标值 cell)
            ''              | 100%    | measured-against-text | MISSED | 0     | KPI-0307
            优.良.中.差     | 0       | measured-against-text | MISSED | 0     | KPI-0307
            # a grade or N/A on the same target is fine
            有效改善        | 达成    | grade                 | MET    | 100   |
            # a lone N/A indicator leaves the table nothing to score: error KPI-0311
            有效改善        | 不适用  | not-applicable        | NA     | 0     | KPI-0311
            """)
    void numberOnQualitativeTarget(String target, String actual, String rule, Status status, String score,
                                   String finding) {
        DepartmentScore d = TestDepartment.single("社会效益指标", target, null, actual).score();
        assertLine(only(d), rule, status, score);
        if (finding == null) {
            assertThat(codes(d)).doesNotContain("KPI-0307");
            return;
        }
        assertThat(codes(d)).contains(finding);
        if (finding.equals("KPI-0307")) {
            assertThat(zh(() -> only(d).explanation())).contains("实际「" + actual + "」无法与定性目标比较 → 100.00×0=0.00");
            var f = findings(d).stream().filter(x -> x.code().equals("KPI-0307")).findFirst().orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains(actual);
            assertThat(f.hint()).startsWith("Maybe").contains("达成");
        }
    }
}
