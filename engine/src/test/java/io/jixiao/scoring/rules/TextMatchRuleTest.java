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
 * Rules "text-match" and "text-unscorable" (rules/scoring/qualitative.drl): an actual equal to the qualitative
 * target text counts as 达成 (100%); other free text scores 0 with the error KPI-0303.
 */
@InChinese
class TextMatchRuleTest {

    @ParameterizedTest(name = "{0} with actual {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # target        | actual          | rule            | status  | score | finding  | explanation
            # equal to the target text: 100 × 1
            规范市场秩序    | 规范市场秩序    | text-match      | MET     | 100   |          | 实际「规范市场秩序」与目标一致，视为达成 → 100.00×1=100.00
            有效改善        | 有效改善        | text-match      | MET     | 100   |          | 与目标一致，视为达成
            # other text: 100 × 0 and KPI-0303
            规范市场秩序    | 基本规范        | text-unscorable | MISSED  | 0     | KPI-0303 | 实际「基本规范」无法评分 → 100.00×0=0.00
            有效改善        | 有所改善        | text-unscorable | MISSED  | 0     | KPI-0303 | 实际「有所改善」无法评分
            # text on a measured target cannot be scored either
            ≥90%            | 很好            | text-unscorable | MISSED  | 0     | KPI-0303 | 实际「很好」无法评分
            # a lone N/A indicator leaves the table nothing to score: error KPI-0311
            规范市场秩序    | 不适用          | not-applicable  | NA      | 0     | KPI-0311 | 不适用
            """)
    void scoresText(String target, String actual, String rule, Status status, String score, String finding,
                    String explanation) {
        DepartmentScore d = TestDepartment.single("社会效益指标", target, null, actual).score();
        assertLine(only(d), rule, status, score, explanation);
        if (finding == null) {
            assertThat(codes(d)).isEmpty();
        } else if (rule.equals("not-applicable")) {
            assertThat(codes(d)).containsExactly(finding);
        } else {
            assertThat(codes(d)).containsExactly(finding);
            assertThat(findings(d).get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(findings(d).get(0).message()).contains(actual, target);
            assertThat(d.hasErrors()).isTrue();
        }
    }
}
