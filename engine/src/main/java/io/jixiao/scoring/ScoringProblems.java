package io.jixiao.scoring;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/**
 * The findings of scoring (KPI-0202, 0203, 0301…0319): points, the rules' results (a tie, none), grades,
 * 偏离度, spending above budget. Texts in {@code io/jixiao/scoring/messages.properties}.
 */
public final class ScoringProblems {

    private static final Catalogue M = Catalogue.of(ScoringProblems.class);

    private ScoringProblems() {
    }

    public static Finding ruleTie(String indicator, String ruleA, String ruleB, int priority) {
        return M.error("KPI-0202", Location.UNKNOWN, "ruleA", ruleA, "ruleB", ruleB, "indicator", indicator,
                "priority", priority);
    }

    public static Finding unscored(String indicator) {
        return M.error("KPI-0203", Location.UNKNOWN, "indicator", indicator);
    }

    public static Finding pointsExceedWeight(Location at, String table, String group, String sum, String weight) {
        return M.error("KPI-0301", at, "table", table, "group", group, "sum", sum, "weight", weight);
    }

    public static Finding pointsDoNotAddUp(Location at, String table, String group, String sum, String weight) {
        return M.error("KPI-0302", at, "table", table, "group", group, "sum", sum, "weight", weight);
    }

    /** Given 分值 whose groups' sums differ from the profile's weights (docs/scoring.md#given-points). */
    public static Finding pointsDepartFromProfile(Location at, String table, String sums, String weights,
                                                  String profile) {
        return M.warning("KPI-0319", at, "table", table, "sums", sums, "weights", weights, "profile", profile);
    }

    /** 分值 and 预算执行率 that do not total 100: the table's score is rescaled (docs/scoring.md#given-points). */
    public static Finding pointsTotalRescaled(Location at, String table, String total, String budget) {
        return M.warning("KPI-0319.total", at, "table", table, "total", total, "budget", budget);
    }

    public static Finding nothingLeft(Location at, String table, String group, String given, String weight, int n) {
        return M.error("KPI-0314", at, "table", table, "group", group, "given", given, "weight", weight, "n", n);
    }

    public static Finding textNotScorable(String actual, String target) {
        return M.error("KPI-0303", Location.UNKNOWN, "actual", actual, "target", target);
    }

    /** KPI-0303 for a number in Chinese numerals against a measured target; {@code number} in digits (92%). */
    public static Finding numeralNotScorable(String actual, String target, String number) {
        return M.error("KPI-0303.numeral", Location.UNKNOWN, "actual", actual, "target", target, "number", number);
    }

    public static Finding gradeOutsideBand(String actual, String level, String low, String high) {
        return M.error("KPI-0304", Location.UNKNOWN, "actual", actual, "level", level, "low", low, "high", high);
    }

    /** An explicit percent outside its grade's band, inside another's (docs/scoring.md#grade-bands). */
    public static Finding gradeInOtherBand(String actual, String level, String band, String percent, String other,
                                           String otherBand) {
        return M.error("KPI-0304.belongs", Location.UNKNOWN, "actual", actual, "level", level, "band", band,
                "percent", percent, "other", other, "otherBand", otherBand);
    }

    public static Finding completedAsMet(String actual, String target) {
        return M.warning("KPI-0305", Location.UNKNOWN, "actual", actual, "target", target);
    }

    /** The code of {@link #missingScoredZero}: monitoring reports a forecast left out in its own words. */
    public static final String MISSING_SCORED_ZERO = "KPI-0306";

    public static Finding missingScoredZero(String indicator) {
        return M.warning("KPI-0306", Location.UNKNOWN, "indicator", indicator);
    }

    /** An actual written 无, /, —, - read as 不适用 (docs/scoring.md#not-applicable-marks). */
    public static Finding notApplicableMark(String actual, String indicator) {
        return M.info("KPI-0317", Location.UNKNOWN, "actual", actual, "indicator", indicator);
    }

    /** A text actual that is none of the options of its 评分标准 (docs/scoring.md#deduction-choices). */
    public static Finding notAChoice(String actual, String indicator, java.util.Collection<String> options) {
        return M.error("KPI-0318", Location.UNKNOWN, "actual", actual, "indicator", indicator, "options",
                Catalogue.list(options));
    }

    /** A number no band of its 评分标准 holds (docs/scoring.md#deduction-bands). */
    public static Finding outsideBands(String actual, String indicator, String bands) {
        return M.error("KPI-0318.band", Location.UNKNOWN, "actual", actual, "indicator", indicator, "bands", bands);
    }

    /** A grade its 评分标准 gives no points (docs/scoring.md#deduction-grade-points). */
    public static Finding gradeNotListed(String actual, String indicator, java.util.Collection<String> grades) {
        return M.error("KPI-0318.grade", Location.UNKNOWN, "actual", actual, "indicator", indicator, "grades",
                Catalogue.list(grades));
    }

    public static Finding rangeAsActual(String actual, String target) {
        return M.error("KPI-0316", Location.UNKNOWN, "actual", actual, "target", target);
    }

    public static Finding measuredAgainstText(String actual, String target) {
        return M.error("KPI-0307", Location.UNKNOWN, "actual", actual, "target", target);
    }

    /**
     * @param ceiling true for a ≤ target far undercut (its ceiling is set too high), false for a ≥ target far
     *                exceeded
     */
    public static Finding overAchievement(String actual, String target, String beyond, String flag, boolean ceiling) {
        return ceiling
                ? M.warning("KPI-0308.ceiling", Location.UNKNOWN, "actual", actual, "beyond", beyond, "target", target,
                        "flag", flag)
                : M.warning("KPI-0308", Location.UNKNOWN, "actual", actual, "beyond", beyond, "target", target,
                        "flag", flag);
    }

    /** KPI-0309: a target without comparator read by default, naming the reason (docs/scoring.md#direction). */
    public static Finding defaultDirection(String target, String comparator, Direction.Reason reason, String word) {
        return switch (reason) {
            case ZERO -> M.info("KPI-0309.zero", Location.UNKNOWN, "target", target, "comparator", comparator);
            case LOWER_WORD -> M.info("KPI-0309.word", Location.UNKNOWN, "target", target, "comparator", comparator,
                    "word", word);
            case COST_MONEY -> M.info("KPI-0309.costMoney", Location.UNKNOWN, "target", target,
                    "comparator", comparator);
            case COST_RATE -> M.info("KPI-0309.costRate", Location.UNKNOWN, "target", target,
                    "comparator", comparator);
            default -> M.info("KPI-0309", Location.UNKNOWN, "target", target, "comparator", comparator);
        };
    }

    public static Finding spentAboveBudget(Location at, String table, String spent, String budget) {
        return M.warning("KPI-0310", at, "table", table, "spent", spent, "budget", budget);
    }

    public static Finding allNotApplicable(Location at, String table) {
        return M.error("KPI-0311", at, "table", table);
    }

    public static Finding gradedMeasurable(String actual, String target) {
        return M.info("KPI-0312", Location.UNKNOWN, "target", target, "actual", actual);
    }

    public static Finding deductionUnit(String text, String unit, String targetUnit) {
        return M.error("KPI-0313", Location.UNKNOWN, "text", text, "unit", unit, "targetUnit", targetUnit);
    }
}
