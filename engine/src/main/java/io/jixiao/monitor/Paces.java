package io.jixiao.monitor;

import io.jixiao.model.Likelihood;
import io.jixiao.problem.Catalogue;
import io.jixiao.scoring.method.Explain;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;

/**
 * The arithmetic of mid-year monitoring (docs/monitoring.md#rules), once, and the words that explain each line — the
 * pace, the rate, the gap, the light — in the language of the run ({@code io/jixiao/monitor/texts.properties}). The
 * rules of {@code rules/monitoring/} call it; nothing else computes a pace, a rate or a gap.
 */
public final class Paces {

    private static final Catalogue T = Catalogue.of(Paces.class, "texts");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** A fraction of 1 in percent: green needs the whole of it (rule 3). */
    public static final BigDecimal FULL = HUNDRED;

    private Paces() {
    }

    // ---- arithmetic -------------------------------------------------------------------------------

    /** 序时进度 without a 资金支出计划: month/12, in percent (6 → 50). */
    public static BigDecimal ofMonth(int month) {
        return Decimals.divide(BigDecimal.valueOf(month).multiply(HUNDRED), TWELVE, Results.MC);
    }

    /** 预算执行率 in percent: spent / budget × 100. */
    public static BigDecimal rate(BigDecimal spent, BigDecimal budget) {
        return Decimals.divide(spent.multiply(HUNDRED), budget, Results.MC);
    }

    /** An amount's share of the budget in percent (a 资金支出计划 step written in 万元). */
    public static BigDecimal share(BigDecimal amount, BigDecimal budget) {
        return rate(amount, budget);
    }

    /** How far spending is behind its pace, in percentage points (negative: ahead). */
    public static BigDecimal gap(BigDecimal pace, BigDecimal rate) {
        return pace.subtract(rate);
    }

    /** |a − b|. */
    public static BigDecimal apart(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs();
    }

    /** A percent as a fraction (80 → 0.8), for thresholds of f. */
    public static BigDecimal fraction(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    /**
     * The year's spending projected from spending to date (rule 6): spentToDate × 12 / month, at most the budget in
     * force when it is known.
     */
    public static BigDecimal linear(BigDecimal spentToDate, int month) {
        return Decimals.divide(spentToDate.multiply(TWELVE), BigDecimal.valueOf(month), Results.MC);
    }

    /** 完成目标可能性 following a light (rule 4): green 确定能, yellow 有可能, red 完全不可能. */
    public static Likelihood likelihoodOf(Light light) {
        return switch (light) {
            case GREEN -> Likelihood.CERTAIN;
            case YELLOW -> Likelihood.POSSIBLE;
            case RED -> Likelihood.IMPOSSIBLE;
        };
    }

    // ---- words ------------------------------------------------------------------------------------

    /** A percent as shown: 39.80%. */
    public static String pct(BigDecimal percent) {
        return Numbers.text(percent) + "%";
    }

    /** Percentage points as shown: 10.20. */
    public static String points(BigDecimal points) {
        return Numbers.text(points);
    }

    /** A fraction f as shown: 4 places (0.9000). */
    public static String f(BigDecimal fraction) {
        return Numbers.round(fraction, 4).toPlainString();
    }

    private static String lower(Light l) {
        return l.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Between the parts of one explanation: "; " / "；". */
    public static String separator() {
        return T.text("sep");
    }

    /** A light in words: green / 绿灯. */
    public static String word(Light light) {
        return T.text("light." + lower(light));
    }

    public static String explainPlanPercent(String step, String text) {
        return T.text("plan.percent", "step", step, "text", text);
    }

    public static String explainPlanAmount(String step, String text, BigDecimal amount, BigDecimal budget, BigDecimal percent) {
        return T.text("plan.amount", "step", step, "text", text, "amount", Explain.num(amount), "budget",
                Explain.num(budget), "percent", pct(percent));
    }

    public static String explainPlanPace(PlanStep step, int month) {
        return T.text("pace.plan", "pace", pct(step.percent()), "step", step.explanation(), "month", month);
    }

    public static String explainMonthPace(int month) {
        return T.text("pace.month", "month", month, "pace", pct(ofMonth(month)));
    }

    public static String explainExecution(MonitoredTable t) {
        return T.text("execution", "month", t.month(), "spent", Explain.num(t.spentToDate()), "budgetWord",
                T.text(t.adjusted() ? "budget.adjusted" : "budget.initial"), "budget", Explain.num(t.budget()), "rate",
                pct(rate(t.spentToDate(), t.budget())));
    }

    public static String explainGap(Pace pace, Execution execution) {
        return T.text("gap", "pace", pct(pace.percent()), "rate", pct(execution.rate()), "gap",
                points(gap(pace.percent(), execution.rate())));
    }

    /** Why a budget gap gives its light, against the profile's thresholds (points). */
    public static String explainBudgetLight(Light light, BudgetGap gap, BigDecimal yellow, BigDecimal red) {
        String key = "budget." + lower(light);
        return switch (light) {
            case GREEN -> T.text(key, "gap", points(gap.gap()), "yellow", Explain.num(yellow), "light", word(light));
            case YELLOW -> T.text(key, "gap", points(gap.gap()), "yellow", Explain.num(yellow), "red",
                    Explain.num(red), "light", word(light));
            case RED -> T.text(key, "gap", points(gap.gap()), "red", Explain.num(red), "light", word(light));
        };
    }

    public static String explainFloor(FloorInForce floor, Execution execution) {
        return T.text("floor", "floorMonth", floor.month(), "floor", Explain.num(floor.percent()), "rate",
                pct(execution.rate()), "light", word(Light.RED));
    }

    /** Why an indicator's fraction gives its light; {@code red} is the profile's indicatorRed (percent). */
    public static String explainIndicatorLight(Light light, MonitoredIndicator i, BigDecimal red) {
        String scored = T.text("indicator.scored", "basis", T.text("basis." + i.basis().name().toLowerCase(java.util.Locale.ROOT)), "value", i.value(),
                "rule", i.rule(), "method", i.method(), "fraction", f(i.fraction()));
        String key = "indicator." + lower(light);
        String verdict = light == Light.GREEN ? T.text(key, "light", word(light))
                : T.text(key, "red", Explain.num(fraction(red)), "light", word(light));
        return scored + separator() + verdict;
    }

    public static String explainNotApplicable(MonitoredIndicator i) {
        return T.text("indicator.na", "basis", T.text("basis." + i.basis().name().toLowerCase(java.util.Locale.ROOT)),
                "value", i.value(), "light", word(Light.GREEN));
    }

    public static String explainNoProgress() {
        return T.text("indicator.none", "light", word(Light.YELLOW));
    }

    public static String explainGoal(BigDecimal score, BigDecimal points, BigDecimal goal) {
        return T.text("goal", "score", Explain.num(score), "points", Explain.num(points), "goal", pct(goal));
    }

    public static String explainProgressGap(GoalProgress goal, Execution execution) {
        return T.text("progressGap", "goal", pct(goal.percent()), "rate", pct(execution.rate()), "gap",
                points(apart(goal.percent(), execution.rate())));
    }

    static String explainProjectedExpected(BigDecimal expected) {
        return T.text("projected.expected", "expected", Explain.num(expected));
    }

    static String explainProjectedLinear(BigDecimal budget, BigDecimal spent, int month, BigDecimal linear,
                                  BigDecimal projected) {
        return budget == null
                ? T.text("projected.linearNoBudget", "spent", Explain.num(spent), "month", month, "projected",
                Explain.num(projected))
                : T.text("projected.linear", "budget", Explain.num(budget), "spent", Explain.num(spent), "month", month,
                "linear", Explain.num(linear), "projected", Explain.num(projected));
    }

    static String explainProject(Light budget, int red, int yellow, int green, Light light) {
        return budget == null
                ? T.text("project.noBudget", "red", red, "yellow", yellow, "green", green, "light", word(light))
                : T.text("project", "budget", word(budget), "red", red, "yellow", yellow, "green", green, "light",
                word(light));
    }
}
