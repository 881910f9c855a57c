package io.jixiao.value;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one display rounding (docs/scoring.md#arithmetic): HALF_UP to two places, applied only when rendering or
 * judging a number as it is shown (grades, goals, ties, 自评得分 claims). Every score, points and rate that jixiao
 * shows is rounded here.
 */
public final class Numbers {

    /** The rounding rule of everything shown. */
    public static final RoundingMode RULE = RoundingMode.HALF_UP;
    /** The places a score, points or a rate is shown with. */
    public static final int PLACES = 2;

    /** Half of the last place shown. */
    private static final BigDecimal HALF_STEP = new BigDecimal("0.005");

    private Numbers() {
    }

    /** {@code v} as shown: HALF_UP to two places; null stays null. */
    public static BigDecimal round(BigDecimal v) {
        return round(v, PLACES);
    }

    /** {@code v} by the same rule to other places (explanations show up to 4); null stays null. */
    public static BigDecimal round(BigDecimal v, int places) {
        return v == null ? null : v.setScale(places, RULE);
    }

    /** {@code v} as shown, as text ("84.84"); null is "—". */
    public static String text(BigDecimal v) {
        return v == null ? "—" : round(v).toPlainString();
    }

    /**
     * The lowest value that is shown as at least {@code shown} (a number with at most two places): {@code shown −
     * 0.005}. For {@code v ≥ 0}, {@code round(v) ≥ shown} exactly when {@code v ≥ lowestShownAs(shown)}.
     */
    public static BigDecimal lowestShownAs(BigDecimal shown) {
        return shown.subtract(HALF_STEP);
    }
}
