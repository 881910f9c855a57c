package io.jixiao.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.tools.generate.Generator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benchmark's direct path (DirectRules) derives exactly the results and findings of the packaged rules on
 * generated departments: otherwise bench's "Drools session / direct call" ratio compares different work.
 * Seed 1 holds graded pass/fail rows (示范市丰山县教育局), which the direct path once missed.
 */
class DirectRulesTest {

    @ParameterizedTest(name = "seed {0}, {1} departments × {2} indicators, {3}")
    @CsvSource({"1, 40, 100, national", "7, 40, 60, hubei", "11, 30, 120, sichuan"})
    void derivesWhatThePackagedRulesDerive(long seed, int departments, int indicators, String profileName) {
        ScoringProfile profile = ProfileLoader.load(profileName, null);
        Generator g = new Generator(seed, indicators);
        List<Bench.Dept> data = new ArrayList<>();
        for (int i = 0; i < departments; i++) {
            data.add(Bench.load(g.department(i, departments), profile));
        }
        assertThat(Bench.compare(profile, RuleBook.packaged(), data)).startsWith("results identical");
        // and the rule session truth-maintained, as what-if runs it: the same facts as the batch
        assertThat(Bench.compare(profile, RuleBook.packaged(), data, io.jixiao.rules.Derive.Mode.MAINTAINED))
                .startsWith("results identical");
    }
}
