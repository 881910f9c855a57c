package io.jixiao.scoring;

import static io.jixiao.problem.InLanguage.zh;
import static io.jixiao.scoring.TestDepartment.assertNumber;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.profile.ProfileLoader;
import io.jixiao.recheck.Checks;
import io.jixiao.problem.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 全年预算数 (docs/scoring.md#adjusted-budget): the 自评表 has 年初预算数, 全年预算数 and 全年执行数, and 预算执行率 =
 * 全年执行数 / 全年预算数. When the actuals give {@code adjustedBudget}, execution is measured against it and it weights
 * the project in the department's budget-weighted mean; a 自评得分 may claim the 预算执行率 line, and the 复核 compares
 * it.
 *
 * <p>The table (national): OUTPUT A ≥100个 met (50), OUTCOME C 有效改善 达成 (30 + 满意度's 10 = 40), BUDGET 10.
 */
class AdjustedBudgetTest {

    private static TestDepartment project(String budget, String adjusted, String spent) {
        TestDepartment d = TestDepartment.create().project("P");
        if (budget != null) {
            d.budget(budget);
        }
        d.spent(spent);
        if (adjusted != null) {
            d.adjustedBudget(adjusted);
        }
        return d.output("数量指标", "A", "≥100个").actual("100个").outcome("社会效益指标", "C", "有效改善").actual("达成");
    }

    @ParameterizedTest(name = "年初 {0}, 全年 {1}, spent {2} → rate {3}%, {4} points")
    @CsvSource(delimiter = '|', textBlock = """
            # 年初 | 全年 | spent | rate  | points | table | budget explanation
            # no adjustment: 15.2/20 = 76% → 10 × 0.76 = 7.6; table 50 + 40 + 7.6 = 97.6
            20     |      | 15.2  | 76    | 7.6    | 97.6  | 执行数15.2万元 / 预算20万元 = 76.00% → 10.00×0.76=7.60
            # adjusted down to 16: 15.2/16 = 95% → 9.5; table 99.5
            20     | 16   | 15.2  | 95    | 9.5    | 99.5  | 执行数15.2万元 / 全年预算16万元（年初20万元） = 95.00% → 10.00×0.95=9.50
            # adjusted up to 25: 15.2/25 = 60.8% → 6.08; table 96.08
            20     | 25   | 15.2  | 60.8  | 6.08   | 96.08 | 执行数15.2万元 / 全年预算25万元（年初20万元） = 60.80% → 10.00×0.608=6.08
            # the same figure as 年初: no adjustment, said as before
            20     | 20   | 15.2  | 76    | 7.6    | 97.6  | 执行数15.2万元 / 预算20万元 = 76.00%
            # no 年初 budget in the targets, but a 全年预算数: execution is known
            #   15.2/16 = 95% → 9.5
            |      16   | 15.2  | 95    | 9.5    | 99.5  | 执行数15.2万元 / 全年预算16万元（年初未列） = 95.00%
            """)
    void executionIsMeasuredAgainstTheBudgetOfTheYear(String budget, String adjusted, String spent, String rate,
                                                      String points, String table, String explanation) {
        TableScore t = project(budget, adjusted, spent).score().projects().get(0);
        BudgetExecution be = t.budgetExecution();
        assertNumber(be.rate(), rate);
        assertNumber(be.score(), points);
        assertNumber(t.score(), table);
        assertThat(zh(() -> be.explanation())).contains(explanation);
        assertNumber(be.budget(), adjusted != null ? adjusted : budget);
        if (budget == null) {
            assertThat(be.initialBudget()).isNull();
        } else {
            assertNumber(be.initialBudget(), budget);
        }
        assertNumber(t.budget(), adjusted != null ? adjusted : budget);
    }

    @Test
    void spendingAboveTheAdjustedBudgetIsFlaggedAgainstIt() {
        // 19.6 of 年初 20 is fine, but the budget was cut to 18: 19.6/18 = 108.89% → full 10 points and KPI-0310
        DepartmentScore d = project("20", "18", "19.6").score();
        assertNumber(d.projects().get(0).budgetExecution().score(), "10");
        Finding f = findings(d).stream().filter(x -> x.code().equals("KPI-0310")).findFirst().orElseThrow();
        assertThat(f.message()).contains("19.6万元", "18万元");
    }

    @Test
    void theAdjustedBudgetWeightsProjectsInTheDepartmentsMean() {
        // A: met, score 100 (spent 10 of 全年 10: rate 100%); B: only C scores (40) and budget 10 of 20 → 10 × 0.5 = 5:
        // 0 + 40 + 5 = 45. Weighted by 全年 budgets 10 and 20: (100 × 10 + 45 × 20) / 30 = 1900/30 = 63.3333… → 63.33 (a quotient
        // rounded once, docs/scoring.md#arithmetic);
        // by the 年初 budgets 20 and 20 it would be (100 + 45)/2 = 72.5 (and A's rate 10/20 = 50%: 95)
        DepartmentScore d = TestDepartment.create()
                .project("A").budget("20").adjustedBudget("10").spent("10")
                .output("数量指标", "X", "≥100个").actual("100个").outcome("社会效益指标", "Y", "有效改善").actual("达成")
                .project("B").budget("20").spent("10")
                .output("数量指标", "X", "≥100个").actual("0个").outcome("社会效益指标", "Y", "有效改善").actual("达成")
                .score();
        assertNumber(d.projects().get(0).score(), "100");
        assertNumber(d.projects().get(1).score(), "45");
        assertThat(d.method()).isEqualTo("budget-weighted");
        assertNumber(d.score(), "63.33");
        assertThat(zh(() -> d.explanation())).contains("/30");
    }

    @ParameterizedTest(name = "claims {0} for 预算执行率")
    @CsvSource(delimiter = '|', textBlock = """
            # claimed | KPI-0320 words (scored 9.5: 15.2/16 = 95% of 10)
            9.5       |
            10        | claims 10.00 points but scores 9.50 (over-claimed by 0.50)
            9         | claims 9.00 points but scores 9.50 (under-claimed by 0.50)
            """)
    void aSelfScoreMayClaimTheBudgetLine(String claimed, String words) {
        TestDepartment dept = project("20", "16", "15.2").selfScore("预算执行率", claimed);
        DepartmentScore d = Checks.apply(dept.score(), dept.actuals(), ProfileLoader.load("national", null).recheck());
        if (words == null) {
            assertThat(codes(d)).doesNotContain("KPI-0320");
        } else {
            Finding f = findings(d).stream().filter(x -> x.code().equals("KPI-0320")).findFirst().orElseThrow();
            assertThat(f.message()).contains("'预算执行率'", words);
        }
    }

    @Test
    void aClaimForAnUnscoredBudgetLineIsComparedWithZero() {
        // spent unknown: no 预算执行率 line; a claim of 10 is 10 above nothing
        TestDepartment dept = TestDepartment.create().project("P").budget("20").selfScore("预算执行率", "10")
                .output("数量指标", "A", "≥100个").actual("100个");
        DepartmentScore d = Checks.apply(dept.score(), dept.actuals(), ProfileLoader.load("national", null).recheck());
        Finding f = findings(d).stream().filter(x -> x.code().equals("KPI-0320")).findFirst().orElseThrow();
        assertThat(f.message()).contains("claims 10.00 points but scores 0.00");
    }
}
