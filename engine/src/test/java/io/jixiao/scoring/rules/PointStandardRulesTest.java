package io.jixiao.scoring.rules;

import static io.jixiao.problem.InLanguage.zh;
import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.assertNumber;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules/deduction/points.drl: 评分标准 in points (docs/scoring.md#point-standards) — bands on the actual, a standard with a
 * deduction in points, choices of wording, grades in points — each band edge worked by hand. What a standard awards is
 * capped at the indicator's 分值.
 *
 * <p>The indicator carries its 分值 ({@code points}) and is its project's only row, without a budget: its line scores
 * exactly the points awarded (the table itself is rescaled to 100, KPI-0319.total, which is not asserted here).
 */
class PointStandardRulesTest {

    private static final String BANDS = "≥90%，计5分；80%(含)-90%，计4分；70%(含)-80%，计3分；60%(含)-70%，计2分；低于60%不得分";
    private static final String EXACT = "预算调整率=0，计3分；0-10%(含)，计2分；10-20%(含)，计1分；20-30%(含)，计0.5分；大于30%不得分";
    private static final String CONTROL = "以100%为标准。在职人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止";
    private static final String COMPLETION = "完成率100%计满分，每降低1个百分点扣1分，扣完为止";
    private static final String SANGONG = "“三公经费”变动率≤0，计5分；“三公经费”>0，每超过一个百分点扣0.5分，扣完为止";
    private static final String SURPLUS = "无结余，3分；有结余，但不超过上年结转，2分；结余超过上年结转，不得分";
    private static final String GRADES = "达成年度指标计20分；部分达成计12分；未达成不得分";
    private static final String LOWEST = "≥90%计10分；80%(含)-90%计8分；低于80%计5分。";

    private static String standard(String name) {
        return switch (name) {
            case "BANDS" -> BANDS;
            case "EXACT" -> EXACT;
            case "CONTROL" -> CONTROL;
            case "COMPLETION" -> COMPLETION;
            case "SANGONG" -> SANGONG;
            case "SURPLUS" -> SURPLUS;
            case "GRADES" -> GRADES;
            case "LOWEST" -> LOWEST;
            case "CAPPED" -> "≥90%，计5分；低于90%计3分";
            case "GAP" -> "≥90%计10分；60%-80%计5分；低于60%不得分";
            case "PROPORTIONAL" -> "达到目标值计满分，未达到按完成比例计分";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} on {2} ({3}分), actual {4} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # standard   | indicator          | target   | 分值 | actual                   | rule                    | score | status  | explanation
            # bands: ≥90 → 5, [80, 90) → 4, [70, 80) → 3, [60, 70) → 2, below 60 → 0; each edge on both sides
            BANDS        | 重点支出安排率     | ≥90%     | 5    | 95%                      | deduction-bands         | 5     | MET     | 实际95% 在「≥90%」档 → 计5分 = 5.00
            BANDS        | 重点支出安排率     | ≥90%     | 5    | 90%                      | deduction-bands         | 5     | MET     | 在「≥90%」档
            BANDS        | 重点支出安排率     | ≥90%     | 5    | 89.99%                   | deduction-bands         | 4     | PARTIAL | 在「[80%, 90%)」档 → 计4分 = 4.00
            BANDS        | 重点支出安排率     | ≥90%     | 5    | 80%                      | deduction-bands         | 4     | PARTIAL | 在「[80%, 90%)」档
            BANDS        | 重点支出安排率     | ≥90%     | 5    | 79.9%                    | deduction-bands         | 3     | PARTIAL | 在「[70%, 80%)」档
            BANDS        | 重点支出安排率     | ≥90%     | 5    | 70%                      | deduction-bands         | 3     | PARTIAL | 在「[70%, 80%)」档
            BANDS        | 重点支出安排率     | ≥90%     | 5    | 60%                      | deduction-bands         | 2     | PARTIAL | 在「[60%, 70%)」档
            BANDS        | 重点支出安排率     | ≥90%     | 5    | 59.9%                    | deduction-bands         | 0     | MISSED  | 在「<60%」档 → 计0分 = 0.00
            # a score sheet's row may have no target: the bands read the actual in their own unit (85 → 85%)
            BANDS        | 重点支出安排率     |          | 5    | 85%                      | deduction-bands         | 4     | PARTIAL | 在「[80%, 90%)」档
            BANDS        | 重点支出安排率     |          | 5    | 85                       | deduction-bands         | 4     | PARTIAL | 实际85% 在「[80%, 90%)」档
            # an exact value first: =0 → 3; (0, 10] → 2; (10, 20] → 1; (20, 30] → 0.5; above 30 → 0
            EXACT        | 预算调整率         | ≤0       | 3    | 0                        | deduction-bands         | 3     | MET     | 在「=0%」档
            EXACT        | 预算调整率         | ≤0       | 3    | 0.01%                    | deduction-bands         | 2     | PARTIAL | 在「(0%, 10%]」档
            EXACT        | 预算调整率         | ≤0       | 3    | 10%                      | deduction-bands         | 2     | PARTIAL | 在「(0%, 10%]」档
            EXACT        | 预算调整率         | ≤0       | 3    | 10.5%                    | deduction-bands         | 1     | PARTIAL | 在「(10%, 20%]」档
            EXACT        | 预算调整率         | ≤0       | 3    | 20%                      | deduction-bands         | 1     | PARTIAL | 在「(10%, 20%]」档
            EXACT        | 预算调整率         | ≤0       | 3    | 30%                      | deduction-bands         | 0.5   | PARTIAL | 在「(20%, 30%]」档
            EXACT        | 预算调整率         | ≤0       | 3    | 30.1%                    | deduction-bands         | 0     | MISSED  | 在「>30%」档
            # the lowest band may give points: below 80 → 5
            LOWEST       | 资金到位率         | ≥90%     | 10   | 85%                      | deduction-bands         | 8     | PARTIAL | 在「[80%, 90%)」档
            LOWEST       | 资金到位率         | ≥90%     | 10   | 70%                      | deduction-bands         | 5     | PARTIAL | 在「<80%」档 → 计5分 = 5.00
            # capped at the 分值: the top band says 5, the 分值 is 4
            CAPPED       | 指标               | ≥90%     | 4    | 95%                      | deduction-bands         | 4     | MET     | 计5分，以分值4为限 = 4.00
            CAPPED       | 指标               | ≥90%     | 4    | 80%                      | deduction-bands         | 3     | PARTIAL | 计3分 = 3.00
            # a standard ≤100%, 5 points, 0.5 off per whole percentage point above (the subject 在职人员控制率 is not the
            # indicator's name): 100.9 is 0.9 above → 0 steps → 5 (not met); 101 → 1 step → 4.5; 102.5 → 2 → 4; 110 → 10 → 0
            CONTROL      | 财政供养人员控制率 | ≤100%    | 5    | 98%                      | deduction-point-steps   | 5     | MET     | 实际98% 符合标准≤100% → 计5分 = 5.00
            CONTROL      | 财政供养人员控制率 | ≤100%    | 5    | 100%                     | deduction-point-steps   | 5     | MET     | 符合标准≤100%
            CONTROL      | 财政供养人员控制率 | ≤100%    | 5    | 100.9%                   | deduction-point-steps   | 5     | PARTIAL | 超过0.9个百分点；每1个百分点扣0.5分 → 扣0分，5−0 → 计5分 = 5.00
            CONTROL      | 财政供养人员控制率 | ≤100%    | 5    | 101%                     | deduction-point-steps   | 4.5   | PARTIAL | 扣0.5分，5−0.5 → 计4.5分 = 4.50
            CONTROL      | 财政供养人员控制率 | ≤100%    | 5    | 102.5%                   | deduction-point-steps   | 4     | PARTIAL | 超过2.5个百分点；每1个百分点扣0.5分 → 扣1分，5−1
            CONTROL      | 财政供养人员控制率 | ≤100%    | 5    | 110%                     | deduction-point-steps   | 0     | MISSED  | 扣5分，5−5，扣完为止 → 计0分 = 0.00
            CONTROL      | 财政供养人员控制率 | ≤100%    | 5    | 130%                     | deduction-point-steps   | 0     | MISSED  | 扣15分，5−15，扣完为止 → 计0分
            # 100% is full marks (the 分值 10); 1 off per whole point below: 97 → 3 → 7; 96.5 → 3 → 7; 85 → 15 → 0
            COMPLETION   | 项目完成率         | 100%     | 10   | 100%                     | deduction-point-steps   | 10    | MET     | 符合标准≥100% → 计10分 = 10.00
            COMPLETION   | 项目完成率         | 100%     | 10   | 97%                      | deduction-point-steps   | 7     | PARTIAL | 低于3个百分点；每1个百分点扣1分 → 扣3分，10−3 → 计7分 = 7.00
            COMPLETION   | 项目完成率         | 100%     | 10   | 96.5%                    | deduction-point-steps   | 7     | PARTIAL | 低于3.5个百分点
            COMPLETION   | 项目完成率         | 100%     | 10   | 85%                      | deduction-point-steps   | 0     | MISSED  | 扣完为止
            # signed actuals: a fall of 3% meets ≤0; 2% above → 2 steps → 4; 2.4 → 2 → 4; 12 → 12 steps → 0
            SANGONG      | “三公经费”变动率   | ≤0       | 5    | -3%                      | deduction-point-steps   | 5     | MET     | 实际-3% 符合标准≤0%
            SANGONG      | “三公经费”变动率   | ≤0       | 5    | 0                        | deduction-point-steps   | 5     | MET     | 符合标准≤0%
            SANGONG      | “三公经费”变动率   | ≤0       | 5    | 2%                       | deduction-point-steps   | 4     | PARTIAL | 超过2个百分点
            SANGONG      | “三公经费”变动率   | ≤0       | 5    | 2.4%                     | deduction-point-steps   | 4     | PARTIAL | 扣1分，5−1
            SANGONG      | “三公经费”变动率   | ≤0       | 5    | 12%                      | deduction-point-steps   | 0     | MISSED  | 扣完为止
            # choices of wording, compared after normalising the text (，or , and a trailing 。 alike)
            SURPLUS      | 结转结余率         | 无结余   | 3    | 无结余                   | deduction-choices       | 3     | MET     | 实际「无结余」是评分标准的「无结余」 → 计3分 = 3.00
            SURPLUS      | 结转结余率         | 无结余   | 3    | 有结余，但不超过上年结转 | deduction-choices       | 2     | PARTIAL | 计2分 = 2.00
            SURPLUS      | 结转结余率         | 无结余   | 3    | 有结余,但不超过上年结转  | deduction-choices       | 2     | PARTIAL | 计2分
            SURPLUS      | 结转结余率         | 无结余   | 3    | 结余超过上年结转。       | deduction-choices       | 0     | MISSED  | 计0分 = 0.00
            # grades in points; an explicit percent does not change them
            GRADES       | 年度工作任务完成   | 完成年度任务 | 20 | 达成                   | deduction-grade-points  | 20    | MET     | 实际「达成」(达成) → 计20分 = 20.00
            GRADES       | 年度工作任务完成   | 完成年度任务 | 20 | 部分达成               | deduction-grade-points  | 12    | PARTIAL | (部分达成) → 计12分 = 12.00
            GRADES       | 年度工作任务完成   | 完成年度任务 | 20 | 部分达成 75%           | deduction-grade-points  | 12    | PARTIAL | 计12分
            GRADES       | 年度工作任务完成   | 完成年度任务 | 20 | 未达成年度指标且效果较差 | deduction-grade-points | 0     | MISSED  | 计0分
            # the default method said in words: at-least, 81/90 = 0.9 → 9
            PROPORTIONAL | 指标               | ≥90%     | 10   | 81%                      | at-least                | 9     | PARTIAL | 完成率90.00% → 10.00×0.9=9.00
            """)
    void scoresEachBandEdge(String standard, String name, String target, String points, String actual, String rule,
                            String score, Status status, String explanation) {
        DepartmentScore d = TestDepartment.create().project("P").output("质量指标", name, target == null ? "" : target)
                .deduction(standard(standard)).points(points).actual(actual).score();
        IndicatorScore line = indicator(d, name);
        assertLine(line, rule, status, score, explanation);
        assertThat(codes(d)).doesNotContain("KPI-0318", "KPI-0303", "KPI-0307", "KPI-0202", "KPI-0203");
        assertThat(d.hasErrors()).isFalse();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # standard | actual    | rule                       | message words
            SURPLUS    | 基本无结余 | deduction-not-a-choice     | actual '基本无结余' of '指标' is none of the options of its 评分标准: 无结余, 有结余，但不超过上年结转, 结余超过上年结转
            GAP        | 85%       | deduction-outside-bands    | actual '85%' of '指标' lies in no band of its 评分标准 (≥90%, [60%, 80%), <60%)
            GRADES     | 优        | deduction-grade-not-listed | actual '优' of '指标' is a grade its 评分标准 gives no points: it lists 达成, 部分达成, 未达成
            """)
    void anActualTheStandardDoesNotCoverIsAnError(String standard, String actual, String rule, String words) {
        DepartmentScore d = TestDepartment.create().project("P").output("质量指标", "指标", "有效改善")
                .deduction(standard(standard)).points("5").actual(actual).score();
        assertLine(indicator(d, "指标"), rule, Status.MISSED, "0");
        Finding f = findings(d).stream().filter(x -> x.code().equals("KPI-0318")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).isEqualTo(words);
        assertThat(f.hint()).startsWith("Maybe");
        assertThat(f.location().line()).as("placed at the actual").isPositive();
        assertThat(d.hasErrors()).isTrue();
    }

    @ParameterizedTest(name = "{0}: a text on bands is graded by the default method")
    @CsvSource(delimiter = '|', textBlock = """
            # a grade, 完成 or 不适用 on bands: the default method (as for step deductions)
            达成   | grade          | MET | 5
            完成   | completed      | MET | 5
            不适用 | not-applicable | NA  | 0
            """)
    void otherActualsOnBandsAreScoredByTheDefaultMethod(String actual, String rule, Status status, String score) {
        DepartmentScore d = TestDepartment.create().project("P").output("质量指标", "指标", "≥90%")
                .deduction(BANDS).points("5").actual(actual).score();
        assertLine(indicator(d, "指标"), rule, status, score);
    }

    @org.junit.jupiter.api.Test
    void pointsOfAStandardScaleWithTheIndicatorsPoints() {
        // A has the 分值 5 and the bands; B has none. No budget: OUTPUT 50 and OUTCOME 40 rescale ×100/90: A 5 →
        // 5.5556, B 45 → 50, C 40 → 44.4444; as 2-place shares (docs/scoring.md#arithmetic) 5.55 + 50 + 44.44 = 99.99,
        // the cent left goes to the largest remainder (A's .0056 against C's .0044): A 5.56. Its band's 4 (of 5)
        // scores 4 × 5.56 / 5 = 4.448 → 4.45
        DepartmentScore d = TestDepartment.create().project("P")
                .output("质量指标", "A", "≥90%").deduction(BANDS).points("5").actual("85%")
                .output("数量指标", "B", "≥10个").actual("10个")
                .outcome("社会效益指标", "C", "≥10个").actual("10个").score();
        IndicatorScore a = indicator(d, "A");
        assertNumber(a.points(), "5.56");
        assertNumber(a.score(), "4.45");
        assertThat(zh(() -> a.explanation())).contains("计4分，按分值折算 4×5.56/5 = 4.45");
    }
}
