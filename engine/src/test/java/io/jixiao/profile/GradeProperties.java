package io.jixiao.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import io.jixiao.value.Numbers;

/** {@link ScoringProfile#grade}: the grade of the highest threshold the score as shown reaches, else 差. */
class GradeProperties {

    @Property(tries = 3000)
    void theHighestThresholdReached(@ForAll("profiles") String name, @ForAll("scores") BigDecimal score) {
        ScoringProfile p = ProfileLoader.load(name, null);
        BigDecimal shown = Numbers.round(score);
        String expected = p.grades().entrySet().stream().filter(e -> shown.compareTo(e.getValue()) >= 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("差");
        assertThat(p.grade(score)).as("%s under %s", score, name).isEqualTo(expected);
    }

    @Example
    void workedByHand() {
        ScoringProfile national = ProfileLoader.load("national", null);
        // national: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60; 89.995 is shown as 90.00
        assertThat(national.grade(new BigDecimal("89.995"))).isEqualTo("优");
        assertThat(national.grade(new BigDecimal("89.994"))).isEqualTo("良");
        assertThat(national.grade(new BigDecimal("60"))).isEqualTo("中");
        assertThat(national.grade(new BigDecimal("59.99"))).isEqualTo("差");
    }

    @Provide
    Arbitrary<String> profiles() {
        return Arbitraries.of(ProfileLoader.BUILT_IN);
    }

    @Provide
    Arbitrary<BigDecimal> scores() {
        return Combinators.combine(Arbitraries.longs().between(-1_000, 1_100_000), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
    }
}
