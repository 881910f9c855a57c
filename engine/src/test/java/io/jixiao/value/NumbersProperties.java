package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The one display rounding against its plain definition: HALF_UP to two places, as arithmetic. */
class NumbersProperties {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Property(tries = 5000)
    void roundIsHalfUpToTwoPlaces(@ForAll("decimals") BigDecimal v) {
        BigDecimal r = Numbers.round(v);
        assertThat(r.scale()).isEqualTo(2);
        assertThat(r).as("%s", v).isEqualTo(halfUp(v, 2)).isEqualTo(v.setScale(2, RoundingMode.HALF_UP));
        assertThat(Numbers.text(v)).isEqualTo(r.toPlainString());
    }

    @Property(tries = 2000)
    void theSameRuleAtOtherPlaces(@ForAll("decimals") BigDecimal v, @ForAll @IntRange(min = 0, max = 6) int places) {
        assertThat(Numbers.round(v, places)).as("%s to %d places", v, places).isEqualTo(halfUp(v, places));
    }

    /** A goal of {@code shown} is reached by exactly the values that are shown as at least {@code shown}. */
    @Property(tries = 5000)
    void lowestShownAsIsTheInverseOfRound(@ForAll("nonNegative") BigDecimal v, @ForAll("shown") BigDecimal shown) {
        boolean shownAtLeast = Numbers.round(v).compareTo(shown) >= 0;
        assertThat(v.compareTo(Numbers.lowestShownAs(shown)) >= 0).as("%s against %s", v, shown)
                .isEqualTo(shownAtLeast);
    }

    @Example
    void workedByHand() {
        // 84.835 is halfway: up to 84.84; 84.83499… is below halfway: 84.83
        assertThat(Numbers.text(new BigDecimal("84.835"))).isEqualTo("84.84");
        assertThat(Numbers.text(new BigDecimal("84.8349999"))).isEqualTo("84.83");
        // away from zero on a tie, as HALF_UP does: −2.345 → −2.35
        assertThat(Numbers.text(new BigDecimal("-2.345"))).isEqualTo("-2.35");
        assertThat(Numbers.text(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(Numbers.text(null)).isEqualTo("—");
        assertThat(Numbers.round(null)).isNull();
        // 90 − 0.005 = 89.995, the lowest score shown as 90.00
        assertThat(Numbers.lowestShownAs(BigDecimal.valueOf(90))).isEqualByComparingTo("89.995");
    }

    /** HALF_UP by arithmetic: |v| × 10^places + ½, floored, back, with v's sign. */
    private static BigDecimal halfUp(BigDecimal v, int places) {
        BigDecimal scaled = v.abs().movePointRight(places).add(HALF);
        BigInteger floor = scaled.setScale(0, RoundingMode.FLOOR).unscaledValue();
        BigDecimal magnitude = new BigDecimal(floor, places);
        return v.signum() < 0 ? magnitude.negate() : magnitude;
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.valueOf(-100_000_000_000L),
                BigInteger.valueOf(100_000_000_000L));
        Arbitrary<Integer> scale = Arbitraries.integers().between(-3, 12);
        Arbitrary<BigDecimal> any = Combinators.combine(unscaled, scale).as(BigDecimal::new);
        // ties and near-ties at the third place: x.xx5, x.xx49…, x.xx50…01
        Arbitrary<BigDecimal> ties = Combinators.combine(Arbitraries.integers().between(-100_000, 100_000),
                Arbitraries.of("5", "49", "4999999", "50", "5000001", "0", "9", "95")).as(
                (n, tail) -> new BigDecimal(BigInteger.valueOf(n), 2).add(new BigDecimal("0.00" + tail)));
        return Arbitraries.oneOf(any, ties);
    }

    @Provide
    Arbitrary<BigDecimal> nonNegative() {
        return decimals().map(BigDecimal::abs);
    }

    /** Goals as users write them: up to two places, 0 to 100. */
    @Provide
    Arbitrary<BigDecimal> shown() {
        return Arbitraries.integers().between(0, 10_000).map(n -> new BigDecimal(BigInteger.valueOf(n), 2));
    }
}
