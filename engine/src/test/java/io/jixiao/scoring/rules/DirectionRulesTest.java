package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Direction;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import io.jixiao.value.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "no-comparator-default" (rules/scoring/direction.drl) and the direction it reports
 * ({@link ScoringCase#direction()}, decided in {@link Direction}; docs/scoring.md#direction): a written comparator is
 * used as written; without one, a target of zero is a ceiling (≤), a name holding a lower-is-better word of the
 * profile reads ≤, under 成本指标 money reads ≤ and a rate ≥, anything else ≥ — each default with the info finding
 * KPI-0309 naming its reason. The one indicator holds 100 points, so the score is 100 × the fraction.
 */
class DirectionRulesTest {

    @ParameterizedTest(name = "[{0}] {1} {2} with actual {3} → {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            # level2     | name          | target   | actual  | cmp  | reason      | method   | status  | score     | KPI-0309 says
            # written comparators win, also on a 成本指标 and on a lower-is-better name
            数量指标     | 指标          | ≥20个    | 25个    | GE   | WRITTEN     | at-least | MET     | 100       |
            数量指标     | 指标          | ≤20个    | 25个    | LE   | WRITTEN     | at-most  | PARTIAL | 80        |
            数量指标     | 指标          | =20个    | 25个    | EQ   | WRITTEN     | equal    | PARTIAL | 75        |
            成本指标     | 指标          | ≥20万元  | 25万元  | GE   | WRITTEN     | at-least | MET     | 100       |
            成本指标     | 指标          | <20万元  | 25万元  | LT   | WRITTEN     | at-most  | PARTIAL | 80        |
            质量指标     | 群众投诉次数  | ≥5次     | 8次     | GE   | WRITTEN     | at-least | MET     | 100       |
            # a target of zero is a ceiling: actual 0 meets it, anything above scores 0 (target/actual = 0/3 = 0)
            数量指标     | 安全事故      | 0起      | 0起     | LE   | ZERO        | at-most  | MET     | 100       | a target of zero is a ceiling, scored as ≤
            数量指标     | 信息报送      | 0起      | 3起     | LE   | ZERO        | at-most  | MISSED  | 0         | a target of zero is a ceiling
            质量指标     | 指标          | 0次      | 1次     | LE   | ZERO        | at-most  | MISSED  | 0         | a target of zero
            质量指标     | 指标          | 0%       | 0%      | LE   | ZERO        | at-most  | MET     | 100       | a target of zero
            质量指标     | 指标          | 0        | 2       | LE   | ZERO        | at-most  | MISSED  | 0         | a target of zero
            # a lower-is-better word of the profile in the name: ≤. 5/8 = 0.625 → 62.5; 30/45 = 0.666667 → fraction 0.6667 → 66.67
            质量指标     | 群众投诉次数  | 5次      | 8次     | LE   | LOWER_WORD  | at-most  | PARTIAL | 62.5      | the indicator's name holds '投诉'
            质量指标     | 群众投诉次数  | 5次      | 3次     | LE   | LOWER_WORD  | at-most  | MET     | 100       | holds '投诉'
            时效指标     | 平均响应时间  | 30分钟   | 45分钟  | LE   | LOWER_WORD  | at-most  | PARTIAL | 66.67     | holds '响应时间'
            质量指标     | 食品变质批次  | 2批      | 4批     | LE   | LOWER_WORD  | at-most  | PARTIAL | 50        | holds '变质'
            # 成本指标: an amount of money is a ceiling. Over: 20/25 = 0.8 → 80; at target and under: met
            成本指标     | 指标          | 20万元   | 25万元  | LE   | COST_MONEY  | at-most  | PARTIAL | 80        | an amount of money under 成本指标 is a ceiling
            成本指标     | 指标          | 20万元   | 20万元  | LE   | COST_MONEY  | at-most  | MET     | 100       | an amount of money
            成本指标     | 指标          | 20万元   | 15万元  | LE   | COST_MONEY  | at-most  | MET     | 100       | an amount of money
            成本指标     | 指标          | 20万元   | 0万元   | LE   | COST_MONEY  | at-most  | MET     | 100       | an amount of money
            # any level-2 naming 成本 is a cost; 68万 (万 without 元) is money: 680000元; 70/56 → 56/70 = 0.8
            项目成本指标 | 指标          | 56万元   | 70万元  | LE   | COST_MONEY  | at-most  | PARTIAL | 80        | an amount of money
            成本指标     | 项目总成本    | 68万     | 66.3万  | LE   | COST_MONEY  | at-most  | MET     | 100       | an amount of money
            # money per something (元/期) is money too: 500/600 = 0.833333 → fraction 0.8333 → 100 × 0.8333 = 83.33
            成本指标     | 单位印刷成本  | 500元/期 | 600元/期 | LE  | COST_MONEY  | at-most  | PARTIAL | 83.33     | an amount of money
            # a rate under 成本指标 reads ≥: 成本控制率 100% with 98% is 0.98, not full marks
            成本指标     | 成本控制率    | 100%     | 98%     | GE   | COST_RATE   | at-least | PARTIAL | 98        | a rate under 成本指标
            成本指标     | 成本控制率    | 100%     | 100%    | GE   | COST_RATE   | at-least | MET     | 100       | a rate under 成本指标
            # … and a name ending in 率 is a rate even without %: 98/100 = 0.98
            成本指标     | 预算执行率    | 100      | 98      | GE   | COST_RATE   | at-least | PARTIAL | 98        | a rate under 成本指标
            成本指标     | 成本节约率（%） | 5      | 4       | GE   | COST_RATE   | at-least | PARTIAL | 80        | a rate under 成本指标
            # a bare number under 成本 stays unitless, neither money nor a rate: ≥ by default (100 meets 100)
            成本指标     | 项目成本      | 100      | 100     | GE   | DEFAULT     | at-least | MET     | 100       | (无比较符按≥)
            # the order: zero before the word, the word before 成本
            成本指标     | 成本超支率    | 5%       | 8%      | LE   | LOWER_WORD  | at-most  | PARTIAL | 62.5      | holds '超支'
            成本指标     | 成本超支率    | 0%       | 1%      | LE   | ZERO        | at-most  | MISSED  | 0         | a target of zero
            # no comparator elsewhere: ≥. 15/20 = 0.75 → 75; far short 2/20 = 0.1 → 10; zero → 0
            数量指标     | 指标          | 20个     | 20个    | GE   | DEFAULT     | at-least | MET     | 100       | (无比较符按≥)
            数量指标     | 指标          | 20个     | 25个    | GE   | DEFAULT     | at-least | MET     | 100       | (无比较符按≥)
            数量指标     | 指标          | 20个     | 15个    | GE   | DEFAULT     | at-least | PARTIAL | 75        | (无比较符按≥)
            数量指标     | 指标          | 20个     | 2个     | GE   | DEFAULT     | at-least | PARTIAL | 10        | (无比较符按≥)
            数量指标     | 指标          | 20个     | 0个     | GE   | DEFAULT     | at-least | MISSED  | 0         | (无比较符按≥)
            # 24小时 as a 时效 target: ≥; 12/24 = 0.5 → 50
            时效指标     | 指标          | 24小时   | 12小时  | GE   | DEFAULT     | at-least | PARTIAL | 50        | (无比较符按≥)
            # 100% as a 质量 target: ≥; 98.5/100 → 98.5
            质量指标     | 指标          | 100%     | 98.5%   | GE   | DEFAULT     | at-least | PARTIAL | 98.5      | (无比较符按≥)
            # N/A: not scored in any direction, no default noted
            成本指标     | 指标          | 20万元   | 不适用  |      |             | not-applicable | NA | 0       |
            """)
    void picksTheDirection(String level2, String name, String target, String actual, Comparator cmp,
                           Direction.Reason reason, String method, Status status, String score, String says) {
        TestDepartment dept = TestDepartment.create().project(TestDepartment.PROJECT).output(level2, name, target)
                .actual(actual);
        List<ScoringCase> cases = dept.fire().stream().filter(ScoringCase.class::isInstance)
                .map(ScoringCase.class::cast).toList();
        if (cmp != null) {
            assertThat(cases).singleElement().satisfies(c -> {
                assertThat(c.direction()).isEqualTo(cmp);
                assertThat(c.reading()).isEqualTo(reason);
            });
        }
        DepartmentScore d = dept.score();
        assertLine(only(d), method, status, score);
        if (says != null) {
            Finding f = findings(d).stream().filter(x -> x.code().equals("KPI-0309")).findFirst().orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains(target, cmp.symbol(), says);
            assertThat(f.hint()).startsWith("Maybe").contains(cmp.symbol() + target);
        } else {
            assertThat(codes(d)).doesNotContain("KPI-0309");
        }
    }
}
