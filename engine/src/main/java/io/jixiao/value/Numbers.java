package io.jixiao.value;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Display rounding (docs/scoring.md#arithmetic): HALF_UP to two places, applied only when rendering. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    public static String text(BigDecimal v) {
        return v == null ? "—" : round(v).toPlainString();
    }
}
