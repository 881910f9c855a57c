package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.only;

import io.jixiao.problem.InChinese;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "range" (rules/scoring/quantitative.drl): a–b — inside → 1; below → actual/a; above → b/actual.
 * One indicator alone in a project without budget holds all 100 points: score = 100 × fraction.
 */
@InChinese
class RangeRuleTest {

    @ParameterizedTest(name = "{0} with actual {1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # target   | actual  | rule           | status  | score     | explanation
            # exactly at the low end, inside, exactly at the high end
            90%-95%    | 90%     | range          | MET     | 100       | 实际90% 在目标90–95%内，达标 → 100.00×1=100.00
            90%-95%    | 92.5%   | range          | MET     | 100       | 实际92.5% 在目标90–95%内，达标
            90%~95%    | 95%     | range          | MET     | 100       | 实际95% 在目标90–95%内，达标
            # one point below: 89/90 = 0.98889 → 0.9889 as printed → 98.89
            90%-95%    | 89%     | range          | PARTIAL | 98.89     | 实际89% 低于目标90–95%，实际/下限=98.89% → 100.00×0.9889=98.89
            # below: 81/90 = 0.9 → 90
            90%-95%    | 81%     | range          | PARTIAL | 90        | 实际/下限=90.00% → 100.00×0.9=90.00
            # above: 95/100 = 0.95 → 95
            90%至95%   | 100%    | range          | PARTIAL | 95        | 实际100% 高于目标90–95%，上限/实际=95.00% → 100.00×0.95=95.00
            # far below: 9/90 = 0.1 → 10
            90%-95%    | 9%      | range          | PARTIAL | 10        | 实际/下限=10.00% → 100.00×0.1=10.00
            # zero: 0/90 = 0
            90%-95%    | 0%      | range          | MISSED  | 0         | 实际/下限=0.00% → 100.00×0=0.00
            90%-95%    | 不适用  | not-applicable | NA      | 0         | 不适用
            # a time range: 3 天 is 72 小时, above 24–48: 48/72 = 0.6667 as printed → 66.67
            24-48小时  | 3天     | range          | PARTIAL | 66.67     | 实际72小时 高于目标24–48小时，上限/实际=66.67%
            """)
    void scoresRange(String target, String actual, String rule, Status status, String score, String explanation) {
        assertLine(only(TestDepartment.single("质量指标", target, null, actual).score()), rule, status, score,
                explanation);
    }
}
