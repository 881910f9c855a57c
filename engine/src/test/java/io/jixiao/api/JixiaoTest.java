package io.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points and what a {@link Result} answers when it was, or was not, scored. */
class JixiaoTest {

    static final Path DIR = Path.of("..", "indicators", "guangyang", "2023");
    static final Input TARGETS = Input.file(DIR.resolve("targets.yaml"));
    static final Input ACTUALS = Input.file(DIR.resolve("actuals-example.yaml"));

    @Test
    void evaluateScoresReviewsAndRechecksAndScenarioScoreIsTheSame() {
        Result r = Jixiao.evaluate(TARGETS, ACTUALS);
        assertThat(r.ok()).isTrue();
        assertThat(r.scored()).isTrue();
        assertThat(r.rounded()).isEqualByComparingTo("90.78");
        // the 审核 (KPI-04xx) and the 复核 (KPI-0320: 维护数量 claimed 12.5 for 72/90) are among the findings
        assertThat(r.findings()).extracting(Finding::code).anyMatch(c -> c.startsWith("KPI-04"));
        assertThat(r.tables()).flatExtracting(TableResult::findings).extracting(Finding::code).contains("KPI-0320");
        assertThat(r.findings()).containsAll(r.table("政务网络平台项目经费").findings());
        assertThat(r.findings()).isSortedAccordingTo(Finding.ORDER);

        Scenario s = Scenario.of(DIR.resolve("targets.yaml"), DIR.resolve("actuals-example.yaml"));
        assertThat(s.score().findings()).isEqualTo(r.findings());
        assertThat(s.baseline().findings()).isEqualTo(r.findings());
        assertThat(s.score().tables()).isEqualTo(r.tables());
        assertThat(r.orThrow()).isSameAs(r);
    }

    @Test
    void theFastPathScoresWithTheFindingsOfLoadingAndEvaluateAddsTheReviewAndTheRecheck() {
        Result full = Jixiao.evaluate(TARGETS, ACTUALS);
        try (WhatIf w = Scenario.of(TARGETS, ACTUALS, Options.defaults()).open()) {
            Result fast = w.score();
            assertThat(fast.score()).isEqualTo(full.score());
            assertThat(fast.findings()).doesNotContainAnyElementsOf(
                    full.findings().stream().filter(f -> f.code().startsWith("KPI-04")).toList());
            assertThat(w.evaluate().findings()).isEqualTo(full.findings());

            w.set("部门整体", "维护数量", "85个");
            assertThat(w.actual("部门整体", "维护数量")).isEqualTo("85个");
            // the full evaluation of the changed actuals is the evaluation of actuals holding the change
            assertThat(w.evaluate().score()).isEqualTo(w.score().score());
            assertThat(w.evaluate().findings()).isEqualTo(Scenario.of(TARGETS, ACTUALS, Options.defaults())
                    .with("部门整体", "维护数量", "85个").score().findings());
        }
    }

    @Test
    void badInputIsAResultHoldingTheErrorsAndTheScoreAccessorsThrowThem() {
        Result r = Jixiao.evaluate(Input.text("t.yaml", "department: 某局\nyear: 2024\n"), ACTUALS);
        assertThat(r.ok()).isFalse();
        assertThat(r.scored()).isFalse();
        assertThat(r.errors()).isNotEmpty().allSatisfy(f -> assertThat(f.isError()).isTrue());
        assertThatThrownBy(r::score).isInstanceOfSatisfying(KpiException.class,
                e -> assertThat(e.findings()).isEqualTo(r.errors()));
        assertThatThrownBy(r::tables).isInstanceOf(KpiException.class);
        assertThatThrownBy(r::orThrow).isInstanceOf(KpiException.class);
        assertThat(r.toString()).contains("not scored");
    }

    @Test
    void aReviewOfTargetsAloneHasFindingsButNoScore() {
        Result r = Jixiao.review(TARGETS);
        assertThat(r.ok()).isTrue();
        assertThat(r.scored()).isFalse();
        assertThat(r.department()).isEqualTo("中共廊坊市广阳区委网络安全和信息化委员会办公室");
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.profile()).isEqualTo("national");
        assertThat(r.findings()).extracting(Finding::code).anyMatch(c -> c.startsWith("KPI-04"));
        assertThatThrownBy(r::grade).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRuleFileThatDoesNotCompileIsAFinding(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("broken.drl");
        Files.writeString(drl, "package x;\nrule \"broken\"\nwhen\n  this is not DRL\nthen\nend\n", StandardCharsets.UTF_8);
        Result r = Jixiao.evaluate(TARGETS, ACTUALS, Options.defaults().rules(List.of(drl)));
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(Finding::code).contains("KPI-0201");
        assertThatThrownBy(() -> Scenario.of(TARGETS, ACTUALS, Options.defaults().rules(List.of(drl))))
                .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.first().code()).isEqualTo("KPI-0201"));
    }

    @Test
    void optionsChooseTheProfile() {
        Result r = Jixiao.evaluate(TARGETS, ACTUALS, Options.defaults().profile("hubei"));
        assertThat(r.profile()).isEqualTo("hubei");
    }

    @Test
    void theVersionIsTheBuildsWhenRunningFromClasses() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String version = pom.substring(pom.indexOf("<version>") + "<version>".length(), pom.indexOf("</version>"));
        assertThat(Jixiao.version()).isEqualTo(version).doesNotContain("${");
    }
}
