package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import io.jixiao.value.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "no-comparator-default" (rules/scoring/direction.drl) and the direction it reports
 * ({@link ScoringCase#direction()}): a written comparator is used as written; without one a 成本指标 is
 * scored as ≤ and anything else as ≥, with the info finding KPI-0309. The one indicator holds 100 points.
 */
class DirectionRulesTest {

    @ParameterizedTest(name = "[{0}] {1} with actual {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # level2     | target   | actual  | cmp  | method   | status  | score | KPI-0309
            # written comparators win, also on a 成本指标
            数量指标     | ≥20个    | 25个    | GE   | at-least | MET     | 100   | false
            数量指标     | ≤20个    | 25个    | LE   | at-most  | PARTIAL | 80    | false
            数量指标     | =20个    | 25个    | EQ   | equal    | PARTIAL | 75    | false
            成本指标     | ≥20万元  | 25万元  | GE   | at-least | MET     | 100   | false
            成本指标     | <20万元  | 25万元  | LT   | at-most  | PARTIAL | 80    | false
            # no comparator on a 成本指标: ≤. Over: 20/25 = 0.8 → 80; at target and under: met
            成本指标     | 20万元   | 25万元  | LE   | at-most  | PARTIAL | 80    | true
            成本指标     | 20万元   | 20万元  | LE   | at-most  | MET     | 100   | true
            成本指标     | 20万元   | 15万元  | LE   | at-most  | MET     | 100   | true
            # zero spent on a cost: 0 ≤ 20, met
            成本指标     | 20万元   | 0万元   | LE   | at-most  | MET     | 100   | true
            # any level-2 naming 成本 is a cost
            项目成本指标 | 56万元   | 70万元  | LE   | at-most  | PARTIAL | 80    | true
            # no comparator elsewhere: ≥. 15/20 = 0.75 → 75; far short 2/20 = 0.1 → 10; zero → 0
            数量指标     | 20个     | 20个    | GE   | at-least | MET     | 100   | true
            数量指标     | 20个     | 25个    | GE   | at-least | MET     | 100   | true
            数量指标     | 20个     | 15个    | GE   | at-least | PARTIAL | 75    | true
            数量指标     | 20个     | 2个     | GE   | at-least | PARTIAL | 10    | true
            数量指标     | 20个     | 0个     | GE   | at-least | MISSED  | 0     | true
            # 24小时 as a 时效 target: ≥; 12/24 = 0.5 → 50
            时效指标     | 24小时   | 12小时  | GE   | at-least | PARTIAL | 50    | true
            # 100% as a 质量 target: ≥; 98.5/100 → 98.5
            质量指标     | 100%     | 98.5%   | GE   | at-least | PARTIAL | 98.5  | true
            # N/A: not scored in any direction, no default noted
            成本指标     | 20万元   | 不适用  |      | not-applicable | NA | 0     | false
            """)
    void picksTheDirection(String level2, String target, String actual, Comparator cmp, String method,
                           Status status, String score, boolean noted) {
        TestDepartment dept = TestDepartment.single(level2, target, null, actual);
        List<ScoringCase> cases = dept.fire().stream().filter(ScoringCase.class::isInstance)
                .map(ScoringCase.class::cast).toList();
        if (cmp != null) {
            assertThat(cases).singleElement().satisfies(c -> assertThat(c.direction()).isEqualTo(cmp));
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
