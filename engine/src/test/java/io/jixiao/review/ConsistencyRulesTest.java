package io.jixiao.review;

import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.editAfter;
import static io.jixiao.review.Fixtures.line;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static io.jixiao.review.MeasurabilityRulesTest.projectTarget;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules/review/consistency.drl: the same indicator twice; 部门整体 and project targets that disagree. */
class ConsistencyRulesTest {

    @Test
    void repeatedIndicator() {
        // a second row named like the first, kept apart by an id (as the shifeng and luancheng seeds do)
        String text = editAfter(TARGETS, "- name: 监测项目", "      - level1: 满意度指标",
                "      - id: 覆盖率-效益\n        level1: 效益指标\n        level2: 社会效益指标\n        name: 监测覆盖率\n"
                        + "        target: \"≥95%\"\n      - level1: 满意度指标");
        assertThat(of(review(text), "repeated-indicator")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0416");
            int first = line(text, "- name: 监测项目", "name: 监测覆盖率") - 2;
            assertThat(f.message()).isEqualTo("indicator '监测覆盖率' appears twice in table '监测项目' (first at line "
                    + first + ")");
            assertThat(f.location().line()).isEqualTo(line(text, null, "- id: 覆盖率-效益"));
        });
        // the same name in two tables is no repetition
        assertThat(of(review(TARGETS), "repeated-indicator")).isEmpty();
    }

    @Test
    void overallProjectMismatch() {
        String text = projectTarget("监测信息数量", "≥20000条", "≥15000条");
        assertThat(of(review(text), "overall-project-mismatch")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0417");
            assertThat(f.message()).isEqualTo("indicator '监测信息数量' has the target '≥15000条' in '监测项目' but '≥2万条'"
                    + " in the 部门整体 table (line " + (line(text, null, "name: 监测信息数量") - 2) + ")");
            assertThat(f.location().line()).isEqualTo(line(text, "- name: 监测项目", "name: 监测信息数量") - 2);
        });
        // written comparators that disagree
        assertThat(of(review(projectTarget("监测覆盖率", "≥95%", "≤95%")), "overall-project-mismatch")).hasSize(1);
        // ≥2万条 and ≥20000条 agree (TARGETS); so do ≤30分钟 and ≤0.5小时, and 30分钟 without a comparator
        assertThat(of(review(projectTarget("响应时间", "≤30分钟", "≤0.5小时")), "overall-project-mismatch")).isEmpty();
        assertThat(of(review(projectTarget("响应时间", "≤30分钟", "30分钟")), "overall-project-mismatch")).isEmpty();
        // cost targets of the department and of a project differ by nature
        assertThat(of(review(projectTarget("项目成本", "≤30万元", "≤20万元")), "overall-project-mismatch")).isEmpty();
        assertThat(of(review(TARGETS), "overall-project-mismatch")).isEmpty();
    }
}
