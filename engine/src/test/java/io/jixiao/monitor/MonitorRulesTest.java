package io.jixiao.monitor;

import static io.jixiao.monitor.MonitorFixture.codes;
import static io.jixiao.problem.InLanguage.zh;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Likelihood;
import io.jixiao.pipeline.Monitored;
import io.jixiao.problem.Finding;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of mid-year monitoring (docs/monitoring.md#rules), table-driven and worked by hand: each case is a
 * one-project department (MonitorFixture: budget 100万元, one indicator ≥100个) monitored through the real pipeline.
 */
class MonitorRulesTest {

    // ---- rule 1: the pace ------------------------------------------------------------------------------

    @ParameterizedTest(name = "month {0}, no 资金支出计划 → pace {1}%")
    @CsvSource(delimiter = '|', textBlock = """
            # month | pace (month × 100 / 12, shown to 2 places)
            # 100/12 = 8.3333…
            1       | 8.33
            # 300/12 = 25
            3       | 25.00
            # 600/12 = 50
            6       | 50.00
            # 700/12 = 58.3333…
            7       | 58.33
            # 1100/12 = 91.6666…
            11      | 91.67
            12      | 100.00
            """)
    void paceFromTheMonthWithoutAPlan(int month, String pace) {
        TableMonitoring t = MonitorFixture.create().month(month).table();
        assertThat(Numbers.round(t.pace())).isEqualByComparingTo(pace);
        assertThat(t.paceExplanation()).contains(month + "/12 = " + pace + "%");
    }

    @ParameterizedTest(name = "month {0} → pace {1}% ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            # the plan {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}: the latest step at or before the month
            # no step by January: month/12 = 8.3333…
            1  | 8.33   | 1/12
            # none by February either: 200/12 = 16.6666…
            2  | 16.67  | 2/12
            # the 3月底 step itself
            3  | 25.00  | 3月底
            # still 3月底: 6月底 is not reached yet (time alone would say 41.67)
            5  | 25.00  | 3月底
            6  | 50.00  | 6月底
            # the plan's 6月底 holds until 10月底 (time alone would say 75)
            9  | 50.00  | 6月底
            10 | 75.00  | 10月底
            12 | 100.00 | 12月底
            """)
    void paceFromTheSpendingPlansLatestStep(int month, String pace, String from) {
        TableMonitoring t = MonitorFixture.create().plan("3月底", "25%").plan("6月底", "50%").plan("10月底", "75%")
                .plan("12月底", "100%").month(month).table();
        assertThat(Numbers.round(t.pace())).isEqualByComparingTo(pace);
        assertThat(t.paceExplanation()).contains(from);
    }

    @Test
    void aPlanStepWrittenAsAnAmountIsItsShareOfTheBudget() {
        // 6月底: 30万元 of a budget of 120万元: 30 × 100 / 120 = 25%
        TableMonitoring t = MonitorFixture.create().budget("120").plan("一季度", "12万元").plan("6月底", "30万元")
                .spent("30").table();
        assertThat(Numbers.round(t.pace())).isEqualByComparingTo("25.00");
        assertThat(t.paceExplanation()).contains("30万元 / 120万元 = 25.00%");
        assertThat(t.budgetLight()).isEqualTo(Light.GREEN); // 30/120 = 25% spent against a pace of 25%
    }

    @Test
    void aPlanStepWithoutAMonthOrAShareIsNotedAndTheOtherStepsCount() {
        Monitored m = MonitorFixture.create().plan("年中", "过半").plan("第三季度", "60%").month(6).monitor();
        TableMonitoring t = m.monitoring().tables().get(0);
        // 年中 (month 6) gives no share; 第三季度 (month 9) is after June → month/12 = 50
        assertThat(Numbers.round(t.pace())).isEqualByComparingTo("50.00");
        assertThat(codes(t.findings())).containsExactly("KPI-0629");
        assertThat(t.findings().get(0).message()).contains("年中: 过半");
    }

    @ParameterizedTest(name = "spent {0} of budget {1}, adjusted {2} → 预算执行率 {3}%")
    @CsvSource(delimiter = '|', textBlock = """
            # spentToDate | budget | adjustedBudget | rate = spent × 100 / (adjusted, else budget)
            # 5000/100
            50            | 100    |                | 50.00
            # 8757/220 = 39.8045…
            87.57         | 220    |                | 39.80
            # 8757/250 = 35.028
            87.57         | 220    | 250            | 35.03
            0             | 100    |                | 0.00
            """)
    void executionRateIsSpentToDateOverTheBudgetInForce(String spent, String budget, String adjusted, String rate) {
        MonitorFixture f = MonitorFixture.create().budget(budget).spent(spent);
        if (adjusted != null) {
            f.adjusted(adjusted);
        }
        TableMonitoring t = f.table();
        assertThat(Numbers.round(t.executionRate())).isEqualByComparingTo(rate);
        assertThat(t.executionExplanation()).contains(rate + "%");
        assertThat(t.adjusted()).isEqualTo(adjusted != null);
    }

    // ---- rule 2: the budget's light --------------------------------------------------------------------

    @ParameterizedTest(name = "pace 50%, spent {0} of 100 → gap {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # spentToDate | gap = 50 − spent (points) | light (national: green ≤ 10 < yellow ≤ 20 < red)
            # ahead of the pace
            60            | -10.00   | GREEN
            50            | 0.00     | GREEN
            # exactly 10 behind: not more than 10
            40            | 10.00    | GREEN
            39.99         | 10.01    | YELLOW
            # exactly 20 behind: not more than 20
            30            | 20.00    | YELLOW
            29.99         | 20.01    | RED
            0             | 50.00    | RED
            """)
    void budgetLightFromTheGapBetweenPaceAndExecution(String spent, String gap, Light light) {
        TableMonitoring t = MonitorFixture.create().spent(spent).table();
        assertThat(Numbers.round(t.gap())).isEqualByComparingTo(gap);
        assertThat(t.budgetLight()).isEqualTo(light);
        assertThat(t.light()).isEqualTo(light); // the one indicator is green: the budget decides
        assertThat(t.budgetExplanation()).contains(gap.replace("-", "-")).contains(Paces.word(light));
    }

    @Test
    void aTableWithoutBudgetHasNoBudgetLightAndANote() {
        TableMonitoring t = MonitorFixture.create().budget(null).table();
        assertThat(t.executionRate()).isNull();
        assertThat(t.budgetLight()).isNull();
        assertThat(t.light()).isEqualTo(Light.GREEN);
        assertThat(codes(t.findings())).containsExactly("KPI-0628");
    }

    @ParameterizedTest(name = "sichuan, month {0}, spent {1}% → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # month | spent of 100 | light | floor rule?  (floors {4: 25, 6: 40, 8: 60, 10: 80}; pace = month/12)
            # pace 25, gap 20 → yellow; no floor month by March
            3       | 5            | YELLOW | false
            # pace 33.33, gap 8.33; floor 25: 25 is not below it
            4       | 25           | GREEN  | false
            # gap 8.34 would be green, but 24.99 < the April floor 25
            4       | 24.99        | RED    | true
            # May: still April's floor (the latest floor month ≤ 5)
            5       | 24.99        | RED    | true
            # pace 50, gap 10 → green; floor 40 met
            6       | 40           | GREEN  | false
            # gap 10.01 → yellow, and below June's 40 → red: the worst
            6       | 39.99        | RED    | true
            # pace 75, gap 15 → yellow; August's floor 60 met
            9       | 60           | YELLOW | false
            # pace 100, gap 21 → red anyway; below October's 80 too
            12      | 79           | RED    | true
            """)
    void sichuanFloorsByMonthMakeTheBudgetRed(int month, String spent, Light light, boolean floor) {
        TableMonitoring t = MonitorFixture.create().profile("sichuan").month(month).spent(spent).table();
        assertThat(t.budgetLight()).isEqualTo(light);
        assertThat(codes(t.findings()).contains("KPI-0626")).isEqualTo(floor);
        if (floor) {
            assertThat(t.budgetExplanation()).contains("% → " + Paces.word(Light.RED));
        }
    }

    @Test
    void nationalHasNoFloors() {
        // the same as sichuan's 6/39.99 above: gap 10.01 → yellow, no floor
        TableMonitoring t = MonitorFixture.create().month(6).spent("39.99").table();
        assertThat(t.budgetLight()).isEqualTo(Light.YELLOW);
        assertThat(codes(t.findings())).doesNotContain("KPI-0626");
    }

    @ParameterizedTest(name = "sichuan: current {0} of ≥100个 at 预算执行率 {1}% → warning {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # current | spent | warning?  goal progress = f(current) × 100 (one indicator); |goal − rate| > 10?
            # |50 − 50| = 0
            50个      | 50    | false
            # |61 − 50| = 11
            61个      | 50    | true
            # |60 − 50| = 10, not more than 10
            60个      | 50    | false
            # |39 − 50| = 11
            39个      | 50    | true
            """)
    void sichuanWarnsWhenGoalProgressAndSpendingAreFarApart(String current, String spent, boolean warned) {
        TableMonitoring t = MonitorFixture.create().profile("sichuan").spent(spent)
                .line(Map.of("current", current, "forecast", "100个", "likelihood", "确定能")).table();
        BigDecimal goal = new BigDecimal(current.replace("个", ""));
        assertThat(t.goalProgress()).isEqualByComparingTo(goal);
        assertThat(codes(t.findings()).contains("KPI-0627")).isEqualTo(warned);
    }

    // ---- rule 3: the indicators' lights ----------------------------------------------------------------

    @ParameterizedTest(name = "forecast {0} of ≥100个 → f {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # forecast | f (at-least: actual/target) | light (green f = 1, yellow 0.8 ≤ f < 1, red f < 0.8)
            120个      | 1.0000  | GREEN
            100个      | 1.0000  | GREEN
            # 99/100
            99个       | 0.9900  | YELLOW
            # exactly 0.8: not below it
            80个       | 0.8000  | YELLOW
            79个       | 0.7900  | RED
            0个        | 0.0000  | RED
            """)
    void indicatorLightFromTheYearEndMethodOnTheForecast(String forecast, String f, Light light) {
        IndicatorMonitoring i = MonitorFixture.create().line(Map.of("forecast", forecast)).indicator();
        assertThat(i.basis()).isEqualTo(Basis.FORECAST);
        assertThat(Numbers.round(i.fraction(), 4)).isEqualByComparingTo(f);
        assertThat(i.light()).isEqualTo(light);
        assertThat(zh(() -> i.explanation())).contains("at-least").contains("f = " + f);
    }

    @Test
    void theSameRulesAsAtYearEndAreAppliedTheirDeductionsIncluded() {
        // ≤30分钟, default method at-most: 33分钟 → 30/33 = 0.90909… → yellow
        IndicatorMonitoring plain = MonitorFixture.create().target("≤30分钟")
                .line(Map.of("forecast", "33分钟", "likelihood", "有可能", "reason", "人员保障", "measures", "增员")).indicator();
        assertThat(Numbers.round(plain.fraction(), 4)).isEqualByComparingTo("0.9091");
        assertThat(plain.light()).isEqualTo(Light.YELLOW);
        assertThat(zh(() -> plain.explanation())).contains("at-most");
        // the same with 每增加1%，减数量分值的10% (relative): 33 is 10% above 30 → 10 steps × 10% → 扣完为止 → f = 0 → red
        IndicatorMonitoring deducted = MonitorFixture.create().target("≤30分钟").deduction("每增加1%，减数量分值的10%")
                .line(Map.of("forecast", "33分钟", "likelihood", "完全不可能", "reason", "人员保障", "measures", "增员"))
                .indicator();
        assertThat(deducted.fraction()).isEqualByComparingTo("0");
        assertThat(deducted.light()).isEqualTo(Light.RED);
        // a monitoring line's words are put together when monitoring runs, in the language of the run (English here)
        assertThat(deducted.explanation()).contains("deduction-step").contains("down to nothing");
    }

    @Test
    void aForecastElseTheCurrentValue() {
        IndicatorMonitoring current = MonitorFixture.create().line(Map.of("current", "90个", "likelihood", "有可能",
                "reason", "其他", "measures", "加快")).indicator();
        assertThat(current.basis()).isEqualTo(Basis.CURRENT);
        assertThat(current.fraction()).isEqualByComparingTo("0.9"); // 90/100
        IndicatorMonitoring forecast = MonitorFixture.create().line(Map.of("current", "40个", "forecast", "100个",
                "likelihood", "确定能")).indicator();
        assertThat(forecast.basis()).isEqualTo(Basis.FORECAST);
        assertThat(forecast.light()).isEqualTo(Light.GREEN); // 40个 so far does not count: the forecast does
    }

    @Test
    void noValueAtAllIsYellowWithAFindingAndScoresZero() {
        TableMonitoring t = MonitorFixture.create().line(Map.of()).table();
        IndicatorMonitoring i = t.indicators().get(0);
        assertThat(i.basis()).isEqualTo(Basis.NONE);
        assertThat(i.fraction()).isNull();
        assertThat(i.light()).isEqualTo(Light.YELLOW);
        assertThat(codes(i.findings())).containsExactly("KPI-0620", "KPI-0621", "KPI-0624");
        assertThat(i.findings().get(0).location().file()).isEqualTo("targets.yaml"); // its row: no line to point at
        assertThat(codes(t.projected().findings())).contains("KPI-0306"); // scoring's own, kept out of the lines
        assertThat(i.projected().score()).isEqualByComparingTo("0");
    }

    @Test
    void notApplicableIsGreenAndLeftOutOfTheProjectedScore() {
        // a second indicator, so that the table is not all 不适用 (KPI-0311 at year end as now)
        TableMonitoring t = MonitorFixture.create().indicator("效益指标", "社会效益指标", "覆盖率", "≥90%")
                .line("覆盖率", Map.of("forecast", "95%", "likelihood", "确定能"))
                .line(Map.of("forecast", "不适用")).table();
        IndicatorMonitoring i = t.indicators().get(0);
        assertThat(i.fraction()).isNull();
        assertThat(i.light()).isEqualTo(Light.GREEN);
        assertThat(zh(() -> i.explanation())).contains("不适用");
        // its points leave the table, which is rescaled as at year end
        assertThat(t.projected().naPoints()).isPositive();
        assertThat(t.light()).isEqualTo(Light.GREEN);
    }

    // ---- rule 4: 完成目标可能性 -------------------------------------------------------------------------

    @ParameterizedTest(name = "forecast {0}, likelihood ''{1}'', reason ''{2}'', measures ''{3}'' → {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # forecast | likelihood | reason | measures | derived as | findings
            # green → 确定能 (info)
            100个      |            |        |          | CERTAIN    | KPI-0621
            # yellow → 有可能, unexplained
            90个       |            |        |          | POSSIBLE   | KPI-0621 KPI-0624
            # explained
            90个       |            | 人员保障 | 增员     | POSSIBLE   | KPI-0621
            # red → 完全不可能
            50个       |            | 经费保障 | 追加     | IMPOSSIBLE | KPI-0621
            # … derived, unexplained: the light's likelihood asks for both
            50个       |            |        |          | IMPOSSIBLE | KPI-0621 KPI-0624
            50个       |            | 经费保障 |          | IMPOSSIBLE | KPI-0621 KPI-0624.measures
            # … written, half explained
            50个       | 完全不可能 |        | 追加     | IMPOSSIBLE | KPI-0624.reason
            # consistent
            100个      | 确定能     |        |          | CERTAIN    |
            # 确定能 on red
            50个       | 确定能     |        |          | CERTAIN    | KPI-0622
            # 确定能 on yellow: not flagged
            90个       | 确定能     |        |          | CERTAIN    |
            # 完全不可能 on green
            100个      | 完全不可能 | 其他   | 调整     | IMPOSSIBLE | KPI-0623
            # no 纠偏措施
            90个       | 有可能     | 其他   |          | POSSIBLE   | KPI-0624.measures
            # no 偏差原因
            90个       | 有可能     |        | 增员     | POSSIBLE   | KPI-0624.reason
            # 有可能 on green: needs both
            100个      | 有可能     |        |          | POSSIBLE   | KPI-0624
            """)
    void likelihoodFollowsTheLightOrIsCheckedAgainstIt(String forecast, String likelihood, String reason,
                                                        String measures, Likelihood expected, String findings) {
        Map<String, String> line = new HashMap<>(Map.of("forecast", forecast));
        if (likelihood != null) {
            line.put("likelihood", likelihood);
        }
        if (reason != null) {
            line.put("reason", reason);
        }
        if (measures != null) {
            line.put("measures", measures);
        }
        IndicatorMonitoring i = MonitorFixture.create().line(line).indicator();
        assertThat(i.likelihood()).isEqualTo(expected);
        assertThat(i.likelihoodDerived()).isEqualTo(likelihood == null);
        String keys = String.join(" ", i.findings().stream().map(MonitorRulesTest::key).toList());
        assertThat(keys).isEqualTo(findings == null ? "" : findings);
    }

    /** A finding's code, with the variant its message shows (KPI-0624.reason …). */
    private static String key(Finding f) {
        if (!f.code().equals("KPI-0624")) {
            return f.code();
        }
        return f.message().contains("neither") ? "KPI-0624" : f.message().contains("no 偏差原因") ? "KPI-0624.reason"
                : "KPI-0624.measures";
    }

    // ---- rule 5: the project's light -------------------------------------------------------------------

    @ParameterizedTest(name = "budget {0}, indicators {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # spent (pace 50) | forecasts of the two indicators (≥100个, ≥10次) | project light = the worst
            50               | 100个 10次  | GREEN
            # one yellow indicator
            50               | 90个 10次   | YELLOW
            # the budget (15 behind) is yellow
            35               | 100个 10次  | YELLOW
            # the budget (25 behind) is red, every indicator green
            25               | 100个 10次  | RED
            # 5/10 = 0.5: one red indicator
            50               | 100个 5次   | RED
            35               | 90个 5次    | RED
            """)
    void projectLightIsTheWorstOfBudgetAndIndicators(String spent, String forecasts, Light light) {
        String[] f = forecasts.split(" ");
        TableMonitoring t = MonitorFixture.create().spent(spent).indicator("产出指标", "数量指标", "培训次数", "≥10次")
                .line(Map.of("forecast", f[0], "likelihood", "确定能"))
                .line("培训次数", Map.of("forecast", f[1], "likelihood", "确定能")).table();
        assertThat(t.light()).isEqualTo(light);
        assertThat(t.lightExplanation()).endsWith("→ " + Paces.word(light));
    }

    // ---- rule 6: the projected score -------------------------------------------------------------------

    @ParameterizedTest(name = "month {0}, spent {1}, expected {2} → projected spending {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # month | spentToDate | expectedSpent | projected (expected, else min(budget 100, spent × 12 / month))
            # 40 × 12 / 6 = 80
            6       | 40          |               | 80
            # 30 × 12 / 4 = 90
            4       | 30          |               | 90
            # 60 × 12 / 6 = 120, capped at the budget 100
            6       | 60          |               | 100
            # 70 × 12 / 9 = 93.3333…
            9       | 70          |               | 93.3333
            # 全年预计执行数 as given
            6       | 40          | 95            | 95
            # as given even above the budget (scoring flags it)
            6       | 40          | 110           | 110
            """)
    void projectedSpendingBothWays(int month, String spent, String expected, String projected) {
        MonitorFixture f = MonitorFixture.create().month(month).spent(spent);
        if (expected != null) {
            f.expected(expected);
        }
        TableMonitoring t = f.table();
        assertThat(Numbers.round(t.projectedSpent(), 4)).isEqualByComparingTo(projected);
        assertThat(t.projectedSpentExplanation()).contains(expected != null ? "全年预计执行数" : "× 12 / " + month);
    }

    @Test
    void projectedScoreIsTheYearEndScoringOfTheForecastsWithTheProjectedSpending() {
        // national, one 产出 indicator: 效益 and 满意度 have none and are dropped, so 产出 50 and 预算执行率 10 are
        // rescaled ×100/60: 83.3333… and 16.6666…, as 2-place shares 83.33 and 16.67 (the missing cent to the larger
        // remainder, docs/scoring.md#arithmetic). Forecast 90个 of ≥100个: f = 0.9 → 83.33 × 0.9 = 74.997 → 75.00.
        // Spent 40 by month 6 → 40 × 12 / 6 = 80 of 100 → 16.67 × 0.8 = 13.336 → 13.34. 75.00 + 13.34 = 88.34, 良.
        TableMonitoring t = MonitorFixture.create().spent("40")
                .line(Map.of("forecast", "90个", "likelihood", "有可能", "reason", "其他", "measures", "加快")).table();
        assertThat(Numbers.round(t.projected().score())).isEqualByComparingTo("88.34");
        assertThat(t.projected().grade()).isEqualTo("良");
        assertThat(zh(() -> t.projected().budgetExecution().explanation())).contains("执行数80万元 / 预算100万元");
    }

    @Test
    void spentToDateAboveTheBudgetIsAWarningAtTheFigure() {
        TableMonitoring t = MonitorFixture.create().spent("120").table();
        Finding w = t.findings().stream().filter(f -> f.code().equals("KPI-0625")).findFirst().orElseThrow();
        assertThat(w.location().file()).isEqualTo("progress.yaml");
        assertThat(w.location().line()).isEqualTo(6); // "    spentToDate: 120"
        assertThat(w.message()).contains("120万元").contains("100万元");
    }
}
