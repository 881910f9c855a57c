package io.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.rules.RuleBook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged rules precompiled at build time and compiled at run time (JIXIAO_RULES=classic) give identical
 * evaluations: every bundled department under every profile, scored, reviewed (审核) and rechecked (复核) — the
 * DepartmentScore (every line, its rule and explanation) and every finding, equal; the 审核 of the targets alone; and
 * the mid-year monitoring of its bundled progress file (every table's and indicator's light, the projected score).
 * docs/performance.md#precompiled-rules.
 */
class RulePathsTest {

    static final Path INDICATORS = Path.of("../indicators");

    static Stream<Arguments> departments() {
        List<Arguments> all = new ArrayList<>();
        for (String d : List.of("guangyang/2023", "kaiping/2025", "luancheng/2020", "shifeng/2023")) {
            for (String profile : List.of("national", "hubei", "sichuan")) {
                all.add(Arguments.of(d, profile));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} · {1}")
    @MethodSource("departments")
    void bothPathsEvaluateAlike(String department, String profile) {
        Options options = Options.defaults().profile(profile);
        Pipeline precompiled = new Pipeline(options, () -> RuleBook.packaged(RuleBook.Mode.PRECOMPILED));
        Pipeline classic = new Pipeline(options, () -> RuleBook.packaged(RuleBook.Mode.CLASSIC));
        Path dir = INDICATORS.resolve(department);
        Source targets = Source.file(dir.resolve("targets.yaml"));
        Source actuals = Source.file(dir.resolve("actuals-example.yaml"));

        Evaluation a = precompiled.evaluate(targets, actuals);
        Evaluation b = classic.evaluate(targets, actuals);
        assertThat(a.score()).as("scored").isNotNull();
        assertThat(a.score()).isEqualTo(b.score());
        assertThat(a.findings()).isEqualTo(b.findings());

        Evaluation ta = precompiled.evaluate(targets, null, Stage.ALL);
        Evaluation tb = classic.evaluate(targets, null, Stage.ALL);
        assertThat(ta.findings()).isEqualTo(tb.findings());

        // mid-year monitoring (rules/monitoring, and the year-end scoring of the forecasts): the bundled progress file
        Source progress = Source.file(dir.resolve("progress-example.yaml"));
        Monitored ma = precompiled.monitor(targets, progress);
        Monitored mb = classic.monitor(targets, progress);
        assertThat(ma.monitoring()).as("monitored").isNotNull();
        assertThat(ma.monitoring()).isEqualTo(mb.monitoring());
        assertThat(ma.findings()).isEqualTo(mb.findings());
    }
}
