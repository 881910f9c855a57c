package io.jixiao.scoring;

import static io.jixiao.problem.InLanguage.zh;
import static io.jixiao.scoring.TestDepartment.indicator;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 评分依据 in English (tests run in English: {@code --lang en}), one row per scoring method and branch, each
 * worked by hand; the Chinese of the same methods is what the rule tests and the bundled departments' worked
 * examples compare (they stay byte for byte what they were). A single 产出指标 holds all 100 points unless the row
 * says otherwise, so its score is 100 × f.
 */
class ExplanationsInEnglishTest {

    private static final String PER_10_TIAO = "每减少10条，扣减数量分值的1%";
    private static final String PER_POINT = "每减少1%，减数量分值的10%";
    private static final String RELATIVE = "每增加1%，减数量分值的10%";
    private static final String ZERO_BELOW = "达到指标目标值得满分，每下降1%，扣权重分值的2.5%，低于60%不得分";
    private static final String PASS_FAIL = "达标得满分，不达标不得分";
    private static final String BANDS = "≥90%，计5分；80%(含)-90%，计4分；70%(含)-80%，计3分；60%(含)-70%，计2分；低于60%不得分";
    private static final String GAP = "≥90%计10分；60%-80%计5分；低于60%不得分";
    private static final String CAPPED = "≥90%，计5分；低于90%计3分";
    private static final String CONTROL = "以100%为标准。在职人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止";
    private static final String COMPLETION = "完成率100%计满分，每降低1个百分点扣1分，扣完为止";
    private static final String SURPLUS = "无结余，3分；有结余，但不超过上年结转，2分；结余超过上年结转，不得分";
    private static final String GRADES = "达成年度指标计20分；部分达成计12分；未达成不得分";

    private static Supplier<String> line(String target, String deduction, String actual) {
        return () -> only(TestDepartment.single("数量指标", target, deduction, actual).score()).explanation();
    }

    /** One row of a 评分标准 in points, its 分值 given. */
    private static Supplier<String> standard(String target, String standard, String points, String actual) {
        return () -> indicator(TestDepartment.create().project("P").output("质量指标", "指标", target)
                .deduction(standard).points(points).actual(actual).score(), "指标").explanation();
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                // at-least: 20000 ≥ 20000 → 1; 19000/20000 = 0.95; a signed shortfall has no ratio → 0
                arguments("at-least met", line("≥2万条", null, "20000条"),
                        "actual 20000条 ≥ target 20000条, met → 100.00×1=100.00"),
                arguments("at-least partial", line("≥2万条", null, "19000条"),
                        "actual 19000条 < target 20000条, completion 95.00% → 100.00×0.95=95.00"),
                arguments("at-least negative", line("≥0%", null, "-3%"),
                        "actual -3% < target 0%, not met (a negative number: no ratio) → 100.00×0=0.00"),
                // at-most: 25 ≤ 30 → 1; 30/40 = 0.75; a target below 0 exceeded → 0
                arguments("at-most met", line("≤30分钟", null, "25分钟"),
                        "actual 25分钟 ≤ target 30分钟, met → 100.00×1=100.00"),
                arguments("at-most partial", line("≤30分钟", null, "40分钟"),
                        "actual 40分钟 > target 30分钟, target/actual=75.00% → 100.00×0.75=75.00"),
                arguments("at-most negative", line("≤-5%", null, "-3%"),
                        "actual -3% > target -5%, not met (a negative number: no ratio) → 100.00×0=0.00"),
                // equal: 1440分钟 = 24小时 → 1; |6 − 24|/24 = 0.75 off → 0.25; a target of 0 missed → 0
                arguments("equal met", line("=24小时", null, "1440分钟"),
                        "actual 24小时 = target 24小时, met → 100.00×1=100.00"),
                arguments("equal partial", line("=24小时", null, "6小时"),
                        "actual 6小时 ≠ target 24小时, deviation 75.00% → 100.00×0.25=25.00"),
                arguments("equal zero target", line("=0个", null, "1个"),
                        "actual 1个 ≠ target 0个, the target is 0 → 100.00×0=0.00"),
                // range 90–95: inside → 1; 81/90 = 0.9; 95/100 = 0.95
                arguments("range inside", line("90%-95%", null, "92.5%"),
                        "actual 92.5% within the target 90–95%, met → 100.00×1=100.00"),
                arguments("range below", line("90%-95%", null, "81%"),
                        "actual 81% below the target 90–95%, actual/low=90.00% → 100.00×0.9=90.00"),
                arguments("range above", line("90%-95%", null, "100%"),
                        "actual 100% above the target 90–95%, high/actual=95.00% → 100.00×0.95=95.00"),
                // pass-fail: 90 ≥ 90 → full; 89.9 < 90 → 0
                arguments("pass-fail met", line("≥90%", PASS_FAIL, "90%"),
                        "actual 90% ≥ target 90%, met: full points → 100.00×1=100.00"),
                arguments("pass-fail missed", line("≥90%", PASS_FAIL, "89.9%"),
                        "actual 89.9% < target 90%, not met: no points → 100.00×0=0.00"),
                // pass-fail on a grade: 达成 by default 100% ≥ the 达成 band's 80%; 部分达成 by default 70% < 80%
                arguments("pass-fail grade met", line("有效改善", PASS_FAIL, "达成"),
                        "actual '达成' (达成 100% ≥ 80%), met: full points → 100.00×1=100.00"),
                arguments("pass-fail grade missed", line("有效改善", PASS_FAIL, "部分达成"),
                        "actual '部分达成' (部分达成 70% < 80%), not met: no points → 100.00×0=0.00"),
                // grades: 达成 by default 100%; 部分达成 75% as written → 0.75; 优 by the national rating 100%
                arguments("grade default", line("有效改善", null, "达成"),
                        "actual '达成' (达成, default 100%), target '有效改善' → 100.00×1=100.00"),
                arguments("grade self-assessed", line("有效改善", null, "部分达成 75%"),
                        "actual '部分达成 75%' (部分达成, self-assessed 75%), target '有效改善' → 100.00×0.75=75.00"),
                arguments("grade rating", line("有效改善", null, "优"),
                        "actual '优' (优, rating 100%), target '有效改善' → 100.00×1=100.00"),
                // words: the target's own words → 1; other words → 0
                arguments("text match", line("规范市场秩序", null, "规范市场秩序"),
                        "actual '规范市场秩序' is the target's own words: achieved → 100.00×1=100.00"),
                arguments("text unscorable", line("有效改善", null, "有所改善"),
                        "actual '有所改善' cannot be scored → 100.00×0=0.00"),
                arguments("completed", line("≥90%", null, "完成"),
                        "actual '完成' (done): counted as met → 100.00×1=100.00"),
                arguments("measured against text", line("有效改善", null, "95%"),
                        "actual '95%' cannot be compared with a qualitative target → 100.00×0=0.00"),
                arguments("range as actual", line("≥95%", null, "90%-95%"),
                        "actual '90%-95%' is a range; the target '≥95%' needs one value → 100.00×0=0.00"),
                arguments("not applicable", line("≥95%", null, "不适用"),
                        "not applicable: the item's 100.00 points are dropped, the table's total rescaled by"
                                + " 100/(100−dropped points)"),
                // steps: 50条 short, ⌊50/10⌋ = 5 steps × 1% → 0.95; 1000条 short → 100 steps → 100%, nothing left
                arguments("step", line("≥2万条", PER_10_TIAO, "19950条"),
                        "actual 19950条 < target 20000条, 50条 apart; 1% off per 10条 → 5% off → 100.00×0.95=95.00"),
                arguments("step to nothing", line("≥2万条", PER_10_TIAO, "19000条"),
                        "actual 19000条 < target 20000条, 1000条 apart; 1% off per 10条 → 100% off, down to nothing"
                                + " → 100.00×0=0.00"),
                // percentage points: 95 − 93 = 2 points → 2 × 10% → 0.8
                arguments("step in percentage points", line("≥95%", PER_POINT, "93%"),
                        "actual 93% < target 95%, 2 percentage points apart; 10% off per 1% → 20% off"
                                + " → 100.00×0.8=80.00"),
                // relative: 0.3/30 = 1% off the target → 1 step × 10% → 0.9
                arguments("step relative", line("≤30分钟", RELATIVE, "30.3分钟"),
                        "actual 30.3分钟 > target 30分钟, 1% off the target; 10% off per 1% → 10% off"
                                + " → 100.00×0.9=90.00"),
                // zeroBelow 60: completion 50/90 = 55.5555…% → 55.5556% (4 places) < 60 → 0
                arguments("step below the floor", line("≥90%", ZERO_BELOW, "50%"),
                        "actual 50% < target 90%, completion 55.5556% below 60%: no points → 100.00×0=0.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void aLineSaysWhyInEnglish(String branch, Supplier<String> explanation, String expected) {
        assertThat(explanation.get()).isEqualTo(expected);
    }

    static Stream<Arguments> standards() {
        return Stream.of(
                // bands: 95% is in ≥90% → 5 of the 分值 5; 85% in none of ≥90 / [60, 80) / <60 → 0
                arguments("band", standard("≥90%", BANDS, "5", "95%"), "actual 95% in the band '≥90%' → 5 points = 5.00"),
                arguments("outside the bands", standard("有效改善", GAP, "5", "85%"),
                        "actual 85% in no band of the scoring standard → 0 points = 0.00"),
                // capped: the band says 5, the 分值 is 4
                arguments("capped", standard("≥90%", CAPPED, "4", "95%"),
                        "actual 95% in the band '≥90%' → 5 points, capped at the item's 4 = 4.00"),
                // point steps ≤100%: 98 meets; 101 is 1 above → 1 × 0.5 off → 4.5; 110 → 10 × 0.5 = 5 off → 0
                arguments("point steps met", standard("≤100%", CONTROL, "5", "98%"),
                        "actual 98% meets the standard ≤100% → 5 points = 5.00"),
                arguments("point steps above", standard("≤100%", CONTROL, "5", "101%"),
                        "actual 101% misses the standard ≤100%, above by 1 percentage points; 0.5 points off per 1"
                                + " percentage points → 0.5 points off, 5−0.5 → 4.5 points = 4.50"),
                arguments("point steps above to nothing", standard("≤100%", CONTROL, "5", "110%"),
                        "actual 110% misses the standard ≤100%, above by 10 percentage points; 0.5 points off per 1"
                                + " percentage points → 5 points off, 5−5, down to nothing → 0 points = 0.00"),
                // point steps ≥100%: 97 is 3 below → 3 × 1 off → 7; 85 → 15 off → 0
                arguments("point steps below", standard("100%", COMPLETION, "10", "97%"),
                        "actual 97% misses the standard ≥100%, below by 3 percentage points; 1 points off per 1"
                                + " percentage points → 3 points off, 10−3 → 7 points = 7.00"),
                arguments("point steps below to nothing", standard("100%", COMPLETION, "10", "85%"),
                        "actual 85% misses the standard ≥100%, below by 15 percentage points; 1 points off per 1"
                                + " percentage points → 15 points off, 10−15, down to nothing → 0 points = 0.00"),
                // choices: 无结余 → 3; a wording the standard does not list → 0
                arguments("choice", standard("无结余", SURPLUS, "3", "无结余"),
                        "actual '无结余' is the scoring standard's '无结余' → 3 points = 3.00"),
                arguments("no choice", standard("有效改善", SURPLUS, "5", "基本无结余"),
                        "actual '基本无结余' is none of the cases the scoring standard lists → 0 points = 0.00"),
                // grades in points: 部分达成 → 12; 优 is not listed → 0
                arguments("grade in points", standard("完成年度任务", GRADES, "20", "部分达成"),
                        "actual '部分达成' (部分达成) → 12 points = 12.00"),
                arguments("grade not listed", standard("有效改善", GRADES, "5", "优"),
                        "actual '优' (优) is not among the grades the scoring standard lists → 0 points = 0.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void aStandardInPointsSaysWhyInEnglish(String branch, Supplier<String> explanation, String expected) {
        assertThat(explanation.get()).isEqualTo(expected);
    }

    @Test
    void pointsScaledToTheIndicatorsPoints() {
        // as PointStandardRulesTest: A's 分值 5 becomes 5.56 of the rescaled table; its band's 4 → 4 × 5.56 / 5 = 4.448
        // → 4.45
        DepartmentScore d = TestDepartment.create().project("P")
                .output("质量指标", "A", "≥90%").deduction(BANDS).points("5").actual("85%")
                .output("数量指标", "B", "≥10个").actual("10个")
                .outcome("社会效益指标", "C", "≥10个").actual("10个").score();
        assertThat(indicator(d, "A").explanation()).isEqualTo(
                "actual 85% in the band '[80%, 90%)' → 4 points, scaled to the item's points 4×5.56/5 = 4.45");
    }

    @Test
    void aMissingActualScoresZero() {
        // A and B share 100: 50 each; B without an actual → 50 × 0
        DepartmentScore d = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥100个").actual("100个")
                .output("质量指标", "B", "≥95%").scoreAllowingMissing();
        assertThat(indicator(d, "B").explanation()).isEqualTo("no actual value: scored 0 → 50.00×0=0.00");
    }

    @Test
    void theBundledShifengAddsUpInEnglish() {
        DepartmentScore d = TestDepartment.scoreSeed("shifeng/2023");
        // 51.2 / 51.8 = 0.98841… → 0.9884 → 10 × 0.9884 = 9.884 → 9.88
        assertThat(d.overall().budgetExecution().explanation())
                .isEqualTo("spent 51.2万元 / budget 51.8万元 = 98.84% → 10.00×0.9884=9.88");
        // 74.84 + 9.88 = 84.72; 7.50 points not applicable: 84.72 × 100 / 92.50 = 91.589… → 91.59
        assertThat(d.overall().explanation()).isEqualTo("indicators 74.84 + budget execution 9.88 = 84.72; 7.50 points"
                + " not applicable dropped → 84.72×100/(100−7.50) = 91.59");
        assertThat(d.explanation()).isEqualTo("the overall table's score 91.59");
        // the same, put into words in Chinese: what the 自评表 prints
        assertThat(zh(d::explanation)).isEqualTo("部门整体表得分 91.59");
        assertThat(zh(() -> d.overall().explanation()))
                .isEqualTo("指标得分74.84 + 预算执行9.88 = 84.72；不适用剔除7.50分 → 84.72×100/(100−7.50) = 91.59");
    }

    @Test
    void aTableWithoutBudget() {
        // one line of 100 met: 100 = 100
        assertThat(TestDepartment.single("数量指标", "≥2万条", null, "20000条").score().projects().get(0).explanation())
                .isEqualTo("indicators 100.00 = 100.00");
    }

    @Test
    void anAdjustedBudget() {
        // 年初 20, 全年 16: 15.2 / 16 = 0.95 → 10 × 0.95 = 9.5 (产出 50 + 效益 40 + the budget's 10 = 100); without a
        // 年初 budget the same, said so
        BudgetExecution adjusted = TestDepartment.create().project("P").budget("20").adjustedBudget("16").spent("15.2")
                .output("数量指标", "A", "≥100个").actual("100个").outcome("社会效益指标", "C", "有效改善").actual("达成")
                .score().projects().get(0).budgetExecution();
        assertThat(adjusted.explanation()).isEqualTo(
                "spent 15.2万元 / full-year budget 16万元 (initial 20万元) = 95.00% → 10.00×0.95=9.50");
        BudgetExecution noInitial = TestDepartment.create().project("P").adjustedBudget("16").spent("15.2")
                .output("数量指标", "A", "≥100个").actual("100个").outcome("社会效益指标", "C", "有效改善").actual("达成")
                .score().projects().get(0).budgetExecution();
        assertThat(noInitial.explanation()).isEqualTo(
                "spent 15.2万元 / full-year budget 16万元 (initial not given) = 95.00% → 10.00×0.95=9.50");
    }

    @Test
    void departmentsWeightedByBudgetOrAveraged() {
        // A 100 on a 全年 budget of 10, B 45 on 20: (100 × 10 + 45 × 20) / 30 = 1900 / 30 = 63.333… → 63.33
        DepartmentScore weighted = TestDepartment.create()
                .project("A").budget("20").adjustedBudget("10").spent("10")
                .output("数量指标", "X", "≥100个").actual("100个").outcome("社会效益指标", "Y", "有效改善").actual("达成")
                .project("B").budget("20").spent("10")
                .output("数量指标", "X", "≥100个").actual("0个").outcome("社会效益指标", "Y", "有效改善").actual("达成")
                .score();
        assertThat(weighted.explanation())
                .isEqualTo("weighted by project budget: Σ(score×budget)/Σbudget = 1900/30 = 63.33");
        // no budgets: (100 + 95) / 2 = 97.5
        DepartmentScore mean = TestDepartment.create()
                .project("A").output("数量指标", "X", "≥2万条").actual("20000条")
                .project("B").output("数量指标", "X", "≥2万条").actual("19000条").score();
        assertThat(mean.explanation())
                .isEqualTo("a project budget is missing, mean of the projects: 195.00/2 = 97.50");
    }
}
