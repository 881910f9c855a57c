package io.jixiao.scoring;

import static io.jixiao.problem.InLanguage.zh;
import static io.jixiao.scoring.TestDepartment.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.LoadResult;
import io.jixiao.load.Pairing;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.recheck.Checks;
import io.jixiao.rules.RuleBook;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 部门整体支出绩效评价 score sheet (docs/scoring.md#evaluation): scored as the sum of its indicators (no category
 * weights, no 预算执行率 line), its 分值 totalling 100, graded by the profile, reported on its own — the department's
 * score stays the one of its target tables.
 *
 * <p>The sheet (决策 15 / 过程 25 / 产出 30 / 效益 30):
 * <pre>
 *   决策 预算配置 重点支出安排率 15  ≥90%，计15分；80%(含)-90%，计12分；低于80%不得分
 *   过程 预算执行 预算调整率     10  预算调整率=0，计10分；0-10%(含)，计8分；10-20%(含)，计5分；大于20%不得分
 *   过程 财务管理 结转结余情况   15  无结余，15分；有结余，但不超过上年结转，10分；结余超过上年结转，不得分
 *   产出 产出数量 任务完成率     30  完成率100%计满分，每降低1个百分点扣1分，扣完为止
 *   效益 社会效益 年度工作任务   30  达成年度指标计30分；部分达成计18分；未达成不得分
 * </pre>
 */
class EvaluationSheetTest {

    static final String TARGETS = """
            department: 测试部门
            year: 2023
            budget: 100
            overall:
              indicators:
                - {level1: 产出指标, level2: 数量指标, name: 监测数量, target: "≥100条"}
                - {level1: 效益指标, level2: 社会效益指标, name: 网络环境, target: 有效改善}
            evaluation:
              name: 部门整体支出绩效评价
              indicators:
                - {level1: 决策, level2: 预算配置, name: 重点支出安排率, points: 15,
                   deduction: "≥90%，计15分；80%(含)-90%，计12分；低于80%不得分"}
                - {level1: 过程, level2: 预算执行, name: 预算调整率, points: 10,
                   deduction: "预算调整率=0，计10分；0-10%(含)，计8分；10-20%(含)，计5分；大于20%不得分"}
                - {level1: 过程, level2: 财务管理, name: 结转结余情况, points: 15,
                   deduction: "无结余，15分；有结余，但不超过上年结转，10分；结余超过上年结转，不得分"}
                - {level1: 产出, level2: 产出数量, name: 任务完成率, points: 30,
                   deduction: "完成率100%计满分，每降低1个百分点扣1分，扣完为止"}
                - {level1: 效益, level2: 社会效益, name: 年度工作任务, points: 30,
                   deduction: "达成年度指标计30分；部分达成计18分；未达成不得分"}
            """;

    static final String ACTUALS = """
            department: 测试部门
            year: 2023
            overall:
              spent: 95
              actuals: {监测数量: 100条, 网络环境: 达成}
            evaluation:
              actuals: {重点支出安排率: "%s", 预算调整率: "%s", 结转结余情况: "%s", 任务完成率: "%s", 年度工作任务: "%s"}
              selfScores: {重点支出安排率: 15}
            """;

    static DepartmentScore score(String... actuals) {
        DepartmentTargets t = targets(TARGETS);
        DepartmentActuals a = ActualsLoader.load("a.yaml", YamlReader.parse("a.yaml", ACTUALS.formatted(
                (Object[]) actuals))).orThrow();
        return new Scorer(RuleBook.packaged(), ProfileLoader.load("national", null)).score(t, a, false);
    }

    static DepartmentTargets targets(String yaml) {
        return TargetsLoader.load("t.yaml", YamlReader.parse("t.yaml", yaml)).orThrow();
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3} / {4} → {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # 安排率 | 调整率 | 结转结余                 | 完成率 | 任务     | score | grade | sections 决策/过程/产出/效益
            # all at the top: 15 + 10 + 15 + 30 + 30 = 100
            95%      | 0      | 无结余                   | 100%   | 达成     | 100   | 优    | 15 15+10=25 30 30
            # 12 + 8 + 10 + (30 − 3) + 18 = 75: 85% is [80, 90); 5% is (0, 10]; 97% is 3 points below → 27
            85%      | 5%     | 有结余，但不超过上年结转 | 97%    | 部分达成 | 75    | 中    | 12 18 27 18
            # 0 + 5 + 0 + 0 + 0 = 5: 70% below 80; 12% in (10, 20]; 60% is 40 below → 30 − 40 → 0; 未达成 → 0
            70%      | 12%    | 结余超过上年结转         | 60%    | 未达成   | 5     | 差    | 0 5 0 0
            # 15 + 10 + 15 + 22 + 30 = 92: 91.5% is 8.5 points below → 8 whole steps → 30 − 8 = 22
            90%      | 0%     | 无结余                   | 91.5%  | 达成     | 92    | 优    | 15 25 22 30
            """)
    void theSheetIsTheSumOfItsIndicators(String a1, String a2, String a3, String a4, String a5, String score,
                                         String grade, String sections) {
        DepartmentScore d = score(a1, a2, a3, a4, a5);
        TableScore sheet = d.evaluation();
        assertThat(sheet.kind()).isEqualTo(TableKind.EVALUATION);
        assertThat(sheet.name()).isEqualTo("部门整体支出绩效评价");
        assertNumber(sheet.score(), score);
        assertThat(sheet.grade()).isEqualTo(grade);
        assertThat(sheet.budgetExecution()).isNull();
        assertThat(sheet.categories()).extracting(CategoryScore::level1).containsExactly("决策", "过程", "产出", "效益");
        assertThat(sheet.categories()).extracting(c -> c.points().stripTrailingZeros().toPlainString())
                .containsExactly("15", "25", "30", "30");
        String[] expected = sections.split(" ");
        for (int i = 0; i < expected.length; i++) {
            String e = expected[i].contains("=") ? expected[i].substring(expected[i].indexOf('=') + 1) : expected[i];
            assertNumber(sheet.categories().get(i).score(), e);
        }
        // the department's score is its 部门整体 table's: 50 + 40 + 10 × 95/100 = 99.5, whatever the sheet scores
        assertThat(d.method()).isEqualTo("overall");
        assertNumber(d.score(), "99.5");
        assertThat(d.tables()).extracting(TableScore::kind).containsExactly(TableKind.OVERALL);
        assertThat(d.hasErrors()).isFalse();
    }

    @Test
    void itsLinesSayHowEachScored() {
        DepartmentScore d = score("85%", "5%", "有结余，但不超过上年结转", "97%", "部分达成");
        assertThat(d.evaluation().indicators()).extracting(IndicatorScore::rule).containsExactly("deduction-bands",
                "deduction-bands", "deduction-choices", "deduction-point-steps", "deduction-grade-points");
        assertThat(zh(() -> d.evaluation().explanation())).isEqualTo("指标得分75.00 = 75.00");
        assertThat(zh(() -> d.evaluation().indicators().get(3).explanation()))
                .contains("低于3个百分点；每1个百分点扣1分 → 扣3分，30−3 → 计27分 = 27.00");
    }

    @Test
    void selfScoresOnTheSheetAreRechecked() {
        // 重点支出安排率 claims 15 but scores 12 (85% is in [80%, 90%))
        DepartmentTargets t = targets(TARGETS);
        DepartmentActuals a = ActualsLoader.load("a.yaml", YamlReader.parse("a.yaml", ACTUALS.formatted("85%", "0",
                "无结余", "100%", "达成"))).orThrow();
        DepartmentScore d = new Scorer(RuleBook.packaged(), ProfileLoader.load("national", null)).score(t, a, false);
        DepartmentScore checked = Checks.apply(d, a, ProfileLoader.load("national", null).recheck());
        assertThat(checked.evaluation().findings()).extracting(Finding::code).containsExactly("KPI-0320");
        assertThat(checked.evaluation().findings().get(0).message())
                .contains("'重点支出安排率' of '部门整体支出绩效评价' claims 15.00 points but scores 12.00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the points do not total 100: 15 + 10 + 15 + 30 + 20 = 90
            the 分值 add up to 90      | name: 年度工作任务, points: 30, | name: 年度工作任务, points: 20, | KPI-0134 | the 分值 of the 部门整体支出绩效评价 sheet add up to 90, not 100
            # a row without its 分值
            a row without 分值         | name: 年度工作任务, points: 30, | name: 年度工作任务, | KPI-0103 | missing key 'points' in indicator '年度工作任务' of the evaluation sheet
            # a row without its 评分标准
            a row without 评分标准     | deduction: "达成年度指标计30分；部分达成计18分；未达成不得分" | basis: 计划标准 | KPI-0103 | missing key 'deduction' in indicator '年度工作任务' of the evaluation sheet
            # 按完成比例计分 needs a target the row does not have
            a proportional row         | 达成年度指标计30分；部分达成计18分；未达成不得分 | 达到目标值计满分，未达到按完成比例计分 | KPI-0119 | scores against the target, but indicator '年度工作任务' of the evaluation sheet has none
            """)
    void aSheetThatCannotBeScoredIsAnErrorAtItsPlace(String what, String from, String to, String code, String words) {
        String yaml = TARGETS.replace(from, to);
        assertThat(yaml).isNotEqualTo(TARGETS);
        LoadResult<DepartmentTargets> r = TargetsLoader.load("t.yaml", YamlReader.parse("t.yaml", yaml));
        assertThat(r.findings()).filteredOn(Finding::isError).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.message()).contains(words);
            assertThat(f.location().line()).isPositive();
        });
    }

    @Test
    void actualsAndTargetsPairTheirSheets() {
        DepartmentTargets t = targets(TARGETS);
        // the targets have a sheet, the actuals none: KPI-0125 naming it (unless --allow-missing)
        DepartmentActuals none = ActualsLoader.load("a.yaml", YamlReader.parse("a.yaml", ACTUALS.substring(0,
                ACTUALS.indexOf("evaluation:")))).orThrow();
        assertThat(Pairing.pair(t, none, false).findings()).extracting(Finding::code).containsExactly("KPI-0125");
        assertThat(Pairing.pair(t, none, false).findings().get(0).message()).contains("部门整体支出绩效评价");
        assertThat(Pairing.pair(t, none, true).findings()).isEmpty();
        // the actuals have a sheet the targets lack: KPI-0135
        DepartmentTargets without = targets(TARGETS.substring(0, TARGETS.indexOf("evaluation:")));
        DepartmentActuals a = ActualsLoader.load("a.yaml", YamlReader.parse("a.yaml", ACTUALS.formatted("95%", "0",
                "无结余", "100%", "达成"))).orThrow();
        List<Finding> f = Pairing.pair(without, a, false).findings();
        assertThat(f).extracting(Finding::code).containsExactly("KPI-0135");
        // an unknown row of the sheet: KPI-0121
        DepartmentActuals unknown = ActualsLoader.load("a.yaml", YamlReader.parse("a.yaml", ACTUALS.formatted("95%", "0",
                "无结余", "100%", "达成").replace("年度工作任务:", "年度任务:"))).orThrow();
        assertThat(Pairing.pair(t, unknown, false).findings()).extracting(Finding::code).contains("KPI-0121", "KPI-0120");
    }
}
