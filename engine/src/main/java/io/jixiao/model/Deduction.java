package io.jixiao.model;

import io.jixiao.problem.Location;
import java.math.BigDecimal;

/**
 * A 评（扣）分标准 in structured form (docs/scoring.md#deductions). {@code text} is what was written (null when the
 * structured form was written directly). Percentages are stored as percent numbers (1% → 1).
 *
 * @param per        the step of the shortfall (10 条, 1 percentage point, 1 小时); null for pass/fail
 * @param unit       the unit of {@code per} as written ("%", "条", "小时"), "" for the target's own unit
 * @param relative   the step is a percent of the target (每增加1% on ≤30分钟), not percentage points
 * @param deduct     percent of the indicator's points taken per step
 * @param passFail   达标得满分，不达标不得分
 * @param zeroBelow  completion (percent of target) under which the indicator scores 0; null if none
 * @param standard   a 评分标准 in points (bands, a deduction in points, choices, grades: docs/scoring.md#point-standards);
 *                   null for the forms above
 */
public record Deduction(String text, BigDecimal per, String unit, boolean relative, BigDecimal deduct,
                        boolean passFail, BigDecimal zeroBelow, Location location, PointStandard standard) {

    /** A step or pass/fail 评（扣）分标准 (no standard in points). */
    public Deduction(String text, BigDecimal per, String unit, boolean relative, BigDecimal deduct, boolean passFail,
                     BigDecimal zeroBelow, Location location) {
        this(text, per, unit, relative, deduct, passFail, zeroBelow, location, null);
    }

    /** A 评分标准 in points. */
    public static Deduction of(String text, PointStandard standard, Location location) {
        return new Deduction(text, null, "", false, null, false, null, location, standard);
    }

    public boolean structured() {
        return passFail || (per != null && deduct != null) || standard != null;
    }
}
