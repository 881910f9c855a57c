package io.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.InChinese;
import io.jixiao.problem.KpiException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Java API on the 广阳 2023 example (department score = its 部门整体 table). That table, unchanged:
 * indicators 5.94 (19950条: 5 steps of 1% off 6.25 = 5.9375, to 2 places) + 5.00 (93% vs ≥95%: 2 points × 10%
 * off 6.25) + 6 × 6.25 + four graded rows under 达标得满分，不达标不得分 (达成 7.5, 部分达成 70% < 80% → 0,
 * 良 80% → 7.5, 达成 7.5) + 10 = 80.94;
 * budget execution 10 × 0.9840 (255.10 / 259.25 as printed) = 9.84; total 90.78 优 (docs/scoring.md#arithmetic).
 */
@InChinese
class ScenarioTest {

    static final Path DIR = Path.of("..", "indicators", "guangyang", "2023");
    static final Scenario BASE = Scenario.of(DIR.resolve("targets.yaml"), DIR.resolve("actuals-example.yaml"));

    @Test
    void readmeExample() {
        // the example of docs/guide.md#java-api, "What-if in a JUnit test"
        Scenario base = Scenario.of(Path.of("..", "indicators/guangyang/2023/targets.yaml"),
                Path.of("..", "indicators/guangyang/2023/actuals-example.yaml"));

        Result r = base.with("部门整体", "全年监测舆情信息数量", "19000条").score();

        // 1000条 short, 每减少10条扣1% → 100 steps → 100% off, 扣完为止: 5.94 → 0;
        // 90.78 − 5.94 = 84.84
        assertThat(r.rounded()).isEqualByComparingTo("84.84");
        assertThat(r.grade()).isEqualTo("良");
        IndicatorLine line = r.indicator("部门整体", "全年监测舆情信息数量");
        assertThat(line.score()).isEqualByComparingTo("0");
        assertThat(line.rule()).isEqualTo("deduction-step");
        assertThat(line.explanation()).contains("相差1000条", "扣完为止");
        assertThat(base.score().grade()).isEqualTo("优"); // a scenario is immutable
    }

    @Test
    void baselineIsTheScoreCommandsResult() {
        Result r = BASE.score();
        // 80.94 + 9.84: every part as printed
        assertThat(r.score()).isEqualByComparingTo("90.78");
        assertThat(r.rounded()).isEqualByComparingTo("90.78");
        assertThat(r.method()).isEqualTo("overall");
        assertThat(r.explanation()).isEqualTo("部门整体表得分 90.78");
    }

    @Test
    void aProjectChangeMovesItsTableButNotTheDepartment() {
        Result r = BASE.with("网络安全监测项目经费", "全年监测舆情信息数量", "1.8万条").score();
        // 18000/20000 = 0.9 × 12.5 = 11.25 (was 12.5): (77.5 − 1.25 + 9.8) × 100 / (100 − 10 N/A) = 95.6111… → 95.61
        assertThat(r.table("网络安全监测项目经费").score()).isEqualByComparingTo("95.61");
        assertThat(r.indicator("网络安全监测项目经费", "全年监测舆情信息数量").status()).isEqualTo("partial");
        assertThat(r.rounded()).isEqualByComparingTo("90.78");
    }

    @Test
    void spentChangesBudgetExecution() {
        // spending the whole budget: 80.94 + 10 = 90.94
        Result r = BASE.withSpent("overall", new BigDecimal("259.25")).score();
        assertThat(r.score()).isEqualByComparingTo("90.94");
    }

    @Test
    void laterChangeToTheSameIndicatorWins() {
        Result r = BASE.with("部门整体", "网速达标率", "90%").with("部门整体", "网速达标率", "95%").score();
        // 95% meets ≥95%: 80.94 − 5.00 + 6.25 = 82.19 + 9.84 = 92.03
        assertThat(r.rounded()).isEqualByComparingTo("92.03");
    }

    @Test
    void whatIfSessionSetsAndResets() {
        try (WhatIf w = BASE.open()) {
            BigDecimal before = w.score().score();
            w.set("部门整体", "改善广阳区政务网络服务质量", "达成");
            // 达标得满分，不达标不得分: 部分达成 (70% < 80%) scores 0, 达成 passes: +7.5
            assertThat(w.score().score().subtract(before)).isEqualByComparingTo("7.5");
            assertThat(w.changes()).containsExactly(new Change("部门整体", "改善广阳区政务网络服务质量", "部分达成", "达成"));
            w.reset("部门整体", "改善广阳区政务网络服务质量");
            assertThat(w.score().score()).isEqualByComparingTo(before);
            assertThat(w.changes()).isEmpty();
        }
    }

    @Test
    void mistakesAreCodedFindings() {
        assertThatThrownBy(() -> BASE.with("网络监测项目", "维护数量", "90个"))
                .isInstanceOfSatisfying(KpiException.class, e -> {
                    assertThat(e.first().code()).isEqualTo("KPI-0351");
                    assertThat(e.first().hint()).contains("网络安全监测项目经费");
                });
        assertThatThrownBy(() -> BASE.with("部门整体", "维护量", "90个"))
                .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.first().code()).isEqualTo("KPI-0352"));
        assertThatThrownBy(() -> BASE.with("部门整体", "维护数量", "≥≥"))
                .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.first().code()).isEqualTo("KPI-0109"));
        assertThatThrownBy(() -> BASE.with("部门整体", "维护数量", "5分钟"))
                .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.first().code()).isEqualTo("KPI-0110"));
        assertThatThrownBy(() -> BASE.seek("甲"))
                .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.first().code()).isEqualTo("KPI-0353"));
    }

    @Test
    void goalSeekingTrimsTheCheapestChangeToWhatTheGoalNeeds() {
        // from 84.84, 优 needs +5.16. Gains at full marks: 全年监测 +6.25 (19000→20000条, 5.26%),
        // 改善…服务质量 +7.5 (pass/fail 0 → 7.5), 网速 +1.25: one change is enough; 全年监测 is the cheapest
        // per unit of relative change. Trimmed: f ≥ 5.16/6.25 = 0.8256 → at most 17 steps of 10条 →
        // shortfall ≤ 179 → 19821条, f = 1 − 17% = 0.83 → 6.25 × 0.83 = 5.1875 → +5.19 → 90.03
        // (18 steps: 6.25 × 0.82 = 5.125 → 5.13 → 89.97, short)
        GoalPlan plan = BASE.with("部门整体", "全年监测舆情信息数量", "19000条").seek("优");
        assertThat(plan.reachable()).isTrue();
        assertThat(plan.steps()).extracting(GoalPlan.Step::change)
                .containsExactly(new Change("部门整体", "全年监测舆情信息数量", "19000条", "19821条"));
        assertThat(plan.steps().get(0).gain()).isEqualByComparingTo("5.19");
        assertThat(plan.after()).isGreaterThanOrEqualTo(new BigDecimal("90"));
    }

    @Test
    void goalThatCannotBeReachedSaysSoAndGivesTheBest() {
        // every indicator at full marks: 90 + budget 9.84 = 99.84 < 100
        GoalPlan plan = BASE.seek("100");
        assertThat(plan.reachable()).isFalse();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.best().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("99.84");
    }

    @Test
    void goalAlreadyMetNeedsNothing() {
        GoalPlan plan = BASE.seek("90");
        assertThat(plan.alreadyMet()).isTrue();
        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void tableGoalLooksOnlyAtThatTable() {
        // 政务网络平台项目经费 is 83.47 良; 优 needs +6.53 there; the department score (部门整体) does not move
        try (WhatIf w = BASE.open()) {
            GoalPlan plan = w.seek(w.goal("优", "政务网络平台项目经费"));
            assertThat(plan.reachable()).isTrue();
            assertThat(plan.steps()).allSatisfy(s -> assertThat(s.table()).isEqualTo("政务网络平台项目经费"));
            // the largest single gain there is 未达成 → 达成: 7 points (10 × (1 − 0.3)), enough alone
            assertThat(plan.steps()).hasSize(1);
        }
    }

    @Test
    void sensitivityGivesPointsAtStakeAndTheActualForFullMarks() {
        try (WhatIf w = BASE.open()) {
            Sensitivity s = w.sensitivity(null).stream()
                    .filter(x -> x.table().equals("部门整体") && x.indicator().equals("网速达标率")).findFirst().orElseThrow();
            assertThat(s.atStake()).isEqualByComparingTo("1.25"); // 6.25 − 5.00
            assertThat(s.fullMarks()).isEqualTo("95%");
            assertThat(s.gain()).isEqualByComparingTo("1.25");
            Sensitivity na = w.sensitivity("网络安全监测项目经费").stream()
                    .filter(x -> x.indicator().equals("实现广阳区人民满意度")).findFirst().orElseThrow();
            assertThat(na.status()).isEqualTo("na");
            assertThat(na.notApplicable()).isTrue();
            assertThat(na.fullMarks()).isNull();
        }
    }
}
