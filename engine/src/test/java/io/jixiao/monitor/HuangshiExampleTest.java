package io.jixiao.monitor;

import static io.jixiao.monitor.MonitorFixture.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.model.Likelihood;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.value.Numbers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The real example of the issue, worked by hand (fixtures/monitor/huangshi): 黄石市文化和旅游局 2019, 申遗经费, 年初预算
 * 220万元, 1–6月执行 87.57万元 — 39.8% at the half year — from the 项目支出绩效监控表 it published; the forecasts of
 * the 效益 and 满意度 rows are illustrative (see the fixture's comments).
 */
class HuangshiExampleTest {

    private static final Path DIR = Path.of("src/test/resources/fixtures/monitor/huangshi");

    private static DepartmentMonitoring monitor(String profile) {
        Monitored m = new Pipeline(Options.defaults().profile(profile)).monitor(Source.file(DIR.resolve("targets.yaml")),
                Source.file(DIR.resolve("progress.yaml")));
        assertThat(m.errors()).isEmpty();
        return m.monitoring();
    }

    @Test
    void nationalTheHalfYearIsYellow() {
        DepartmentMonitoring d = monitor("national");
        TableMonitoring t = d.tables().get(0);
        // no 资金支出计划: pace = 6/12 = 50%
        assertThat(t.pace()).isEqualByComparingTo("50");
        // 87.57 × 100 / 220 (调整后预算数 220) = 39.80454…%
        assertThat(Numbers.round(t.executionRate())).isEqualByComparingTo("39.80");
        // 50 − 39.80454… = 10.19545… points behind: more than 10, not more than 20 → yellow
        assertThat(Numbers.round(t.gap())).isEqualByComparingTo("10.20");
        assertThat(t.budgetLight()).isEqualTo(Light.YELLOW);
        assertThat(t.budgetExplanation()).contains("10 < behind by 10.20 ≤ 20 points → yellow");

        IndicatorMonitoring cost = t.indicators().get(0);
        // 年度预算220万元 (≤220万元): forecast 220万元 meets it → f = 1 → green; 确定能 as published
        assertThat(cost.fraction()).isEqualByComparingTo("1");
        assertThat(cost.light()).isEqualTo(Light.GREEN);
        assertThat(cost.likelihood()).isEqualTo(Likelihood.CERTAIN);
        assertThat(cost.current()).isEqualTo("87.57万元");
        // 参观者满意度 ≥90%: forecast 88% → 88/90 = 0.97777… → yellow; 有可能 with 偏差原因 and 纠偏措施: no finding
        IndicatorMonitoring satisfaction = t.indicators().get(2);
        assertThat(Numbers.round(satisfaction.fraction(), 4)).isEqualByComparingTo("0.9778");
        assertThat(satisfaction.light()).isEqualTo(Light.YELLOW);
        assertThat(satisfaction.findings()).isEmpty();
        // the worst of budget yellow and the lights green, green, yellow
        assertThat(t.light()).isEqualTo(Light.YELLOW);
        assertThat(d.lights()).containsEntry(Light.YELLOW, 1).containsEntry(Light.RED, 0);

        // projected: 全年预计执行数 215 of 220 → 0.9773 (as printed) → 10 × 0.9773 = 9.773 → 9.77; 产出 50 (成本) + 效益 30
        // + 满意度 10 × 0.9778 (9.778 → 9.78) = 89.78; 89.78 + 9.77 = 99.55 优 (docs/scoring.md#arithmetic)
        assertThat(t.projectedSpent()).isEqualByComparingTo("215");
        assertThat(Numbers.round(d.projected().score())).isEqualByComparingTo("99.55");
        assertThat(d.projected().grade()).isEqualTo("优");
        assertThat(d.findings()).isEmpty();
    }

    @Test
    void sichuanTheHalfYearIsRedBelowJunesFloor() {
        DepartmentMonitoring d = monitor("sichuan");
        TableMonitoring t = d.tables().get(0);
        // June's floor is 40%: 39.80% is below it → red, the worst of that and the gap's yellow
        assertThat(t.budgetLight()).isEqualTo(Light.RED);
        assertThat(t.light()).isEqualTo(Light.RED);
        assertThat(codes(t.findings())).contains("KPI-0626");
        // goal progress from the current values, each scored at year end, 100/3 points each (no spending: 预算执行率's 10
        // dropped): 87.57万元 of ≤220万元 → 1; 5场 of ≥6场 → 5/6; 85% of ≥90% → 85/90;
        // (1 + 0.83333 + 0.94444) / 3 = 0.92593 → 92.59%; |92.59 − 39.80| = 52.79 points > 10 → warning
        assertThat(Numbers.round(t.goalProgress())).isEqualByComparingTo("92.59");
        assertThat(codes(t.findings())).contains("KPI-0627");
        // projected: the three indicators share 90 → 30 each; with the numbers as printed (docs/scoring.md#arithmetic)
        // the fractions are 88/90 → 0.9778 and 215/220 → 0.9773: 30 + 30 + 30 × 0.9778 (29.334 → 29.33) = 89.33, and
        // 10 × 0.9773 = 9.773 → 9.77; 89.33 + 9.77 = 99.10 优
        assertThat(Numbers.round(d.projected().score())).isEqualByComparingTo("99.10");
    }
}
