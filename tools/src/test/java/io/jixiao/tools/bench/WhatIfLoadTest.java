package io.jixiao.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The workbench's load run, briefly: every session warms up first, then both loads are measured; no figures asserted. */
class WhatIfLoadTest {

    @Test
    void everySessionOpensItsWhatIfInTheWarmUpAndBothLoadsHaveNoError() throws Exception {
        WhatIfLoad.Result r = WhatIfLoad.run(3, 1, 1, Path.of("..", "indicators"));
        // one first request per session, each answered (it opened the session's rule session)
        assertThat(r.firstRequests().requests()).isEqualTo(3);
        assertThat(r.firstRequests().errors()).isZero();
        for (WhatIfLoad.Phase p : List.of(r.saturating(), r.paced())) {
            assertThat(p.errors()).isZero();
            assertThat(p.requests()).isPositive();
            // every answer carried the server's time and its thread's CPU (HotSpot measures a thread's CPU)
            assertThat(p.server()).hasSize(p.requests());
            assertThat(p.cpu()).hasSize(p.requests());
        }
        // paced: a session sends at most one change per 250 ms debounce after the answer; in 1 s (plus the barrier
        // and a start somewhere in the first debounce) at most 1000 / 250 + 1 = 5 each, 3 × 5 = 15 in all
        assertThat(r.paced().requests()).isLessThanOrEqualTo(15);
        StringWriter text = new StringWriter();
        WhatIfLoad.report(r, 1, new PrintWriter(text));
        assertThat(text.toString()).contains("warm-up (not measured)").contains("saturating").contains("paced")
                .contains("errors 0").contains("server time per what-if (Server-Timing): p50 ")
                .contains("server CPU per what-if (its thread):     p50 ")
                .contains("garbage collections in the phase: ").contains("target server p99 ≤ 20 ms");
    }

    @Test
    void thePacedLoadWaitsThePagesOwnDebounce() throws Exception {
        // the page posts its what-if form "delay:250ms" after the last keystroke: the bench models that page
        String page = Files.readString(Path.of("..", "web", "src", "main", "jte", "department.jte"),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("hx-trigger=\"input changed delay:(\\d+)ms").matcher(page);
        assertThat(m.find()).as("department.jte's what-if trigger").isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(WhatIfLoad.PAGE_DEBOUNCE_MS);
    }

    @Test
    void theFormIsEveryWhatIfInputOfThePage() {
        String html = "<td><input class=\"whatif-value\" name=\"v:部门整体/全年监测舆情信息数量\" value=\"19950条\" size=\"10\">"
                + "<td><input class=\"whatif-value\" name=\"v:项目/满意度\" value=\"&gt;95%\" size=\"10\">";
        assertThat(WhatIfLoad.form(html)).containsExactly(Map.entry("v:部门整体/全年监测舆情信息数量", "19950条"),
                Map.entry("v:项目/满意度", ">95%"));
        assertThatThrownBy(() -> WhatIfLoad.form("<p>no form</p>")).hasMessageContaining("v:部门整体/全年监测舆情信息数量");
    }

    @Test
    void serverTimingEntriesAreReadByName() {
        assertThat(WhatIfLoad.timing("whatif;dur=0.312, cpu;dur=0.250", "whatif")).isEqualTo(0.312);
        assertThat(WhatIfLoad.timing("whatif;dur=0.312, cpu;dur=0.250", "cpu")).isEqualTo(0.250);
        assertThat(WhatIfLoad.timing("whatif;dur=0.312", "cpu")).isEqualTo(-1);
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
