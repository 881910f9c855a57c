package io.jixiao.review;

import static io.jixiao.review.Fixtures.ACTUALS;
import static io.jixiao.review.Fixtures.ACTUALS_FILE;
import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.editAfter;
import static io.jixiao.review.Fixtures.line;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules/review/self-evaluation.drl: 自评得分, 偏离度, spent above budget, 预算执行率 below 60%. */
class SelfEvaluationRulesTest {

    static String projectActuals(String from, String to) {
        return editAfter(ACTUALS, "- name: 监测项目", from, to);
    }

    @Test
    void selfScoreAbovePoints() {
        // 产出 50 shared by 4 indicators: 12.5 each; 15 is more
        String text = projectActuals("{监测信息数量: 12.5}", "{监测信息数量: 15}");
        assertThat(of(review(TARGETS, text), "self-score-above-points")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0422");
            assertThat(f.message()).isEqualTo("自评得分 15 of '监测信息数量' (监测项目) is more than its 分值 12.5");
            assertThat(f.location().file()).isEqualTo(ACTUALS_FILE);
            assertThat(f.location().line()).isEqualTo(line(text, null, "selfScores"));
        });
        assertThat(of(review(TARGETS, ACTUALS), "self-score-above-points")).isEmpty();
    }

    @Test
    void deviationBeyondThreshold() {
        // (30000 − 20000) / 20000 = 50% beyond ≥20000条, above the profile's 30%
        String text = projectActuals("监测信息数量: 21000条", "监测信息数量: 30000条");
        assertThat(of(review(TARGETS, text), "deviation-beyond-threshold")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0423");
            assertThat(f.message()).isEqualTo("偏离度: '监测信息数量' achieved '30000条', 50% beyond its target '≥20000条'"
                    + " (threshold 30%) — 指标值可能设定偏低");
            assertThat(f.location().line()).isEqualTo(line(text, "- name: 监测项目", "监测信息数量: 30000条"));
        });
        // below a ≤ target: (30 − 10) / 30 = 66.67% → 偏高
        assertThat(of(review(TARGETS, projectActuals("响应时间: 25分钟", "响应时间: 10分钟")), "deviation-beyond-threshold"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("66.6667% beyond", "偏高"));
        // (26000 − 20000) / 20000 = 30%: not more than the threshold
        assertThat(of(review(TARGETS, projectActuals("监测信息数量: 21000条", "监测信息数量: 2.6万条")),
                "deviation-beyond-threshold")).isEmpty();
        assertThat(of(review(TARGETS, ACTUALS), "deviation-beyond-threshold")).isEmpty();
    }

    @Test
    void spentAboveBudget() {
        String text = projectActuals("spent: 29", "spent: 31");
        assertThat(of(review(TARGETS, text), "spent-above-budget")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0424");
            assertThat(f.message()).isEqualTo("table '监测项目': spent 31万元 is above its budget 30万元");
        });
        assertThat(of(review(TARGETS, projectActuals("spent: 29", "spent: 30")), "spent-above-budget")).isEmpty();
        assertThat(of(review(TARGETS, ACTUALS), "spent-above-budget")).isEmpty();
    }

    @Test
    void executionBelowFloor() {
        // 17 / 30 = 56.67% < 60%
        String text = projectActuals("spent: 29", "spent: 17");
        assertThat(of(review(TARGETS, text), "execution-below-floor")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0425");
            assertThat(f.message()).isEqualTo("table '监测项目': 预算执行率 56.6667% (17/30万元) is below 60%");
            assertThat(f.location().line()).isEqualTo(line(text, null, "- name: 监测项目"));
        });
        // 18 / 30 = 60%: at the floor, not below; the overall table (budget 100) at 59 is below
        assertThat(of(review(TARGETS, projectActuals("spent: 29", "spent: 18")), "execution-below-floor")).isEmpty();
        assertThat(of(review(TARGETS, ACTUALS.replace("spent: 90", "spent: 59")), "execution-below-floor")).hasSize(1);
        assertThat(of(review(TARGETS, ACTUALS), "execution-below-floor")).isEmpty();
    }
}
