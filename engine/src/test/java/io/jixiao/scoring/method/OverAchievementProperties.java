package io.jixiao.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.scoring.CaseKind;
import io.jixiao.scoring.Direction;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.value.Comparator;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link OverAchievement#flagged} decides most cases without dividing (diff × 100 against flag × |target|): it must
 * say exactly what the one formula of 偏离度 says, {@code beyond(c) > flag}, on every target, actual, direction and
 * flag — above all on the boundary, where the actual is the flag's percent beyond its target to the last digit.
 */
class OverAchievementProperties {

    @Property(tries = 5000)
    void flaggedIsBeyondAboveTheFlag(@ForAll("amounts") BigDecimal target, @ForAll("amounts") BigDecimal actual,
                                     @ForAll("directions") Comparator direction, @ForAll("flags") BigDecimal flag) {
        ScoringCase c = measured(target, actual, direction);
        assertThat(OverAchievement.flagged(c, flag)).as("%s %s, actual %s, flag %s", direction.symbol(), target, actual,
                flag).isEqualTo(OverAchievement.beyond(c).compareTo(flag) > 0);
    }

    /** The actual exactly the flag's percent beyond its target, and the least step either side of it. */
    @Property(tries = 3000)
    void onTheBoundary(@ForAll("amounts") BigDecimal target, @ForAll("directions") Comparator direction,
                       @ForAll("flags") BigDecimal flag, @ForAll("steps") BigDecimal step) {
        BigDecimal by = target.abs().multiply(flag).movePointLeft(2);
        BigDecimal exact = direction.atMost() ? target.subtract(by) : target.add(by);
        for (BigDecimal actual : new BigDecimal[] {exact, exact.add(step), exact.subtract(step)}) {
            ScoringCase c = measured(target, actual, direction);
            assertThat(OverAchievement.flagged(c, flag)).as("%s %s, actual %s, flag %s", direction.symbol(), target,
                    actual, flag).isEqualTo(OverAchievement.beyond(c).compareTo(flag) > 0);
        }
    }

    @Example
    void workedByHand() {
        // ≥100, 130: 30/100 = 30% beyond, not more than a flag of 30; 130.01: 30.01% beyond, more
        assertThat(OverAchievement.flagged(measured(bd("100"), bd("130"), Comparator.GE), bd("30"))).isFalse();
        assertThat(OverAchievement.flagged(measured(bd("100"), bd("130.01"), Comparator.GE), bd("30"))).isTrue();
        // ≤30 分钟, 20: 10/30 = 33.33…% under; flag 33.33 → flagged, flag 34 → not
        assertThat(OverAchievement.flagged(measured(bd("30"), bd("20"), Comparator.LE), bd("33.33"))).isTrue();
        assertThat(OverAchievement.flagged(measured(bd("30"), bd("20"), Comparator.LE), bd("34"))).isFalse();
        // a target of 0 and =: never beyond
        assertThat(OverAchievement.flagged(measured(bd("0"), bd("5"), Comparator.GE), bd("30"))).isFalse();
        assertThat(OverAchievement.flagged(measured(bd("10"), bd("50"), Comparator.EQ), bd("30"))).isFalse();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static ScoringCase measured(BigDecimal target, BigDecimal actual, Comparator direction) {
        return new ScoringCase("t/k", "t", "k", "数量指标", CaseKind.MEASURED, direction.symbol() + target,
                actual.toPlainString(), direction, target, null, actual, "个", false, false, true,
                new BigDecimal("10.00"), null, null, null, direction, Direction.Reason.WRITTEN, null, false, null, -1,
                new BigDecimal("30"));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigDecimal> any = Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000_000L), BigInteger.valueOf(1_000_000_000L)),
                Arbitraries.integers().between(-2, 6)).as(BigDecimal::new);
        return Arbitraries.oneOf(any, Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("100"),
                new BigDecimal("0.0001"), new BigDecimal("-3")));
    }

    @Provide
    Arbitrary<Comparator> directions() {
        return Arbitraries.of(Comparator.GE, Comparator.GT, Comparator.LE, Comparator.LT, Comparator.EQ);
    }

    @Provide
    Arbitrary<BigDecimal> flags() {
        Arbitrary<BigDecimal> any = Combinators.combine(Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 3)).as((n, s) -> BigDecimal.valueOf(n, s));
        return Arbitraries.oneOf(any, Arbitraries.of(BigDecimal.ZERO, new BigDecimal("30"), new BigDecimal("-1")));
    }

    @Provide
    Arbitrary<BigDecimal> steps() {
        return Arbitraries.of(new BigDecimal("1E-12"), new BigDecimal("0.0001"), new BigDecimal("0.01"), BigDecimal.ONE);
    }
}
