package io.jixiao.scoring;

import io.jixiao.scoring.method.Explain;
import java.math.BigDecimal;

/**
 * The texts that justify a score, one per method and branch: each names its key in the bundle
 * {@code io/jixiao/scoring/texts.properties} (and {@code texts_zh}) and its placeholders, in the order an
 * {@link Explanation} holds their values. A placeholder written {@code name:format} is a number kept as a
 * {@link BigDecimal} and formatted when the explanation is shown, by {@link Explain}'s one rounding rule:
 * {@code num} (up to 4 places), {@code pts} (points, 2 places), {@code pct} (a fraction as a percent, 2 places) or
 * {@code exact} (every digit); any other value is shown as it is (a nested {@link Explanation} in its own words).
 */
public enum Why {
    /** A user's rule's own text ({@link Explanation#literal}): no key. */
    LITERAL(null, "text"),

    // ---- the arithmetic every result ends with
    RESULT("result", "reason", "points:pts", "fraction:num", "score:pts"),
    POINTS("points", "reason", "awarded:num", "score:pts"),
    POINTS_CAPPED("points.capped", "reason", "awarded:num", "base:num", "score:pts"),
    POINTS_SCALED("points.scaled", "reason", "awarded:num", "capped:num", "points:pts", "base:num", "score:pts"),
    POINTS_CAPPED_SCALED("points.cappedScaled", "reason", "awarded:num", "base:num", "capped:num", "points:pts",
            "score:pts"),

    // ---- measured targets (AtLeast, AtMost, Equal, InRange, PassFail)
    COMPARE("compare", "actual:num", "unit", "sign", "target:num"),
    MET("met", "compare"),
    NEGATIVE("negative", "compare"),
    AT_LEAST_PARTIAL("atLeast.partial", "compare", "rate:pct"),
    AT_MOST_PARTIAL("atMost.partial", "compare", "rate:pct"),
    EQUAL_ZERO_TARGET("equal.zeroTarget", "compare"),
    EQUAL_PARTIAL("equal.partial", "compare", "deviation:pct"),
    RANGE_BELOW("range.below", "actual:num", "unit", "low:num", "high:num", "rate:pct"),
    RANGE_ABOVE("range.above", "actual:num", "unit", "low:num", "high:num", "rate:pct"),
    RANGE_INSIDE("range.inside", "actual:num", "unit", "low:num", "high:num"),
    PASS("passFail.met", "compare"),
    FAIL("passFail.missed", "compare"),
    GRADE_PASS("passFail.gradeMet", "actual", "grade", "percent:num", "floor:num"),
    GRADE_FAIL("passFail.gradeMissed", "actual", "grade", "percent:num", "floor:num"),

    // ---- grades and words
    GRADED_SELF("graded.self", "actual", "grade", "percent:num", "target"),
    GRADED_DEFAULT("graded.default", "actual", "grade", "percent:num", "target"),
    GRADED_RATING("graded.rating", "actual", "grade", "percent:num", "target"),
    TEXT_MATCH("textMatch.same", "actual"),
    TEXT_UNSCORABLE("textMatch.unscorable", "actual"),
    COMPLETED("special.completed"),
    MISSING("special.missing"),
    MISMATCH("special.mismatch", "actual"),
    RANGE_ACTUAL("special.rangeActual", "actual", "target"),
    NOT_APPLICABLE("special.notApplicable", "points:pts"),
    UNSCORED("special.unscored"),

    // ---- 评（扣）分标准: steps in percent, standards in points
    STEP_DEDUCT("step.deduct", "compare", "gap", "per:num", "unit", "deduct:num", "cut:num"),
    STEP_DEDUCT_ALL("step.deductAll", "compare", "gap", "per:num", "unit", "deduct:num", "cut:num"),
    STEP_GAP("step.gap", "gap:num", "unit"),
    STEP_GAP_POINTS("step.gapPoints", "gap:num"),
    STEP_GAP_RELATIVE("step.gapRelative", "gap:num"),
    STEP_ZERO_BELOW("step.zeroBelow", "compare", "completion:num", "floor:num"),
    BAND("bands.in", "actual:num", "unit", "band"),
    BAND_FULL("bands.inFull", "actual:num", "unit", "band"),
    BAND_OUTSIDE("bands.outside", "actual:num", "unit"),
    CHOICE("choices.one", "actual", "option"),
    CHOICE_NONE("choices.none", "actual"),
    GRADE_POINTS("gradePoints.listed", "actual", "grade"),
    GRADE_POINTS_NONE("gradePoints.none", "actual", "grade"),
    POINT_STEP_MET("pointSteps.met", "actual:num", "unit", "sign", "threshold:num", "standardUnit"),
    POINT_STEP_BELOW("pointSteps.below", "actual:num", "unit", "sign", "threshold:num", "standardUnit", "gap:num",
            "gapUnit", "per:num", "deduct:num", "cut:num", "full:num"),
    POINT_STEP_BELOW_ALL("pointSteps.belowAll", "actual:num", "unit", "sign", "threshold:num", "standardUnit",
            "gap:num", "gapUnit", "per:num", "deduct:num", "cut:num", "full:num"),
    POINT_STEP_ABOVE("pointSteps.above", "actual:num", "unit", "sign", "threshold:num", "standardUnit", "gap:num",
            "gapUnit", "per:num", "deduct:num", "cut:num", "full:num"),
    POINT_STEP_ABOVE_ALL("pointSteps.aboveAll", "actual:num", "unit", "sign", "threshold:num", "standardUnit",
            "gap:num", "gapUnit", "per:num", "deduct:num", "cut:num", "full:num"),
    PERCENTAGE_POINTS("unit.percentagePoints"),

    // ---- a table, the budget, the department
    BUDGET("budget.execution", "spent:num", "budget:num", "rate:pct", "points:pts", "capped:num", "score:pts"),
    BUDGET_ADJUSTED("budget.adjusted", "spent:num", "budget:num", "initial:num", "rate:pct", "points:pts",
            "capped:num", "score:pts"),
    BUDGET_ADJUSTED_NO_INITIAL("budget.adjustedNoInitial", "spent:num", "budget:num", "rate:pct", "points:pts",
            "capped:num", "score:pts"),
    TABLE_SUM("table.sum", "indicators:pts", "raw:pts"),
    TABLE_SUM_BUDGET("table.sumWithBudget", "indicators:pts", "budget:pts", "raw:pts"),
    TABLE_RESCALED("table.rescaled", "sum", "total:pts", "raw:pts", "score:pts"),
    TABLE_NOT_APPLICABLE("table.notApplicable", "sum", "na:pts", "raw:pts", "score:pts"),
    TABLE_RESCALED_NOT_APPLICABLE("table.rescaledNotApplicable", "sum", "total:pts", "na:pts", "raw:pts",
            "score:pts"),
    DEPARTMENT_OVERALL("department.overall", "score:pts"),
    DEPARTMENT_WEIGHTED("department.weighted", "weighted:exact", "budgets:exact", "score:pts"),
    DEPARTMENT_MEAN("department.mean", "total:pts", "count", "score:pts"),
    DEPARTMENT_MEAN_NO_BUDGETS("department.meanBudgetsMissing", "total:pts", "count", "score:pts");

    private final String key;
    private final String[] names;
    private final char[] formats;

    Why(String key, String... placeholders) {
        this.key = key;
        names = new String[placeholders.length];
        formats = new char[placeholders.length];
        for (int i = 0; i < placeholders.length; i++) {
            int colon = placeholders[i].indexOf(':');
            names[i] = colon < 0 ? placeholders[i] : placeholders[i].substring(0, colon);
            formats[i] = colon < 0 ? ' ' : switch (placeholders[i].substring(colon + 1)) {
                case "num" -> 'n';
                case "pts" -> 'p';
                case "pct" -> '%';
                case "exact" -> 'e';
                default -> throw new IllegalArgumentException(placeholders[i]);
            };
        }
    }

    /** The key in the scoring texts bundle; null for {@link #LITERAL}. */
    public String key() {
        return key;
    }

    /** How many values an explanation of this text holds. */
    int arity() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    /** The i-th value as the text shows it: a number's text, a nested explanation's words ({@link Explanation#nested}). */
    Object format(int i, Object value) {
        if (value instanceof Explanation e) {
            return e.nested();
        }
        if (value instanceof BigDecimal v) {
            return switch (formats[i]) {
                case 'n' -> Explain.num(v);
                case 'p' -> Explain.pts(v);
                case '%' -> Explain.pct(v);
                case 'e' -> Explain.exact(v);
                default -> v.toPlainString();
            };
        }
        return String.valueOf(value);
    }
}
