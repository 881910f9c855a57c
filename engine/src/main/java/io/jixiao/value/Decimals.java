package io.jixiao.value;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Division that gives exactly what {@link BigDecimal#divide(BigDecimal, MathContext)} gives, faster.
 * When the quotient terminates (72/90 = 0.8), the JDK computes all 34 digits of DECIMAL128 and then strips
 * the trailing zeros one BigInteger division at a time, which costs about a microsecond; scoring does that
 * several times per indicator. Here a terminating quotient of two small operands is computed with long
 * arithmetic — no BigInteger, no digit it does not keep — at the scale the JDK gives it; every other case goes to
 * the JDK unchanged.
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code a.divide(b, mc)}, the same value and the same scale. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b, MathContext mc) {
        if (a.precision() <= 18 && b.precision() <= 18 && b.signum() != 0) {
            BigDecimal q = exact(a, b);
            if (q != null && q.precision() <= mc.getPrecision()) {
                return q;
            }
        }
        return a.divide(b, mc);
    }

    /**
     * {@code a.divide(b)} (the exact quotient, at the preferred scale {@code a.scale() - b.scale()} or the least scale
     * above it that holds it) when it terminates and fits a long; else null. With a/b = na/nb in lowest terms, the
     * quotient terminates when nb = 2^x·5^y; then a/b = na·(10^k/nb) · 10^-(k + a.scale() - b.scale()) with k the
     * larger of x and y, and the trailing zeros above the preferred scale are dropped.
     */
    static BigDecimal exact(BigDecimal a, BigDecimal b) {
        long ua = Math.abs(unscaled(a));
        long ub = Math.abs(unscaled(b));
        long g = gcd(ua, ub);
        long na = ua / g;
        long nb = ub / g;
        int twos = Long.numberOfTrailingZeros(nb);
        nb >>= twos;
        int fives = 0;
        while (nb % 5 == 0) {
            nb /= 5;
            fives++;
        }
        if (nb != 1) {
            return null;
        }
        long q = na;
        try {
            for (int i = twos; i < fives; i++) {
                q = Math.multiplyExact(q, 2L);
            }
            for (int i = fives; i < twos; i++) {
                q = Math.multiplyExact(q, 5L);
            }
        } catch (ArithmeticException e) {
            return null;
        }
        long preferred = (long) a.scale() - b.scale();
        long scale = preferred + Math.max(twos, fives);
        while (scale > preferred && q % 10 == 0) {
            q /= 10;
            scale--;
        }
        if (scale != (int) scale) {
            return null;
        }
        return BigDecimal.valueOf(a.signum() * b.signum() < 0 ? -q : q, (int) scale);
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
