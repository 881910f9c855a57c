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
 * Rule "equal" (rules/scoring/quantitative.drl): = — equal → 1, else max(0, 1 − |actual − target| / target).
 * One indicator alone in a project without budget holds all 100 points: score = 100 × fraction.
 */
@InChinese
class EqualRuleTest {

    @ParameterizedTest(name = "{0} with actual {1} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # target  | actual    | rule           | status  | score     | explanation
            # exactly at target
            =24小时   | 24小时    | equal          | MET     | 100       | 实际24小时 = 目标24小时，达标 → 100.00×1=100.00
            # 1440分钟 = 24小时
            =24小时   | 1440分钟  | equal          | MET     | 100       | 实际24小时 = 目标24小时，达标
            # one hour short: 1 − 1/24 = 0.958333… → 0.9583 as printed → 95.83
            =24小时   | 23小时    | equal          | PARTIAL | 95.83     | 实际23小时 ≠ 目标24小时，偏差4.17% → 100.00×0.9583=95.83
            # one hour over scores the same: 1 − |25 − 24|/24
            =24小时   | 25小时    | equal          | PARTIAL | 95.83     | 实际25小时 ≠ 目标24小时，偏差4.17%
            # far short: 1 − 18/24 = 0.25 → 25
            =24小时   | 6小时     | equal          | PARTIAL | 25        | 偏差75.00% → 100.00×0.25=25.00
            # zero: 1 − 24/24 = 0 → missed
            =24小时   | 0小时     | equal          | MISSED  | 0         | 偏差100.00% → 100.00×0=0.00
            # far over: 1 − 36/24 = −0.5 → max(0, …) = 0
            =24小时   | 60小时    | equal          | MISSED  | 0         | 偏差150.00% → 100.00×0=0.00
            =24小时   | 不适用    | not-applicable | NA      | 0         | 不适用
            # target 0: only 0 meets it; anything else scores 0
            =0个      | 0个       | equal          | MET     | 100       | 实际0个 = 目标0个，达标
            =0个      | 1个       | equal          | MISSED  | 0         | 实际1个 ≠ 目标0个，目标为0 → 100.00×0=0.00
            """)
    void scoresEqual(String target, String actual, String rule, Status status, String score, String explanation) {
        DepartmentScore d = TestDepartment.single("时效指标", target, null, actual).score();
        assertLine(only(d), rule, status, score, explanation);
        assertThat(codes(d)).doesNotContain("KPI-0309", "KPI-0308");
    }
}
