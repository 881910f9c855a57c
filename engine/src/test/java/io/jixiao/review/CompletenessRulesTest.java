package io.jixiao.review;

import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.editAfter;
import static io.jixiao.review.Fixtures.line;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static io.jixiao.review.Fixtures.withoutRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Severity;
import org.junit.jupiter.api.Test;

/** rules/review/completeness.drl: categories, required 二级指标, 二级指标 under the right 一级指标. */
class CompletenessRulesTest {

    @Test
    void missingCategory() {
        String without = withoutRow(TARGETS, "- name: 监测项目", "群众满意度");
        assertThat(of(review(without), "missing-category")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0401");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("table '监测项目' has no 满意度指标 indicator");
            assertThat(f.hint()).startsWith("Maybe");
            assertThat(f.location().line()).isEqualTo(line(without, null, "- name: 监测项目"));
        });

        // 满意度 as a 二级指标 under 效益指标 (as several seeds write it) counts as SATISFACTION
        String underOutcome = editAfter(TARGETS, "- name: 监测项目", "- level1: 满意度指标", "- level1: 效益指标");
        assertThat(of(review(underOutcome), "missing-category")).isEmpty();
        assertThat(of(review(TARGETS), "missing-category")).isEmpty();
    }

    @Test
    void missingLevel2() {
        // the project's 时效 row becomes a second 质量 row: its 产出 lacks 时效
        String noTimeliness = editAfter(TARGETS, "- name: 监测项目", "level2: 时效指标", "level2: 质量指标");
        assertThat(of(review(noTimeliness), "missing-level2")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0402");
            assertThat(f.message()).isEqualTo("table '监测项目': 产出指标 has no 二级指标 时效");
            assertThat(f.location().line()).isEqualTo(line(noTimeliness, null, "- name: 监测项目"));
        });
        // several missing ones make one finding listing them
        String twoMissing = withoutRow(withoutRow(TARGETS, "- name: 监测项目", "响应时间"), "- name: 监测项目", "项目成本");
        assertThat(of(review(twoMissing), "missing-level2")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("has no 二级指标 时效/成本"));
        assertThat(of(review(TARGETS), "missing-level2")).isEmpty();
    }

    @Test
    void level2NotInLevel1() {
        String wrong = editAfter(TARGETS, "- name: 监测项目", "level2: 可持续影响指标", "level2: 质量指标");
        assertThat(of(review(wrong), "level2-not-in-level1")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0403");
            assertThat(f.message())
                    .isEqualTo("indicator '负面舆情处置率': 二级指标 '质量指标' does not belong to 一级指标 '效益指标'");
            assertThat(f.hint()).contains("经济效益", "可持续影响");
            // the row starts one line above its 二级指标
            assertThat(f.location().line()).isEqualTo(line(wrong, "- name: 监测项目", "name: 负面舆情处置率") - 2);
        });
        // a cell-wrap space inside the 二级指标 ("可持续影响  指标", as in the shifeng seed) still belongs
        String spaced = editAfter(TARGETS, "- name: 监测项目", "level2: 可持续影响指标", "level2: 可持续影响  指标");
        assertThat(of(review(spaced), "level2-not-in-level1")).isEmpty();
        assertThat(of(review(TARGETS), "level2-not-in-level1")).isEmpty();
    }
}
