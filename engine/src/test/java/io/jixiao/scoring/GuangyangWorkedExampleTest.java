package io.jixiao.scoring;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.assertNumber;
import static io.jixiao.scoring.TestDepartment.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.InChinese;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked example, end to end: indicators/guangyang/2023 (targets.yaml + actuals-example.yaml, profile national),
 * every number worked out by hand from the targets, the 评（扣）分标准 and the actuals.
 *
 * <p>部门整体 table points (docs/scoring.md#weights, docs/scoring.md#points): budget 259.25 and spent 255.10 are
 * known, so BUDGET keeps its 10. 部门产出 (OUTPUT, 50) has 8 indicators → 50/8 = 6.25 each; 部门效果 (OUTCOME, 30)
 * has 4 besides 满意度 → 30/4 = 7.5 each; the level-2 满意度 under 部门效果 is SATISFACTION (10) → 10.
 */
@InChinese
class GuangyangWorkedExampleTest {

    private static DepartmentScore d;
    private static TableScore overall;

    @BeforeAll
    static void score() {
        d = TestDepartment.scoreSeed("guangyang/2023");
        overall = d.overall();
    }

    @ParameterizedTest(name = "部门整体 / {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # key                          | points | score  | rule                | status  | explanation
            # ≥2万条, 每减少10条扣减数量分值的1%: 19950条 is 50 short → ⌊50/10⌋ = 5 steps × 1% = 5% → 6.25 × 0.95 = 5.9375 → 5.94
            全年监测舆情信息数量           | 6.25   | 5.94   | deduction-step      | PARTIAL | 实际19950条 < 目标20000条，相差50条；每10条扣1% → 扣5% → 6.25×0.95=5.94
            # ≥90个, 每减少1个减10%: 90个 meets it → 6.25
            维护数量                       | 6.25   | 6.25   | deduction-step      | MET     | 实际90个 ≥ 目标90个，达标得满分 → 6.25×1=6.25
            # ≥95%, 每减少1%减10%: 96% meets it → 6.25
            重大舆情监控覆盖率             | 6.25   | 6.25   | deduction-step      | MET     | 实际96% ≥ 目标95%，达标得满分
            # ≥95%, 每减少1%减10% (percentage points): 93% is 2 points short → 20% → 6.25 × 0.8 = 5
            网速达标率                     | 6.25   | 5      | deduction-step      | PARTIAL | 实际93% < 目标95%，相差2个百分点；每1%扣10% → 扣20% → 6.25×0.8=5.00
            # =24小时, 每减少1小时减10%: 24小时 equals it → 6.25
            舆情信息监测时长               | 6.25   | 6.25   | deduction-step      | MET     | 实际24小时 = 目标24小时，达标得满分
            # ≤30分钟, 每增加1%减10% (relative): 0.5小时 = 30分钟 meets it → 6.25
            故障后响应时间                 | 6.25   | 6.25   | deduction-step      | MET     | 实际30分钟 ≤ 目标30分钟，达标得满分
            # ≤20万元, 按规定执行得满分，否则不得分: 19.6万元 passes → 6.25
            舆情监测费用                   | 6.25   | 6.25   | deduction-pass-fail | MET     | 实际19.6万元 ≤ 目标20万元，达标得满分 → 6.25×1=6.25
            # ≤56万元, pass/fail: 52.8万元 passes → 6.25
            项目成本                       | 6.25   | 6.25   | deduction-pass-fail | MET     | 实际52.8万元 ≤ 目标56万元，达标得满分
            # 有效改善, 达标得满分，不达标不得分 on a grade: passes when the grade's percent reaches the 达成 band
            # (national: 80%); actual 达成 = 100% ≥ 80% → 7.5
            改善广阳区网络环境             | 7.5    | 7.5    | deduction-pass-fail | MET     | 实际「达成」(达成 100% ≥ 80%)，达标得满分 → 7.50×1=7.50
            # actual 部分达成 → its default 70% < 80% → not 达标 → 0
            改善广阳区政务网络服务质量     | 7.5    | 0      | deduction-pass-fail | MISSED  | 实际「部分达成」(部分达成 70% < 80%)，未达标不得分 → 7.50×0=0.00
            # 可持续, 达标得满分，不达标不得分; actual 良 → rating 80% ≥ 80% → 7.5
            持续优化网络舆情监测和处置率   | 7.5    | 7.5    | deduction-pass-fail | MET     | 实际「良」(良 80% ≥ 80%)，达标得满分 → 7.50×1=7.50
            # 可持续, pass/fail; actual 达成 → 7.5
            向广阳区人民提供服务           | 7.5    | 7.5    | deduction-pass-fail | MET     | (达成 100% ≥ 80%)
            # ≥90%, 每下降1%扣2.5%，低于60%不得分: 92% meets it → 10
            全区人员满意度                 | 10     | 10     | deduction-step      | MET     | 实际92% ≥ 目标90%，达标得满分 → 10.00×1=10.00
            """)
    void everyIndicatorOfTheDepartmentWideTable(String key, String points, String score, String rule, Status status,
                                                String explanation) {
        IndicatorScore line = indicator(overall, key);
        assertNumber(line.points(), points);
        assertLine(line, rule, status, score, explanation);
    }

    @Test
    void departmentWideTableTotalAndGrade() {
        // every part a 2-place amount (docs/scoring.md#arithmetic):
        // OUTPUT 6 × 6.25 + 5.94 + 5 = 48.44; OUTCOME 7.5 + 0 + 7.5 + 7.5 = 22.5; SATISFACTION 10
        assertThat(overall.categories()).extracting(CategoryScore::category)
                .containsExactly("OUTPUT", "OUTCOME", "SATISFACTION");
        assertNumber(overall.categories().get(0).score(), "48.44");
        assertNumber(overall.categories().get(0).points(), "50");
        assertNumber(overall.categories().get(1).score(), "22.5");
        assertNumber(overall.categories().get(1).points(), "30");
        assertNumber(overall.categories().get(2).score(), "10");
        // 预算执行率 255.10 / 259.25 = 98.3992…% → 0.9840 as printed → 10 × 0.984 = 9.84
        assertNumber(overall.budgetExecution().rate(), "≈98.399229");
        assertNumber(overall.budgetExecution().score(), "9.84");
        assertThat(overall.budgetExecution().explanation()).contains("执行数255.1万元 / 预算259.25万元 = 98.40%");
        // indicators 48.44 + 22.5 + 10 = 80.94; + 9.84 = 90.78, 优 (≥ 90); nothing N/A
        assertNumber(overall.rawScore(), "90.78");
        assertNumber(overall.naPoints(), "0");
        assertNumber(overall.score(), "90.78");
        assertThat(overall.explanation()).isEqualTo("指标得分80.94 + 预算执行9.84 = 90.78");
        assertThat(overall.grade()).isEqualTo("优");
        assertThat(overall.findings()).isEmpty();
    }

    @Test
    void theDepartmentScoreIsTheDepartmentWideTables() {
        // docs/scoring.md#department: an overall table is present → the department score is its score
        assertThat(d.method()).isEqualTo("overall");
        assertThat(d.score()).isEqualByComparingTo(overall.score());
        assertThat(d.grade()).isEqualTo("优");
        assertThat(d.profile()).isEqualTo("national");
        assertThat(d.hasErrors()).isFalse();
    }

    @ParameterizedTest(name = "网络安全监测项目经费 / {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # OUTPUT 4 → 12.5 each, OUTCOME 3 → 10 each, SATISFACTION 10, BUDGET 10
            # key                          | points | score | rule           | status  | explanation
            # 2.15万条 = 21500条 ≥ 20000条 → 12.5
            全年监测舆情信息数量           | 12.5   | 12.5  | at-least       | MET     | 实际21500条 ≥ 目标20000条，达标
            重大舆情监控覆盖率             | 12.5   | 12.5  | at-least       | MET     | 实际96% ≥ 目标95%，达标
            # 完成 on 24小时 → met, with KPI-0305
            舆情信息监测时长               | 12.5   | 12.5  | completed      | MET     | 实际「完成」，视为达标
            全年舆情监测费用               | 12.5   | 12.5  | at-most        | MET     | 实际19.6万元 ≤ 目标20万元，达标
            # 部分达成 75% (inside 60–80) → 10 × 0.75 = 7.5
            提高经济效益                   | 10     | 7.5   | grade          | PARTIAL | (部分达成，自评75%)
            改善全区网络环境               | 10     | 10    | grade          | MET     | (达成，默认100%)
            持续优化网络舆情监测和处置率   | 10     | 10    | grade          | MET     | (优，评级100%)
            实现广阳区人民满意度           | 10     | 0     | not-applicable | NA      | 不适用：本项10.00分剔除
            """)
    void project1(String key, String points, String score, String rule, Status status, String explanation) {
        IndicatorScore line = indicator(TestDepartment.table(d, "网络安全监测项目经费"), key);
        assertNumber(line.points(), points);
        assertLine(line, rule, status, score, explanation);
    }

    @Test
    void project1Total() {
        TableScore t = TestDepartment.table(d, "网络安全监测项目经费");
        // indicators 4 × 12.5 + 7.5 + 10 + 10 + 0 = 77.5; budget 19.6/20 = 98% → 9.8; raw 87.3;
        // N/A 10 → 87.3 × 100 / (100 − 10) = 97 → 优
        assertNumber(t.budgetExecution().score(), "9.8");
        assertNumber(t.rawScore(), "87.3");
        assertNumber(t.naPoints(), "10");
        assertNumber(t.score(), "97");
        assertThat(t.grade()).isEqualTo("优");
        assertThat(t.explanation()).contains("87.30×100/(100−10.00) = 97.00");
        assertThat(t.findings()).extracting(Finding::code).containsExactly("KPI-0305");
    }

    @ParameterizedTest(name = "政务网络平台项目经费 / {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # key                          | points | score     | rule     | status  | explanation
            # 72/90 = 0.8 → 12.5 × 0.8 = 10
            维护数量                       | 12.5   | 10        | at-least | PARTIAL | 实际72个 < 目标90个，完成率80.00% → 12.50×0.8=10.00
            # 94.5/95 = 0.994737 → 0.9947 as printed → 12.5 × 0.9947 = 12.43375 → 12.43
            网速达标率                     | 12.5   | 12.43      | at-least | PARTIAL | 完成率99.47% → 12.50×0.9947=12.43
            # 30/45 = 0.666667 → 0.6667 → 12.5 × 0.6667 = 8.33375 → 8.33
            故障后响应时间                 | 12.5   | 8.33      | at-most  | PARTIAL | 实际45分钟 > 目标30分钟，目标/实际=66.67% → 12.50×0.6667=8.33
            项目总成本                     | 12.5   | 12.5      | at-most  | MET     | 达标
            # 未达成 → default 30% → 3
            有效提高广阳区经济质量         | 10     | 3         | grade    | PARTIAL | (未达成，默认30%)
            # 良 → 80% → 8
            改善广阳区政务网络服务质量     | 10     | 8         | grade    | PARTIAL | (良，评级80%)
            向人民提供服务                 | 10     | 10        | grade    | MET     | (达成，默认100%)
            # 88/90 = 0.977778 → 0.9778 → 9.778 → 9.78
            实现广阳区人民满意度           | 10     | 9.78      | at-least | PARTIAL | 完成率97.78% → 10.00×0.9778=9.78
            """)
    void project2(String key, String points, String score, String rule, Status status, String explanation) {
        IndicatorScore line = indicator(TestDepartment.table(d, "政务网络平台项目经费"), key);
        assertNumber(line.points(), points);
        assertLine(line, rule, status, score, explanation);
    }

    @Test
    void project2Total() {
        TableScore t = TestDepartment.table(d, "政务网络平台项目经费");
        // 10 + 12.43 + 8.33 + 12.5 + 3 + 8 + 10 + 9.78 = 74.04; budget: 全年预算数 54 (年初 56,
        // docs/scoring.md#adjusted-budget): 52.8/54 = 97.7778% → fraction 0.9778 → 10×0.9778 = 9.778 → 9.78;
        // total 74.04 + 9.78 = 83.82, 良
        assertNumber(t.budgetExecution().score(), "9.78");
        assertNumber(t.budgetExecution().initialBudget(), "56");
        assertNumber(t.budget(), "54");
        assertNumber(t.score(), "83.82");
        assertThat(t.explanation()).isEqualTo("指标得分74.04 + 预算执行9.78 = 83.82");
        assertThat(t.grade()).isEqualTo("良");
        assertThat(t.findings()).isEmpty();
    }

    @ParameterizedTest(name = "部门整体支出绩效评价 / {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # the illustrative 评分表 (docs/scoring.md#evaluation): each row's 分值 as given, scored by its 评分标准
            # key                | points | score       | rule                   | status  | explanation
            # ≥90% 5; [80%, 90%) 4; below 80% 0: 86% → 4
            重点支出安排率       | 5      | 4           | deduction-bands        | PARTIAL | 实际86%
            # ≤100% 5, 每超过一个百分点扣0.5分: 101.5% is 1.5 points over → 1 whole step → 5 − 0.5 = 4.5
            财政供养人员控制率   | 5      | 4.5         | deduction-point-steps  | PARTIAL | 实际101.5%
            # ≤0 5: a fall of -3% is ≤ 0 → 5
            “三公经费”变动率     | 5      | 5           | deduction-point-steps  | MET     | 实际-3%
            # ≥90% 10: 98.4% → 10
            预算执行率           | 10     | 10          | deduction-bands        | MET     | 实际98.4%
            # =0 3 (the exact value first): 0% → 3
            预算调整率           | 3      | 3           | deduction-bands        | MET     | 实际0%
            # the second option → 2 of 3
            结转结余情况         | 3      | 2           | deduction-choices      | PARTIAL | 有结余，但不超过上年结转
            # 100% full, 每降低1个百分点扣1分: 97% is 3 points below → 9 − 3 = 6
            资金到位率           | 9      | 6           | deduction-point-steps  | PARTIAL | 实际97%
            # ≥95%, 按完成比例计分 (the default method): 93/95 = 0.978947 → fraction 0.9789 → 20 × 0.9789 = 19.578 → 19.58
            重点工作任务完成率   | 20     | 19.58       | at-least               | PARTIAL | 实际93% < 目标95%
            # 部分达成 → 6 of 10
            工作质量             | 10     | 6           | deduction-grade-points | PARTIAL | 部分达成
            # 达成 → 20
            年度工作目标实现     | 20     | 20          | deduction-grade-points | MET     | 达成
            # [80%, 90%) 8: 88% → 8
            服务对象满意度       | 10     | 8           | deduction-bands        | PARTIAL | 实际88%
            """)
    void everyRowOfTheEvaluationSheet(String key, String points, String score, String rule, Status status,
                                      String explanation) {
        IndicatorScore line = indicator(d.evaluation(), key);
        assertNumber(line.points(), points);
        assertLine(line, rule, status, score, explanation);
    }

    @Test
    void evaluationSheetTotalGradeAndSections() {
        TableScore sheet = d.evaluation();
        // 决策 4 + 4.5 + 5 = 13.5 of 15; 过程 10 + 3 + 2 + 6 = 21 of 25; 产出 19.58 + 6 = 25.58 of 30;
        // 效益 20 + 8 = 28 of 30; total 13.5 + 21 + 25.58 + 28 = 88.08, 良 (80 ≤ 88.08 < 90); no 预算执行率 line of its own
        assertThat(sheet.categories()).extracting(CategoryScore::level1).containsExactly("决策", "过程", "产出", "效益");
        assertNumber(sheet.categories().get(0).score(), "13.5");
        assertNumber(sheet.categories().get(1).score(), "21");
        assertNumber(sheet.categories().get(2).score(), "25.58");
        assertNumber(sheet.categories().get(3).score(), "28");
        assertNumber(sheet.categories().get(0).points(), "15");
        assertNumber(sheet.categories().get(1).points(), "25");
        assertNumber(sheet.categories().get(2).points(), "30");
        assertNumber(sheet.categories().get(3).points(), "30");
        assertNumber(sheet.score(), "88.08");
        assertThat(sheet.grade()).isEqualTo("良");
        assertThat(sheet.budgetExecution()).isNull();
        // the department's score stays its 部门整体 table's 90.78 (优), whatever the sheet scores
        assertThat(d.score()).isEqualByComparingTo(overall.score());
        assertThat(d.tables()).doesNotContain(sheet);
    }
}
