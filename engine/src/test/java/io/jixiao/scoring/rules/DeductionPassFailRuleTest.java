package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.only;

import io.jixiao.problem.InChinese;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "deduction-pass-fail" (rules/deduction/deduction.drl, docs/scoring.md#deduction-pass-fail): 按规定执行得满分，否则不得分 /
 * 达标得满分，不达标不得分 — met → all points, otherwise 0; it replaces the default method.
 * The one indicator holds 100 points.
 */
@InChinese
class DeductionPassFailRuleTest {

    @ParameterizedTest(name = "{0} / {1} / actual {2} → {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # target   | deduction                      | actual    | rule                | status | score | explanation
            # ≤: exactly at target, under, a hair over, far over, zero, N/A
            ≤20万元    | 按规定执行得满分，否则不得分   | 20万元    | deduction-pass-fail | MET    | 100   | 实际20万元 ≤ 目标20万元，达标得满分 → 100.00×1=100.00
            ≤20万元    | 按规定执行得满分，否则不得分   | 19.6万元  | deduction-pass-fail | MET    | 100   | 实际19.6万元 ≤ 目标20万元，达标得满分
            # 200100元 = 20.01万元: over by 100元, no partial credit (at-most would give 20/20.01)
            ≤20万元    | 按规定执行得满分，否则不得分   | 200100元  | deduction-pass-fail | MISSED | 0     | 实际20.01万元 > 目标20万元，不达标不得分 → 100.00×0=0.00
            ≤20万元    | 按规定执行得满分，否则不得分   | 40万元    | deduction-pass-fail | MISSED | 0     | 不达标不得分
            ≤20万元    | 按规定执行得满分，否则不得分   | 0万元     | deduction-pass-fail | MET    | 100   | 达标得满分
            ≤20万元    | 按规定执行得满分，否则不得分   | 不适用    | not-applicable      | NA     | 0     | 不适用
            # ≥: at target, one step short, far short, zero
            ≥90%       | 达标得满分，不达标不得分       | 90%       | deduction-pass-fail | MET    | 100   | 实际90% ≥ 目标90%，达标得满分
            ≥90%       | 达标得满分，不达标不得分       | 89.9%     | deduction-pass-fail | MISSED | 0     | 实际89.9% < 目标90%，不达标不得分
            ≥90%       | 达标得满分，不达标不得分       | 45%       | deduction-pass-fail | MISSED | 0     | 不达标不得分
            ≥90%       | 达标得满分，不达标不得分       | 0%        | deduction-pass-fail | MISSED | 0     | 不达标不得分
            # =: only the exact value passes
            =24小时    | 达标得满分，不达标不得分       | 1440分钟  | deduction-pass-fail | MET    | 100   | 实际24小时 = 目标24小时，达标得满分
            =24小时    | 达标得满分，不达标不得分       | 23小时    | deduction-pass-fail | MISSED | 0     | 实际23小时 ≠ 目标24小时，不达标不得分
            """)
    void allOrNothing(String target, String deduction, String actual, String rule, Status status, String score,
                      String explanation) {
        assertLine(only(TestDepartment.single("成本指标", target, deduction, actual).score()), rule, status, score,
                explanation);
    }

    @ParameterizedTest(name = "[{0}] {1} / actual {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # level2   | target  | actual  | status | score | explanation
            # no comparator: ≥ on a count, ≤ on a 成本指标 (the direction rules decide what passes)
            数量指标   | 1次     | 2次     | MET    | 100   | 实际2次 ≥ 目标1次，达标得满分
            数量指标   | 1次     | 0次     | MISSED | 0     | 实际0次 < 目标1次，不达标不得分
            成本指标   | 20万元  | 19万元  | MET    | 100   | 实际19万元 ≤ 目标20万元，达标得满分
            成本指标   | 20万元  | 21万元  | MISSED | 0     | 实际21万元 > 目标20万元，不达标不得分
            """)
    void withoutAComparator(String level2, String target, String actual, Status status, String score,
                            String explanation) {
        assertLine(only(TestDepartment.single(level2, target, "达标得满分，不达标不得分", actual).score()),
                "deduction-pass-fail", status, score, explanation);
    }

    @ParameterizedTest(name = "'{'passFail: true'}' on {0}, actual {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤56万元  | 52.8万元 | MET    | 100
            ≤56万元  | 56.1万元 | MISSED | 0
            """)
    void structuredForm(String target, String actual, Status status, String score) {
        var d = TestDepartment.create().project(TestDepartment.PROJECT)
                .output("成本指标", "指标", target).deductionYaml("{passFail: true}").actual(actual).score();
        assertLine(only(d), "deduction-pass-fail", status, score);
    }
}
