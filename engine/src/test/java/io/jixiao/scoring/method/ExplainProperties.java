package io.jixiao.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The explanation formats and the step count skip roundings that cannot change anything; each is checked
 * against its definition (the plain BigDecimal formula) on decimals of every size and scale.
 */
class ExplainProperties {

    @Property(tries = 5000)
    void numIsFourPlacesHalfUpWithoutTrailingZeros(@ForAll("decimals") BigDecimal v) {
        BigDecimal r = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        assertThat(Explain.num(v)).as("%s", v).isEqualTo((r.scale() < 0 ? r.setScale(0) : r).toPlainString());
    }

    @Property(tries = 5000)
    void ptsIsTwoPlacesHalfUp(@ForAll("decimals") BigDecimal v) {
        assertThat(Explain.pts(v)).as("%s", v).isEqualTo(v.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    @Property(tries = 5000)
    void wholeStepsIsTheQuotientRoundedTo20PlacesThenFloored(@ForAll("amounts") BigDecimal gap,
                                                            @ForAll("steps") BigDecimal per) {
        BigDecimal definition = gap.divide(per, Results.MC).setScale(20, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.FLOOR);
        assertThat(StepDeduction.wholeSteps(gap, per)).as("%s / %s", gap, per).isEqualTo(definition);
    }

    @Example
    void theFormatsOnNumbersScoringMeets() {
        // 0.925 keeps its 3 places; 11.56250 loses a zero; 20000 stays whole; 2/3 rounds to 0.6667 at 4 places
        assertThat(Explain.num(new BigDecimal("0.925"))).isEqualTo("0.925");
        assertThat(Explain.num(new BigDecimal("11.56250"))).isEqualTo("11.5625");
        assertThat(Explain.num(new BigDecimal("2E+4"))).isEqualTo("20000");
        assertThat(Explain.num(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128)))
                .isEqualTo("0.6667");
        // 12.5 → 12.50; 13.333… → 13.33; 11.565 → 11.57 (HALF_UP)
        assertThat(Explain.pts(new BigDecimal("12.5"))).isEqualTo("12.50");
        assertThat(Explain.pts(BigDecimal.valueOf(40).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128)))
                .isEqualTo("13.33");
        assertThat(Explain.pts(new BigDecimal("11.565"))).isEqualTo("11.57");
        // 1小时 against a 10分钟 step: 1/(1/6) = 5.999…9 at 34 digits counts as 6 whole steps
        BigDecimal sixth = BigDecimal.ONE.divide(BigDecimal.valueOf(6), MathContext.DECIMAL128);
        assertThat(StepDeduction.wholeSteps(BigDecimal.ONE, sixth)).isEqualByComparingTo("6");
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> small = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(BigInteger::valueOf);
        Arbitrary<BigInteger> big = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(17).negate(), BigInteger.TEN.pow(40));
        return Arbitraries.oneOf(small, big).flatMap(u -> Arbitraries.integers().between(-6, 36)
                .map(scale -> new BigDecimal(u, scale)));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return decimals().map(BigDecimal::abs);
    }

    @Provide
    Arbitrary<BigDecimal> steps() {
        return amounts().filter(d -> d.signum() != 0);
    }
}
