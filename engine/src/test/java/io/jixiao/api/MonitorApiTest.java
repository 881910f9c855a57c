package io.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Jixiao.monitor: what jixiao monitor reports, as a read-only view; bad input as findings, never thrown. */
class MonitorApiTest {

    private static final Path DIR = Path.of("src/test/resources/fixtures/monitor/huangshi");

    @Test
    void monitorsTheHuangshiExample() {
        Monitoring m = Jixiao.monitor(Input.file(DIR.resolve("targets.yaml")), Input.file(DIR.resolve("progress.yaml")));
        assertThat(m.ok()).isTrue();
        assertThat(m.department()).isEqualTo("黄石市文化和旅游局");
        assertThat(m.month()).isEqualTo(6);
        assertThat(m.profile()).isEqualTo("national");
        // worked in HuangshiExampleTest: 99.55050… → 99.55 优; one yellow table
        assertThat(m.projectedRounded()).isEqualByComparingTo("99.55");
        assertThat(m.projectedGrade()).isEqualTo("优");
        assertThat(m.lights()).containsExactly(java.util.Map.entry("red", 0), java.util.Map.entry("yellow", 1),
                java.util.Map.entry("green", 0));
        ProjectProgress p = m.project("申遗经费");
        assertThat(p.light()).isEqualTo("yellow");
        assertThat(p.budgetLight()).isEqualTo("yellow");
        assertThat(p.executionExplanation()).contains("87.57万元");
        IndicatorProgress i = p.indicator("参观者满意度");
        assertThat(i.light()).isEqualTo("yellow");
        assertThat(i.likelihood()).isEqualTo("有可能");
        assertThat(i.likelihoodDerived()).isFalse();
        assertThat(i.reason()).isEqualTo("人员保障");
    }

    @Test
    void withSichuansThresholds() {
        Monitoring m = Jixiao.monitor(Input.file(DIR.resolve("targets.yaml")), Input.file(DIR.resolve("progress.yaml")),
                Options.defaults().profile("sichuan"));
        assertThat(m.project("申遗经费").light()).isEqualTo("red"); // below June's floor of 40%
    }

    @Test
    void badProgressIsFindingsAndTheMonitoringAccessorsThrowThem() {
        Monitoring m = Jixiao.monitor(Input.file(DIR.resolve("targets.yaml")), Input.text("progress.yaml",
                "department: 黄石市文化和旅游局\nyear: 2019\nmonth: 13\nprojects:\n  - name: 申遗经费\n    spentToDate: 1\n"
                        + "    indicators: {}\n"));
        assertThat(m.ok()).isFalse();
        assertThat(m.errors()).extracting(f -> f.code()).containsExactly("KPI-0601");
        assertThat(m.errors().get(0).location().toString()).isEqualTo("progress.yaml:3:8");
        assertThatThrownBy(m::projectedScore).isInstanceOf(KpiException.class);
        assertThatThrownBy(m::orThrow).isInstanceOf(KpiException.class).hasMessageContaining("KPI-0601");
    }
}
