package io.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A SumTree updated line by line gives exactly (value and scale) the sums of a one-pass LineSums.of over the
 * same lines — including scores with many digits, negative scales and lines moving in and out of 不适用.
 */
class SumTreeProperties {

    private static final String[] GROUPS = {"OUTPUT", "OUTCOME", "SATISFACTION", ""};

    @Property(tries = 300)
    void treeSumsEqualOnePassSums(@ForAll("lines") List<IndicatorScore> initial,
                                  @ForAll("updates") List<Update> updates) {
        SumTree tree = new SumTree(initial.size());
        List<IndicatorScore> lines = new ArrayList<>(initial);
        for (int i = 0; i < lines.size(); i++) {
            tree.set(i, lines.get(i));
        }
        assertThat(tree.sums()).isEqualTo(LineSums.of(lines));
        for (Update u : updates) {
            int i = u.index() % lines.size();
            lines.set(i, u.line());
            tree.set(i, u.line());
            assertThat(tree.sums()).isEqualTo(LineSums.of(lines));
        }
    }

    record Update(int index, IndicatorScore line) {
    }

    @Provide
    Arbitrary<List<IndicatorScore>> lines() {
        return line().list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Update>> updates() {
        return Combinators.combine(Arbitraries.integers().between(0, 100), line()).as(Update::new).list().ofMaxSize(20);
    }

    private static Arbitrary<IndicatorScore> line() {
        Arbitrary<BigDecimal> number = Combinators.combine(Arbitraries.longs().between(-1, 10_000_000_000L),
                Arbitraries.integers().between(-2, 34)).as((v, scale) -> BigDecimal.valueOf(Math.abs(v), scale));
        return Combinators.combine(number, number, Arbitraries.of(Status.values()), Arbitraries.of(GROUPS))
                .as((score, points, status, group) -> new IndicatorScore("k", "n", "l1", "l2", group, "t", "a", points,
                        score, status, "rule", Explanation.literal("why"), BigDecimal.ZERO));
    }
}
