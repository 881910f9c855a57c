package io.jixiao.value;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Division that gives exactly what {@link BigDecimal#divide(BigDecimal, MathContext)} gives, faster.
 * When the quotient terminates (72/90 = 0.8), the JDK computes all 34 digits of DECIMAL128 and then strips
 * the trailing zeros one BigInteger division at a time, which costs about a microsecond; scoring does that
 * several times per indicator. Here a terminating quotient of two small operands is found with long
 * arithmetic and computed exactly instead; every other case goes to the JDK unchanged.
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code a.divide(b, mc)}, the same value and the same scale. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b, MathContext mc) {
        if (a.precision() <= 18 && b.precision() <= 18 && b.signum() != 0 && terminates(a, b)) {
            BigDecimal q = a.divide(b); // exact, at the preferred scale a.scale() - b.scale() or the least above it
            if (q.precision() <= mc.getPrecision()) {
                return q;
            }
        }
        return a.divide(b, mc);
    }

    /** True when a/b has a finite decimal expansion: b over gcd(a, b) has no prime factor but 2 and 5. */
    static boolean terminates(BigDecimal a, BigDecimal b) {
        long ua = Math.abs(unscaled(a));
        long ub = Math.abs(unscaled(b));
        long d = ub / gcd(ua, ub);
        while ((d & 1) == 0) {
            d >>= 1;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        return d == 1;
    }

    /**
     * The unscaled value of a number of at most 18 digits, without the BigInteger {@link BigDecimal#unscaledValue()}
     * builds: a scale of 0 reads it directly, any other moves the point onto it (one small BigDecimal).
     */
    private static long unscaled(BigDecimal v) {
        return v.scale() == 0 ? v.longValue() : v.scaleByPowerOfTen(v.scale()).longValue();
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
