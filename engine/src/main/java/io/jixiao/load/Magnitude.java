package io.jixiao.load;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.Indicator;
import io.jixiao.problem.Finding;
import io.jixiao.value.Dimension;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The plausibility check of amounts (docs/formats.md#plausibility): an actual 100 times its target or more, or a
 * hundredth of it or less — and a 全年执行数 so far from its budget — is far more often a unit slip (196000 typed
 * in a 万元 cell) than a fact, and is flagged with a warning (KPI-0139) that names the likely slip. A warning, not
 * an error: a count can truly be 150 times a cautious target. Zero is never implausible (nothing was done).
 */
final class Magnitude {

    /** How far from its reference an amount must be, either way, to be flagged. */
    static final BigDecimal FACTOR = BigDecimal.valueOf(100);

    private Magnitude() {
    }

    /**
     * "9800×" when {@code amount} is at least 100 times {@code reference}, "1/150" when it is at most a
     * hundredth of it; empty otherwise, or when either is 0.
     */
    static Optional<String> times(BigDecimal amount, BigDecimal reference) {
        BigDecimal a = amount.abs();
        BigDecimal r = reference.abs();
        if (a.signum() == 0 || r.signum() == 0) {
            return Optional.empty();
        }
        if (plainlyWithin(a, r)) {
            return Optional.empty(); // nearly every actual: no product needed to tell
        }
        if (a.compareTo(r.multiply(FACTOR)) >= 0) {
            return Optional.of(ratio(a, r) + "×");
        }
        if (a.multiply(FACTOR).compareTo(r) <= 0) {
            return Optional.of("1/" + ratio(r, a));
        }
        return Optional.empty();
    }

    /**
     * True when {@code a} is, beyond doubt, less than 100 times {@code r} and more than a hundredth of it: their
     * doubles (exact to 15–17 digits) are within 99× of each other. Near either bound, or out of the doubles' range,
     * false: the exact products decide.
     */
    static boolean plainlyWithin(BigDecimal a, BigDecimal r) {
        double da = a.doubleValue();
        double dr = r.doubleValue();
        if (!(da > 0 && dr > 0 && Double.isFinite(da) && Double.isFinite(dr))) {
            return false;
        }
        return da < dr * 99 && da * 99 > dr;
    }

    private static String ratio(BigDecimal big, BigDecimal small) {
        return big.divide(small, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** KPI-0139 when a measured actual is implausibly far from its target; its units are known to convert. */
    static Optional<Finding> check(Indicator i, ActualEntry e) {
        if (!(e.value() instanceof Quantity actual)) {
            return Optional.empty();
        }
        Unit unit = Pairing.unitOf(i.target());
        if (unit == null) {
            return Optional.empty();
        }
        BigDecimal a = actual.amountIn(unit);
        BigDecimal target = reference(i, a);
        if (target == null) {
            return Optional.empty();
        }
        Optional<String> times = times(a, target); // no lambda capturing six values for every measured actual
        return times.isEmpty() ? Optional.empty() : Optional.of(LoadProblems.implausibleActual(e.location(),
                i.key(), e.text(), i.targetText(), times.get(), slip(actual, unit, a, target), unit.symbol()));
    }

    /** The target amount an actual is compared with: a range's nearer end, none when the actual lies inside it. */
    private static BigDecimal reference(Indicator i, BigDecimal actual) {
        if (i.target() instanceof Quantity q) {
            return q.amount();
        }
        Range r = (Range) i.target();
        return actual.compareTo(r.high()) > 0 ? r.high() : actual.compareTo(r.low()) < 0 ? r.low() : null;
    }

    /** The likely slip: money in 元 instead of 万元, a percent ×100 or as a fraction, a bare number in another unit. */
    private static LoadProblems.Slip slip(Quantity actual, Unit unit, BigDecimal a, BigDecimal target) {
        boolean bare = actual.unit().dimension() == Dimension.PLAIN;
        if (unit.dimension() == Dimension.MONEY && a.compareTo(target) > 0 && bare && "万元".equals(unit.symbol())) {
            return LoadProblems.Slip.YUAN;
        }
        if (unit.dimension() == Dimension.PERCENT) {
            return a.compareTo(target) > 0 ? LoadProblems.Slip.PERCENT_TIMES_100 : LoadProblems.Slip.FRACTION;
        }
        if (bare && !unit.symbol().isEmpty()) {
            return LoadProblems.Slip.BARE_NUMBER;
        }
        return LoadProblems.Slip.OTHER_UNIT;
    }
}
