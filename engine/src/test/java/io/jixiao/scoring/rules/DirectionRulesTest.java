package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Finding;
import io.jixiao.model.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Direction;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import io.jixiao.value.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules "written-comparator", "no-comparator-cost-is-at-most" and "no-comparator-is-at-least"
 * (rules/scoring/direction.drl): a written comparator is used as written; without one a 成本指标 is scored
 * as ≤ and anything else as ≥, with the info finding KPI-0309. The one indicator holds 100 points.
 */
class DirectionRulesTest {

    @ParameterizedTest(name = "[{0}] {1} with actual {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # level2     | target   | actual  | direction rule                | cmp  | method   | status  | score | KPI-0309
            # written comparators win, also on a 成本指标
            数量指标     | ≥20个    | 25个    | written-comparator            | GE   | at-least | MET     | 100   | false
            数量指标     | ≤20个    | 25个    | written-comparator            | LE   | at-most  | PARTIAL | 80    | false
            数量指标     | =20个    | 25个    | written-comparator            | EQ   | equal    | PARTIAL | 75    | false
            成本指标     | ≥20万元  | 25万元  | written-comparator            | GE   | at-least | MET     | 100   | false
            成本指标     | <20万元  | 25万元  | written-comparator            | LT   | at-most  | PARTIAL | 80    | false
            # no comparator on a 成本指标: ≤. Over: 20/25 = 0.8 → 80; at target and under: met
            成本指标     | 20万元   | 25万元  | no-comparator-cost-is-at-most | LE   | at-most  | PARTIAL | 80    | true
            成本指标     | 20万元   | 20万元  | no-comparator-cost-is-at-most | LE   | at-most  | MET     | 100   | true
            成本指标     | 20万元   | 15万元  | no-comparator-cost-is-at-most | LE   | at-most  | MET     | 100   | true
            # zero spent on a cost: 0 ≤ 20, met
            成本指标     | 20万元   | 0万元   | no-comparator-cost-is-at-most | LE   | at-most  | MET     | 100   | true
            # any level-2 naming 成本 is a cost
            项目成本指标 | 56万元   | 70万元  | no-comparator-cost-is-at-most | LE   | at-most  | PARTIAL | 80    | true
            # no comparator elsewhere: ≥. 15/20 = 0.75 → 75; far short 2/20 = 0.1 → 10; zero → 0
            数量指标     | 20个     | 20个    | no-comparator-is-at-least     | GE   | at-least | MET     | 100   | true
            数量指标     | 20个     | 25个    | no-comparator-is-at-least     | GE   | at-least | MET     | 100   | true
            数量指标     | 20个     | 15个    | no-comparator-is-at-least     | GE   | at-least | PARTIAL | 75    | true
            数量指标     | 20个     | 2个     | no-comparator-is-at-least     | GE   | at-least | PARTIAL | 10    | true
            数量指标     | 20个     | 0个     | no-comparator-is-at-least     | GE   | at-least | MISSED  | 0     | true
            # 24小时 as a 时效 target: ≥; 12/24 = 0.5 → 50
            时效指标     | 24小时   | 12小时  | no-comparator-is-at-least     | GE   | at-least | PARTIAL | 50    | true
            # 100% as a 质量 target: ≥; 98.5/100 → 98.5
            质量指标     | 100%     | 98.5%   | no-comparator-is-at-least     | GE   | at-least | PARTIAL | 98.5  | true
            # N/A: no direction at all
            成本指标     | 20万元   | 不适用  |                               |      | not-applicable | NA | 0     | false
            """)
    void picksTheDirection(String level2, String target, String actual, String directionRule, Comparator cmp,
                           String method, Status status, String score, boolean noted) {
        TestDepartment dept = TestDepartment.single(level2, target, null, actual);
        List<Direction> directions = dept.fire().stream().filter(Direction.class::isInstance)
                .map(Direction.class::cast).toList();
        if (directionRule == null) {
            assertThat(directions).isEmpty();
        } else {
            assertThat(directions).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo(directionRule);
                assertThat(d.comparator()).isEqualTo(cmp);
            });
        }
        DepartmentScore d = dept.score();
        assertLine(only(d), method, status, score);
        if (noted) {
            Finding f = findings(d).stream().filter(x -> x.code().equals("KPI-0309")).findFirst().orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains(target, cmp == Comparator.LE ? "≤" : "≥");
            assertThat(f.hint()).startsWith("Maybe").contains((cmp == Comparator.LE ? "≤" : "≥") + target);
        } else {
            assertThat(codes(d)).doesNotContain("KPI-0309");
        }
    }
}
