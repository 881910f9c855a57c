package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.TestDepartment;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules/review/standards.drl (docs/review.md#standards): a 评分标准 in points that awards more than the indicator's 分值
 * (KPI-0426), whose bands overlap (KPI-0427) or leave a gap between them (KPI-0428).
 */
class StandardRulesTest {

    private static List<Finding> review(String deduction, String points) {
        TestDepartment d = TestDepartment.create().project("P")
                .output("质量指标", "重点支出安排率", "≥90%").deduction(deduction);
        if (points != null) {
            d.points(points);
        }
        d.output("数量指标", "B", "≥1个").outcome("社会效益指标", "C", "有效改善");
        return Fixtures.REVIEWER.review(d.targets()).stream()
                .filter(f -> f.code().compareTo("KPI-0426") >= 0 && f.code().compareTo("KPI-0428") <= 0).toList();
    }

    @ParameterizedTest(name = "{0} ({1}分) → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # 评分标准                                                         | 分值 | code     | message
            # sound: 5 ≤ 5, the bands meet
            "≥90%，计5分；80%(含)-90%，计4分；低于80%不得分"                    | 5    |          |
            # the top band gives 8 of a 分值 of 5
            "≥90%，计8分；80%(含)-90%，计4分；低于80%不得分"                    | 5    | KPI-0426 | indicator '重点支出安排率' of 'P': its 评分标准 awards up to 8 points, more than its 分值 5
            # without a given 分值 the indicator has what the profile shares: no budget, so OUTPUT 50 × 100/90 =
            # 55.5556, as a 2-place share 55.56 (docs/scoring.md#arithmetic), shared by two: 27.78 — 8 is fine …
            "≥90%，计8分；80%(含)-90%，计4分；低于80%不得分"                    |      |          |
            # … but 30 is not
            "≥90%，计30分；低于90%不得分"                                      |      | KPI-0426 | awards up to 30 points, more than its 分值 27.78
            # 满分 never exceeds it
            "≥90%，计满分；低于90%不得分"                                      | 5    |          |
            # 80% is in both bands: 以下 includes its end
            "90%以上计5分；80%-90%计3分；80%以下不得分"                         | 5    | KPI-0427 | bands of its 评分标准 overlap: [80%, 90%) and ≤80%
            "≧90%，计5分；≦90%，计0分"                                         | 5    | KPI-0427 | overlap: ≥90% and ≤90%
            # 80% to 90% is in no band
            "≥90%计5分；60%-80%计3分；低于60%不得分"                           | 5    | KPI-0428 | no band of its 评分标准 holds [80%, 90%)
            # 90% exactly is in no band: >90% and [80%, 90%)
            "大于90%，计5分；80%(含)-90%，计4分；低于80%不得分"                  | 5    | KPI-0428 | holds =90%
            """)
    void findsWeakStandards(String deduction, String points, String code, String message) {
        List<Finding> found = review(deduction, points);
        if (code == null) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains(message);
            assertThat(f.hint()).startsWith("Maybe");
            assertThat(f.location().line()).isPositive();
        });
    }
}
