package io.jixiao.monitor;

import io.jixiao.model.Likelihood;
import io.jixiao.problem.Catalogue;
import io.jixiao.scoring.method.Explain;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import io.jixiao.value.Numbers;
import io.jixiao.monitor.Words.Shown;
import java.math.BigDecimal;

/**
 * The arithmetic of mid-year monitoring (docs/monitoring.md#rules), once, and the words that explain each line — the
 * pace, the rate, the gap, the light — as {@link Words}, put into the language of the run
 * ({@code io/jixiao/monitor/texts.properties}) when shown. The
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

    /** Between the parts of one explanation: "; " / "；". */
    public static String separator() {
        return T.text("sep");
    }

    /** A light in words: green / 绿灯. */
    public static String word(Light light) {
        return T.text(LIGHT_KEYS[light.ordinal()]);
    }

    public static Words explainPlanPercent(String step, String text) {
        return Words.of("plan.percent", "step", step, "text", text);
    }

    public static Words explainPlanAmount(String step, String text, BigDecimal amount, BigDecimal budget, BigDecimal percent) {
        return Words.of("plan.amount", "step", step, "text", text, "amount", Shown.number(amount), "budget",
                Shown.number(budget), "percent", Shown.percent(percent));
    }

    public static Words explainPlanPace(PlanStep step, int month) {
        return Words.of("pace.plan", "pace", Shown.percent(step.percent()), "step", step.why(), "month", month);
    }

    /** The pace of a month without a plan step: {@code pace} is {@link #ofMonth}'s, computed once by the rule. */
    public static Words explainMonthPace(int month, BigDecimal pace) {
        return Words.of("pace.month", "month", month, "pace", Shown.percent(pace));
    }

    /** A table's 预算执行率: {@code rate} is {@link #rate}'s, computed once by the rule. */
    public static Words explainExecution(MonitoredTable t, BigDecimal rate) {
        return Words.of("execution", "month", t.month(), "spent", Shown.number(t.spentToDate()), "budgetWord",
                Shown.text(t.adjusted() ? "budget.adjusted" : "budget.initial"), "budget", Shown.number(t.budget()),
                "rate", Shown.percent(rate));
    }

    /** Spending behind its pace: {@code gap} is {@link #gap}'s, computed once by the rule. */
    public static Words explainGap(Pace pace, Execution execution, BigDecimal gap) {
        return Words.of("gap", "pace", Shown.percent(pace.percent()), "rate", Shown.percent(execution.rate()), "gap",
                Shown.points(gap));
    }

    /** Why a budget gap gives its light, against the profile's thresholds (points). */
    public static Words explainBudgetLight(Light light, BudgetGap gap, BigDecimal yellow, BigDecimal red) {
        String key = BUDGET_KEYS[light.ordinal()];
        return switch (light) {
            case GREEN -> Words.of(key, "gap", Shown.points(gap.gap()), "yellow", Shown.number(yellow), "light",
                    Shown.light(light));
            case YELLOW -> Words.of(key, "gap", Shown.points(gap.gap()), "yellow", Shown.number(yellow), "red",
                    Shown.number(red), "light", Shown.light(light));
            case RED -> Words.of(key, "gap", Shown.points(gap.gap()), "red", Shown.number(red), "light",
                    Shown.light(light));
        };
    }

    public static Words explainFloor(FloorInForce floor, Execution execution) {
        return Words.of("floor", "floorMonth", floor.month(), "floor", Shown.number(floor.percent()), "rate",
                Shown.percent(execution.rate()), "light", Shown.light(Light.RED));
    }

    /** Why an indicator's fraction gives its light; {@code red} is the profile's indicatorRed (percent). */
    public static Words explainIndicatorLight(Light light, MonitoredIndicator i, BigDecimal red) {
        Words scored = Words.of("indicator.scored", "basis", basis(i), "value", i.value(), "rule", i.rule(), "method",
                i.method(), "fraction", Shown.fraction(i.fraction()));
        return Words.joined(scored, Verdicts.of(red).of(light));
    }

    /**
     * The second half of an indicator light's words, which depends on the light and the profile's indicatorRed alone:
     * made once per threshold (a profile's is one value for every indicator, so the last one made is kept).
     */
    private record Verdicts(BigDecimal red, Words[] byLight) {

        private static volatile Verdicts last;

        static Verdicts of(BigDecimal red) {
            Verdicts v = last;
            if (v == null || v.red != red) {
                Words[] byLight = new Words[Light.values().length];
                for (Light l : Light.values()) {
                    String key = INDICATOR_KEYS[l.ordinal()];
                    byLight[l.ordinal()] = l == Light.GREEN ? Words.of(key, "light", Shown.light(l))
                            : Words.of(key, "red", Shown.number(fraction(red)), "light", Shown.light(l));
                }
                v = new Verdicts(red, byLight);
                last = v;
            }
            return v;
        }

        Words of(Light light) {
            return byLight[light.ordinal()];
        }
    }

    public static Words explainNotApplicable(MonitoredIndicator i) {
        return Words.of("indicator.na", "basis", basis(i), "value", i.value(), "light", Shown.light(Light.GREEN));
    }

    public static Words explainNoProgress() {
        return NO_PROGRESS;
    }

    public static Words explainGoal(BigDecimal score, BigDecimal points, BigDecimal goal) {
        return Words.of("goal", "score", Shown.number(score), "points", Shown.number(points), "goal",
                Shown.percent(goal));
    }

    /** Goal progress and 预算执行率 apart: {@code points} is {@link #apart}'s, computed once by the rule. */
    public static Words explainProgressGap(GoalProgress goal, Execution execution, BigDecimal points) {
        return Words.of("progressGap", "goal", Shown.percent(goal.percent()), "rate", Shown.percent(execution.rate()),
                "gap", Shown.points(points));
    }

    static Words explainProjectedExpected(BigDecimal expected) {
        return Words.of("projected.expected", "expected", Shown.number(expected));
    }

    static Words explainProjectedLinear(BigDecimal budget, BigDecimal spent, int month, BigDecimal linear,
                                        BigDecimal projected) {
        return budget == null
                ? Words.of("projected.linearNoBudget", "spent", Shown.number(spent), "month", month, "projected",
                Shown.number(projected))
                : Words.of("projected.linear", "budget", Shown.number(budget), "spent", Shown.number(spent), "month",
                month, "linear", Shown.number(linear), "projected", Shown.number(projected));
    }

    static Words explainProject(Light budget, int red, int yellow, int green, Light light) {
        return budget == null
                ? Words.of("project.noBudget", "red", red, "yellow", yellow, "green", green, "light", Shown.light(light))
                : Words.of("project", "budget", Shown.light(budget), "red", red, "yellow", yellow, "green", green,
                "light", Shown.light(light));
    }

    private static Shown basis(MonitoredIndicator i) {
        return Shown.basis(i.basis());
    }

    /** The texts of the budget's and an indicator's light by light, made once. */
    private static final String[] BUDGET_KEYS = keys("budget.");
    private static final String[] INDICATOR_KEYS = keys("indicator.");
    /** A light's word's key by light: {@link #word} is called for each derived 完成目标可能性's finding. */
    private static final String[] LIGHT_KEYS = keys("light.");

    private static String[] keys(String prefix) {
        return java.util.Arrays.stream(Light.values()).map(l -> prefix + l.label()).toArray(String[]::new);
    }

    private static final Words NO_PROGRESS = Words.of("indicator.none", "light", Shown.light(Light.YELLOW));
}
