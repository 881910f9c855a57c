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
 * Rule "at-most" (rules/scoring/quantitative.drl): ≤ / < — met → 1, else target/actual (actual 0 → 1).
 * One indicator alone in a project without budget holds all 100 points: score = 100 × fraction.
 */
@InChinese
class AtMostRuleTest {

    @ParameterizedTest(name = "{0} with actual {1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # target  | actual    | rule           | status  | score     | explanation
            # exactly at target
            ≤30分钟   | 30分钟    | at-most        | MET     | 100       | 实际30分钟 ≤ 目标30分钟，达标 → 100.00×1=100.00
            # 0.5小时 = 30分钟 (converted to the target's unit)
            ≤30分钟   | 0.5小时   | at-most        | MET     | 100       | 实际30分钟 ≤ 目标30分钟，达标
            # one minute over: 30/31 = 0.967741… → 0.9677 as printed → 96.77
            ≤30分钟   | 31分钟    | at-most        | PARTIAL | 96.77     | 实际31分钟 > 目标30分钟，目标/实际=96.77% → 100.00×0.9677=96.77
            # 30/45 = 0.6667 as printed → 66.67
            ≤30分钟   | 45分钟    | at-most        | PARTIAL | 66.67     | 目标/实际=66.67% → 100.00×0.6667=66.67
            # far over: 30/600 = 0.05 → 5
            ≤30分钟   | 10小时    | at-most        | PARTIAL | 5         | 实际600分钟 > 目标30分钟，目标/实际=5.00% → 100.00×0.05=5.00
            # zero actual: 0 ≤ 30, met
            ≤30分钟   | 0分钟     | at-most        | MET     | 100       | 实际0分钟 ≤ 目标30分钟，达标
            ≤30分钟   | 不适用    | not-applicable | NA      | 0         | 不适用
            # strict < scores like ≤: exactly 5% is met
            <5%       | 5%        | at-most        | MET     | 100       | 实际5% ≤ 目标5%，达标
            # 5/6 = 0.8333 as printed → 83.33
            <5%       | 6%        | at-most        | PARTIAL | 83.33     | 实际6% > 目标5%，目标/实际=83.33%
            # money: 元 converts to 万元; 98000元 = 9.8万元 ≤ 10
            ≤10万元   | 98000元   | at-most        | MET     | 100       | 实际9.8万元 ≤ 目标10万元
            # 10/12.5 = 0.8 → 80
            ≤10万元   | 12.5万元  | at-most        | PARTIAL | 80        | 目标/实际=80.00% → 100.00×0.8=80.00
            # signed: -3% meets ≤0%; a ceiling of 0 exceeded scores 0/2 = 0; a negative ceiling missed → 0, no ratio
            ≤0%       | -3%       | at-most        | MET     | 100       | 实际-3% ≤ 目标0%，达标
            ≤0%       | 2%        | at-most        | MISSED  | 0         | 目标/实际=0.00% → 100.00×0=0.00
            ≤-5%      | -3%       | at-most        | MISSED  | 0         | 实际-3% > 目标-5%，未达标（含负数，不按比例）
            """)
    void scoresAtMost(String target, String actual, String rule, Status status, String score, String explanation) {
        DepartmentScore d = TestDepartment.single("时效指标", target, null, actual).score();
        assertLine(only(d), rule, status, score, explanation);
        assertThat(codes(d)).doesNotContain("KPI-0309");
    }
}
