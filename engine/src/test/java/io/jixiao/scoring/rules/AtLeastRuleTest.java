package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.InChinese;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "at-least" (rules/scoring/quantitative.drl): ≥ / > — met → 1, else actual/target
 * (docs/scoring.md#at-least).
 * One 产出指标 alone in a project without budget holds all 100 points, so score = 100 × fraction.
 */
@InChinese
class AtLeastRuleTest {

    @ParameterizedTest(name = "{0} with actual {1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # target  | actual    | rule           | status  | score     | explanation
            # exactly at target: 20000 ≥ 20000 → 100 × 1
            ≥2万条    | 20000条   | at-least       | MET     | 100       | 实际20000条 ≥ 目标20000条，达标 → 100.00×1=100.00
            # 万条 converts to 条: 2.15万条 = 21500条 ≥ 20000
            ≥2万条    | 2.15万条  | at-least       | MET     | 100       | 实际21500条 ≥ 目标20000条，达标
            # one 条 short: 19999/20000 = 0.99995, used as printed (4 places, HALF_UP) → 1 → 100 × 1 = 100, not met
            ≥2万条    | 19999条   | at-least       | PARTIAL | 100       | 实际19999条 < 目标20000条，完成率100.00% → 100.00×1=100.00
            # 19000/20000 = 0.95 → 95
            ≥2万条    | 19000条   | at-least       | PARTIAL | 95        | 完成率95.00% → 100.00×0.95=95.00
            # far short: 5000/20000 = 0.25 → 25
            ≥2万条    | 5000条    | at-least       | PARTIAL | 25        | 实际5000条 < 目标20000条，完成率25.00% → 100.00×0.25=25.00
            # zero: 0/20000 = 0 → 0, missed
            ≥2万条    | 0条       | at-least       | MISSED  | 0         | 完成率0.00% → 100.00×0=0.00
            # N/A
            ≥2万条    | 不适用    | not-applicable | NA      | 0         | 不适用
            # percent target: 94/95 = 0.989473… → 0.9895 as printed → 100 × 0.9895 = 98.95
            ≥95%      | 94%       | at-least       | PARTIAL | 98.95     | 实际94% < 目标95%，完成率98.95% → 100.00×0.9895=98.95
            ≥95%      | 95%       | at-least       | MET     | 100       | 实际95% ≥ 目标95%，达标
            # strict > scores like ≥: exactly at 90% is met
            >90%      | 90%       | at-least       | MET     | 100       | 实际90% ≥ 目标90%，达标
            # strict >: 45/90 = 0.5 → 50
            >90%      | 45%       | at-least       | PARTIAL | 50        | 完成率50.00% → 100.00×0.5=50.00
            # target 0 is met by any actual of 0 or more
            ≥0个      | 0个       | at-least       | MET     | 100       | 实际0个 ≥ 目标0个，达标
            # signed actuals: -3% meets ≥-5%; below a target of 0, or below a negative target, no ratio applies → 0
            ≥-5%      | -3%       | at-least       | MET     | 100       | 实际-3% ≥ 目标-5%，达标
            ≥0%       | -3%       | at-least       | MISSED  | 0         | 实际-3% < 目标0%，未达标（含负数，不按比例）
            ≥-5%      | -8%       | at-least       | MISSED  | 0         | 未达标（含负数，不按比例）
            ≥10%      | -2%       | at-least       | MISSED  | 0         | 未达标（含负数，不按比例）
            # a bare number target: 4/10 = 0.4 → 40
            ≥10       | 4         | at-least       | PARTIAL | 40        | 实际4 < 目标10，完成率40.00% → 100.00×0.4=40.00
            """)
    void scoresAtLeast(String target, String actual, String rule, Status status, String score, String explanation) {
        DepartmentScore d = TestDepartment.single("数量指标", target, null, actual).score();
        assertLine(only(d), rule, status, score, explanation);
        assertThat(codes(d)).doesNotContain("KPI-0309");
    }

    @ParameterizedTest(name = "points {0}: 50 of 100 at 80% → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # two 产出指标 share 100 (no budget): 50 each; 72/90 = 0.8 → 50 × 0.8 = 40
            72个 | 40
            # 90/90 → 50
            90个 | 50
            """)
    void scoresOnTheIndicatorsOwnPoints(String actual, String score) {
        DepartmentScore d = TestDepartment.create().project("P")
                .output("数量指标", "维护数量", "≥90个").actual(actual)
                .output("质量指标", "达标率", "≥95%").actual("95%")
                .score();
        TestDepartment.assertNumber(TestDepartment.indicator(d, "维护数量").points(), "50");
        TestDepartment.assertNumber(TestDepartment.indicator(d, "维护数量").score(), score);
    }
}
