package io.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link LineSums} adds each line once, to its group, and the table's sum from the groups' sums: the same numbers —
 * value and scale — as adding every line to the sum and to its group one by one.
 */
class LineSumsProperties {

    @Property(tries = 3000)
    void theSumOfTheGroupsIsTheSumOfTheLines(@ForAll("lines") List<IndicatorScore> lines) {
        LineSums sums = LineSums.of(lines);
        BigDecimal all = BigDecimal.ZERO;
        for (IndicatorScore s : lines) {
            all = all.add(s.score());
        }
        assertThat(sums.indicators()).as("%s", lines).isEqualTo(all); // equals: the scale too
        for (String g : List.of("", "产出", "效益", "满意度")) {
            BigDecimal group = BigDecimal.ZERO;
            boolean any = false;
            for (IndicatorScore s : lines) {
                if (s.group().equals(g)) {
                    group = group.add(s.score());
                    any = true;
                }
            }
            assertThat(sums.group(g)).isEqualTo(any ? group : BigDecimal.ZERO);
        }
    }

    @Example
    void workedByHand() {
        // 产出 12.50 + 6.25 = 18.75, 效益 10 (scale 0) → the sum 28.75 at scale 2
        LineSums sums = LineSums.of(List.of(line("产出", "12.50"), line("效益", "10"), line("产出", "6.25")));
        assertThat(sums.group("产出")).isEqualTo(new BigDecimal("18.75"));
        assertThat(sums.group("效益")).isEqualTo(new BigDecimal("10"));
        assertThat(sums.indicators()).isEqualTo(new BigDecimal("28.75"));
        assertThat(LineSums.of(List.of()).indicators()).isEqualTo(BigDecimal.ZERO);
    }

    private static IndicatorScore line(String group, String score) {
        return new IndicatorScore("k", "k", "产出指标", "数量指标", group, "≥1", "1", new BigDecimal("10.00"),
                new BigDecimal(score), Status.MET, "at-least", Explanation.literal(""), BigDecimal.ONE);
    }

    @Provide
    Arbitrary<List<IndicatorScore>> lines() {
        Arbitrary<BigDecimal> score = Combinators.combine(Arbitraries.longs().between(0, 100_000),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        return Combinators.combine(Arbitraries.of("", "产出", "效益", "满意度"), score)
                .as(LineSumsProperties::line).list().ofMaxSize(40);
    }

    private static IndicatorScore line(String group, BigDecimal score) {
        return line(group, score.toPlainString());
    }
}
