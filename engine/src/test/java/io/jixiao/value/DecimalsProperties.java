package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Decimals#divide} is BigDecimal.divide(b, mc) — the same value and the same scale — only faster. */
class DecimalsProperties {

    @Property(tries = 5000)
    void sameAsTheJdk(@ForAll("decimals") BigDecimal a, @ForAll("divisors") BigDecimal b) {
        for (MathContext mc : new MathContext[] {MathContext.DECIMAL128, MathContext.DECIMAL64, new MathContext(5)}) {
            BigDecimal jdk = a.divide(b, mc);
            BigDecimal fast = Decimals.divide(a, b, mc);
            assertThat(fast).as("%s / %s with %s", a, b, mc).isEqualTo(jdk);
            assertThat(fast.scale()).isEqualTo(jdk.scale());
        }
    }

    /**
     * {@link Units#stripped} is stripTrailingZeros — the same value and the same scale — whatever the number: whole
     * numbers ending in 0 or not, negative, zero, decimals, more than 18 digits, negative scales.
     */
    @Property(tries = 5000)
    void strippedAsTheJdkStrips(@ForAll long unscaled, @ForAll("scales") int scale, @ForAll("tens") int tens) {
        BigDecimal x = BigDecimal.valueOf(unscaled, scale).multiply(BigDecimal.TEN.pow(tens));
        BigDecimal jdk = x.stripTrailingZeros();
        BigDecimal ours = Units.stripped(x);
        assertThat(ours).as("%s", x).isEqualTo(jdk);
        assertThat(ours.scale()).isEqualTo(jdk.scale());
    }

    @Example
    void aWholeNumberNotEndingInZeroIsItselfAndOneEndingInZeroIsStripped() {
        BigDecimal count = new BigDecimal("2733");
        assertThat(Units.stripped(count)).isSameAs(count);
        assertThat(Units.stripped(new BigDecimal("20000"))).isEqualTo(new BigDecimal("2E+4"));
        assertThat(Units.stripped(new BigDecimal("95.50"))).isEqualTo(new BigDecimal("95.5"));
        assertThat(Units.stripped(BigDecimal.ZERO.setScale(0))).isEqualTo(BigDecimal.ZERO);
    }

    @Provide
    Arbitrary<Integer> scales() {
        return Arbitraries.integers().between(-3, 6).edgeCases(c -> c.add(0));
    }

    @Provide
    Arbitrary<Integer> tens() {
        return Arbitraries.integers().between(0, 3);
    }

    /** Quotients that terminate: the fast path's own territory. */
    @Property(tries = 5000)
    void sameAsTheJdkWhenTheQuotientTerminates(@ForAll("divisors") BigDecimal b, @ForAll("decimals") BigDecimal q,
                                                @ForAll("powers") int twos) {
        BigDecimal a = b.multiply(q).multiply(BigDecimal.valueOf(2).pow(twos));
        for (MathContext mc : new MathContext[] {MathContext.DECIMAL128, new MathContext(7)}) {
            BigDecimal jdk = a.divide(b, mc);
            assertThat(Decimals.divide(a, b, mc)).as("%s / %s with %s", a, b, mc).isEqualTo(jdk);
        }
    }

    /**
     * The long arithmetic of the fast path is {@code a.divide(b)} — the exact quotient, same value and scale — whenever
     * it gives a quotient, and gives one for every terminating quotient of small operands (the products below stay
     * far from a long's end).
     */
    @Property(tries = 5000)
    void exactIsTheJdksExactQuotient(@ForAll("smallDecimals") BigDecimal b, @ForAll("smallDecimals") BigDecimal q,
                                      @ForAll("powers") int twos, @ForAll("powers") int fives) {
        net.jqwik.api.Assume.that(b.signum() != 0);
        BigDecimal a = b.multiply(q).multiply(BigDecimal.valueOf(2).pow(twos));
        BigDecimal divisor = b.multiply(BigDecimal.valueOf(5).pow(fives));
        BigDecimal jdk = a.divide(divisor);
        BigDecimal fast = Decimals.exact(a, divisor);
        assertThat(fast).as("%s / %s", a, divisor).isNotNull().isEqualTo(jdk);
        assertThat(fast.scale()).isEqualTo(jdk.scale());
    }

    @Example
    void exactQuotientsByHand() {
        // 72/90 = 4/5 = 8·10^-1: 0.8; 12.50/1 keeps the preferred scale 2 - 0: 12.50; 5/0.001 (scale 3): preferred
        // scale 0 - 3 = -3, 5000 holds at it: 5E+3; 1E+3/4 = 1/4 · 10^3 = 25·10^-2 · 10^3: 25 at scale -3 + 2 = -1,
        // 2.5E+2; 0/7: 0 at scale 0; -3/8 = -375·10^-3: -0.375; 1/3 repeats (3 is no 2^x·5^y): null
        assertThat(Decimals.exact(new BigDecimal("72"), new BigDecimal("90"))).isEqualTo(new BigDecimal("0.8"));
        assertThat(Decimals.exact(new BigDecimal("12.50"), new BigDecimal("1"))).isEqualTo(new BigDecimal("12.50"));
        assertThat(Decimals.exact(new BigDecimal("5"), new BigDecimal("0.001"))).isEqualTo(new BigDecimal("5E+3"));
        assertThat(Decimals.exact(new BigDecimal("1E+3"), new BigDecimal("4"))).isEqualTo(new BigDecimal("2.5E+2"));
        assertThat(Decimals.exact(new BigDecimal("0"), new BigDecimal("7"))).isEqualTo(new BigDecimal("0"));
        assertThat(Decimals.exact(new BigDecimal("-3"), new BigDecimal("8"))).isEqualTo(new BigDecimal("-0.375"));
        assertThat(Decimals.exact(BigDecimal.ONE, new BigDecimal("3"))).isNull();
    }

    @Provide
    Arbitrary<BigDecimal> smallDecimals() {
        return Arbitraries.longs().between(-99_999, 99_999).flatMap(u -> Arbitraries.integers().between(-3, 4)
                .map(scale -> BigDecimal.valueOf(u, scale)));
    }

    @Provide
    Arbitrary<Integer> powers() {
        return Arbitraries.integers().between(0, 6);
    }

    @Example
    void theScoringCases() {
        // exact quotients (the fast path) and repeating ones (the JDK), as scoring meets them
        String[][] cases = {{"72", "90"}, {"93", "95"}, {"50", "4"}, {"50", "3"}, {"19.6", "20"}, {"663000", "1"},
                {"0", "7"}, {"0.00", "0.5"}, {"100", "0.1"}, {"-3", "8"}, {"12.50", "1"}, {"1E+3", "4"}, {"5", "1E-3"}};
        for (String[] c : cases) {
            BigDecimal a = new BigDecimal(c[0]);
            BigDecimal b = new BigDecimal(c[1]);
            BigDecimal jdk = a.divide(b, MathContext.DECIMAL128);
            assertThat(Decimals.divide(a, b, MathContext.DECIMAL128)).as(c[0] + "/" + c[1]).isEqualTo(jdk);
        }
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> small = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(BigInteger::valueOf);
        Arbitrary<BigInteger> big = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(17).negate(), BigInteger.TEN.pow(40));
        return Arbitraries.oneOf(small, big).flatMap(u -> Arbitraries.integers().between(-6, 12)
                .map(scale -> new BigDecimal(u, scale)));
    }

    @Provide
    Arbitrary<BigDecimal> divisors() {
        return decimals().filter(d -> d.signum() != 0);
    }
}
