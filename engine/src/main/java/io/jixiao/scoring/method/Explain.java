package io.jixiao.scoring.method;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for explanations only; scores themselves are never rounded here. */
public final class Explain {

    private Explain() {
    }

    /** Up to 4 decimals, HALF_UP, no trailing zeros: 0.925, 11.5625, 20000. */
    public static String num(BigDecimal v) {
        // with 4 places or fewer nothing rounds, and padding to 4 places only to strip the zeros again costs
        // a multiplication and a division per number
        BigDecimal r = (v.scale() > 4 ? v.setScale(4, RoundingMode.HALF_UP) : v).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /** Two decimals for points: 12.50, 11.56. */
    public static String pts(BigDecimal v) {
        return (v.scale() == 2 ? v : v.setScale(2, RoundingMode.HALF_UP)).toPlainString();
    }

    /** A fraction as a percent with two decimals: 0.925 → 92.50%. */
    public static String pct(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** An amount with its unit: 18500条, 96%. */
    public static String amount(BigDecimal v, String unit) {
        return num(v) + unit;
    }
}
