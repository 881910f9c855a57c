package io.jixiao.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workbench's load run, briefly: every session warms up first, then all are measured; no figures asserted. */
class WhatIfLoadTest {

    @Test
    void everySessionOpensItsWhatIfInTheWarmUpAndTheMeasuredPhaseHasNoError() throws Exception {
        WhatIfLoad.Result r = WhatIfLoad.run(3, 1, 1, Path.of("..", "indicators"));
        // one first request per session, each answered (it opened the session's rule session)
        assertThat(r.firstRequests().requests()).isEqualTo(3);
        assertThat(r.firstRequests().errors()).isZero();
        assertThat(r.measured().errors()).isZero();
        assertThat(r.measured().requests()).isPositive();
        // every answer carried the server's time
        assertThat(r.measured().server()).hasSize(r.measured().requests());
        StringWriter text = new StringWriter();
        WhatIfLoad.report(r, 1, new PrintWriter(text));
        assertThat(text.toString()).contains("warm-up (not measured)").contains("errors 0")
                .contains("server time per what-if (Server-Timing): p50 ");
    }

    @Test
    void percentilesAreOfTheSortedTimes() {
        // 1…100 ms: p50 is the 50th value, p99 the 99th (nearest rank), max the last
        List<Double> ms = new java.util.ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            ms.add((double) i);
        }
        assertThat(WhatIfLoad.percentiles(ms)).isEqualTo("p50 50.00 ms · p99 99.00 ms · max 100.00 ms");
        assertThat(WhatIfLoad.percentiles(List.of())).isEqualTo("none");
    }
}
