package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Numbers#shares} adds a run of the same amount (the indicators without a given 分值 share one) once, multiplied:
 * its shares must be exactly — value and scale — what cutting and adding every amount one by one gives.
 */
class SharesProperties {

    @Property(tries = 3000)
    void sameSharesAsAddingOneByOne(@ForAll("amounts") List<BigDecimal> exact, @ForAll("totals") BigDecimal total) {
        assertThat(Numbers.shares(exact, total)).as("%s of %s", exact, total).isEqualTo(oneByOne(exact, total));
    }

    /** Shares of the total itself, as PointAllocator asks for them: they add up to the total exactly. */
    @Property(tries = 2000)
    void sharesOfTheirOwnSumAddUpToIt(@ForAll("amounts") List<BigDecimal> exact) {
        BigDecimal total = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        List<BigDecimal> shares = Numbers.shares(exact, total);
        assertThat(shares).isEqualTo(oneByOne(exact, total));
    }

    @Example
    void workedByHand() {
        // 50 / 3 = 16.666…, the same object three times: cut to 16.66 each (49.98), 2 cents missing → the first two
        BigDecimal third = new BigDecimal("50").divide(new BigDecimal("3"), Numbers.FRACTION_PLACES + 30,
                RoundingMode.HALF_UP);
        assertThat(Numbers.shares(List.of(third, third, third), new BigDecimal("50")))
                .containsExactly(new BigDecimal("16.67"), new BigDecimal("16.67"), new BigDecimal("16.66"));
    }

    /** The algorithm as it was before runs were added at once: every cut added on its own. */
    private static List<BigDecimal> oneByOne(List<BigDecimal> exact, BigDecimal total) {
        BigDecimal cent = new BigDecimal("0.01");
        List<BigDecimal> cut = new ArrayList<>(exact.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal e : exact) {
            BigDecimal c = e.setScale(2, RoundingMode.FLOOR);
            cut.add(c);
            sum = sum.add(c);
        }
        BigDecimal missing = total.subtract(sum).divide(cent).setScale(0, RoundingMode.HALF_UP);
        if (missing.signum() < 0 || missing.compareTo(BigDecimal.valueOf(exact.size())) > 0
                || total.subtract(sum).subtract(missing.multiply(cent)).abs().compareTo(cent.movePointLeft(20)) > 0) {
            return exact.stream().map(Numbers::round).toList();
        }
        Integer[] order = new Integer[exact.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> exact.get(b).subtract(cut.get(b)).compareTo(exact.get(a).subtract(cut.get(a))));
        for (int n = 0; n < missing.intValue(); n++) {
            cut.set(order[n], cut.get(order[n]).add(cent));
        }
        return cut;
    }

    /** Amounts with runs of one shared object, as a group's free indicators have, between given ones. */
    @Provide
    Arbitrary<List<BigDecimal>> amounts() {
        Arbitrary<BigDecimal> amount = Combinators.combine(Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
        Arbitrary<List<BigDecimal>> run = Combinators.combine(amount, Arbitraries.integers().between(1, 6))
                .as((a, n) -> java.util.Collections.nCopies(n, a));
        return run.list().ofMinSize(0).ofMaxSize(6).map(runs -> {
            List<BigDecimal> all = new ArrayList<>();
            runs.forEach(all::addAll);
            return all;
        });
    }

    @Provide
    Arbitrary<BigDecimal> totals() {
        return Arbitraries.oneOf(Arbitraries.of(new BigDecimal("100"), new BigDecimal("50"), BigDecimal.ZERO),
                Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.integers().between(0, 2))
                        .as(BigDecimal::valueOf));
    }
}
