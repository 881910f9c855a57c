package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Magnitude#times} flags exactly what the two exact products flag (docs/formats.md#plausibility): its quick
 * test on doubles ({@link Magnitude#plainlyWithin}) only ever says "within" where the products say so too — for any
 * amounts, and for amounts right at 100× and at a hundredth, a step of the last digit either side.
 */
class MagnitudeProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What times() computed before the quick test: the two exact products. */
    private static Optional<String> exact(BigDecimal amount, BigDecimal reference) {
        BigDecimal a = amount.abs();
        BigDecimal r = reference.abs();
        if (a.signum() == 0 || r.signum() == 0) {
            return Optional.empty();
        }
        if (a.compareTo(r.multiply(HUNDRED)) >= 0) {
            return Optional.of(a.divide(r, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP).toPlainString()
                    + "×");
        }
        if (a.multiply(HUNDRED).compareTo(r) <= 0) {
            return Optional.of("1/" + r.divide(a, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP)
                    .toPlainString());
        }
        return Optional.empty();
    }

    @Property(tries = 5000)
    void anyAmounts(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal r) {
        assertThat(Magnitude.times(a, r)).as("%s against %s", a, r).isEqualTo(exact(a, r));
    }

    @Property(tries = 3000)
    void atTheBounds(@ForAll("amounts") BigDecimal r, @ForAll("steps") int step, @ForAll boolean above) {
        BigDecimal bound = above ? r.multiply(HUNDRED) : r.divide(HUNDRED);
        BigDecimal ulp = bound.ulp().multiply(BigDecimal.valueOf(step));
        for (BigDecimal a : new BigDecimal[] {bound, bound.add(ulp), bound.subtract(ulp)}) {
            assertThat(Magnitude.times(a, r)).as("%s against %s", a, r).isEqualTo(exact(a, r));
        }
    }

    @Example
    void theQuickTestLeavesTheBoundsToTheProducts() {
        assertThat(Magnitude.plainlyWithin(new BigDecimal("98.99"), BigDecimal.ONE)).isTrue();
        assertThat(Magnitude.plainlyWithin(new BigDecimal("99"), BigDecimal.ONE)).isFalse();
        assertThat(Magnitude.plainlyWithin(new BigDecimal("0.0102"), BigDecimal.ONE)).isTrue();
        assertThat(Magnitude.plainlyWithin(new BigDecimal("0.0101"), BigDecimal.ONE)).isFalse();
        assertThat(Magnitude.plainlyWithin(new BigDecimal("1E-400"), BigDecimal.ONE)).isFalse(); // no double for it
        assertThat(Magnitude.times(new BigDecimal("100"), BigDecimal.ONE)).contains("100×");
        assertThat(Magnitude.times(new BigDecimal("99.99"), BigDecimal.ONE)).isEmpty();
        assertThat(Magnitude.times(new BigDecimal("0.01"), BigDecimal.ONE)).contains("1/100");
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-99_999_999_999L, 99_999_999_999L),
                Arbitraries.integers().between(-6, 12)).as(BigDecimal::valueOf)
                .edgeCases(c -> c.add(BigDecimal.ZERO).add(new BigDecimal("1E-400")).add(new BigDecimal("1E+400")));
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.integers().between(1, 3);
    }
}
