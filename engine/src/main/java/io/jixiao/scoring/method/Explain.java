package io.jixiao.scoring.method;

import io.jixiao.value.Numbers;
import java.math.BigDecimal;

/**
 * Number formatting for explanations only; scores themselves are never rounded here. Where it rounds, it rounds
 * by the one rule ({@link Numbers}): a fraction shows the 4 places scoring uses ({@link Numbers#fraction}), points
 * and scores the 2 places they have (docs/scoring.md#arithmetic), so that the printed arithmetic is the arithmetic.
 */
public final class Explain {

    private Explain() {
    }

    /** Up to 4 decimals, HALF_UP, no trailing zeros: 0.925, 11.5625, 20000. */
    public static String num(BigDecimal v) {
        // with 4 places or fewer nothing rounds, and padding to 4 places only to strip the zeros again costs
        // a multiplication and a division per number
        BigDecimal r = (v.scale() > 4 ? Numbers.round(v, 4) : v).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /** Two decimals for points: 12.50, 11.56. */
    public static String pts(BigDecimal v) {
        return Numbers.round(v).toPlainString();
    }

    /** Every digit, no trailing zeros: an exact sum of printed numbers, such as Σ(得分×预算) = 2592.5. */
    public static String exact(BigDecimal v) {
        BigDecimal r = v.stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /** A fraction as a percent with two decimals: 0.925 → 92.50%. */
    public static String pct(BigDecimal fraction) {
        return Numbers.round(fraction.movePointRight(2)).toPlainString() + "%";
    }

    /** An amount with its unit: 18500条, 96%. */
    public static String amount(BigDecimal v, String unit) {
        return num(v) + unit;
    }
}
