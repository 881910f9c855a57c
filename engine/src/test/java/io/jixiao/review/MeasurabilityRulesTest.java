package io.jixiao.review;

import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.editAfter;
import static io.jixiao.review.Fixtures.line;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/review/measurability.drl: can each target be measured? */
class MeasurabilityRulesTest {

    static final String PROJECT = "- name: 监测项目";

    /** The project's row {@code name} with the target {@code target}. */
    static String projectTarget(String name, String from, String to) {
        return editAfter(TARGETS, PROJECT + "\n", "name: " + name + "\n" + " ".repeat(8) + "target: \"" + from + "\"",
                "name: " + name + "\n" + " ".repeat(8) + "target: \"" + to + "\"");
    }

    @Test
    void unmeasurableTarget() {
        String text = projectTarget("监测覆盖率", "≥95%", "持续开展");
        List<ReviewFinding> found = review(text);
        assertThat(of(found, "unmeasurable-target")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0404");
            assertThat(f.message()).isEqualTo("indicator '监测覆盖率' (质量指标) has the text target '持续开展', which cannot be measured");
            assertThat(f.location().line()).isEqualTo(line(text, PROJECT, "name: 监测覆盖率") - 2);
        });
        // under 数量/质量/时效/成本 the text is unmeasurable; its vague word is not reported twice
        assertThat(of(found, "vague-target")).isEmpty();
        // a grade (优) or 按时完成 cannot be measured either
        assertThat(of(review(projectTarget("响应时间", "≤30分钟", "按时完成")), "unmeasurable-target")).hasSize(1);
        assertThat(of(review(projectTarget("监测覆盖率", "≥95%", "优")), "unmeasurable-target")).hasSize(1);
        assertThat(of(review(TARGETS), "unmeasurable-target")).isEmpty();
    }

    @Test
    void vagueTarget() {
        String text = projectTarget("负面舆情处置率", "≥90%", "有效改善");
        assertThat(of(review(text), "vague-target")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0405");
            assertThat(f.message()).isEqualTo("indicator '负面舆情处置率': target '有效改善' says '有效' without a criterion");
        });
        // 不断加强 is found before 加强-like words; 可持续 contains 持续
        assertThat(of(review(projectTarget("负面舆情处置率", "≥90%", "不断加强")), "vague-target"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("says '不断加强'"));
        assertThat(of(review(projectTarget("负面舆情处置率", "≥90%", "可持续")), "vague-target")).hasSize(1);
        // a text target with a number states its criterion; a text without vague words is not vague
        assertThat(of(review(projectTarget("负面舆情处置率", "≥90%", "投诉量持续下降10%")), "vague-target")).isEmpty();
        assertThat(of(review(projectTarget("负面舆情处置率", "≥90%", "社会稳定")), "vague-target")).isEmpty();
        assertThat(of(review(TARGETS), "vague-target")).isEmpty();
    }

    @Test
    void gradingScaleTarget() {
        String text = projectTarget("负面舆情处置率", "≥90%", "优.良.中.差");
        assertThat(of(review(text), "grading-scale-target")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0406");
            assertThat(f.message()).isEqualTo("indicator '负面舆情处置率': target '优.良.中.差' is a grading scale, not a target");
        });
        // under a 质量指标 the scale is reported as a scale, not also as unmeasurable text
        List<ReviewFinding> quality = review(projectTarget("监测覆盖率", "≥95%", "好/较好/一般/差"));
        assertThat(of(quality, "grading-scale-target")).hasSize(1);
        assertThat(of(quality, "unmeasurable-target")).isEmpty();
        // one grade is a target (reported as unmeasurable under 质量, but no scale)
        assertThat(of(review(projectTarget("负面舆情处置率", "≥90%", "优")), "grading-scale-target")).isEmpty();
        assertThat(of(review(TARGETS), "grading-scale-target")).isEmpty();
    }

    @Test
    void missingComparator() {
        String text = projectTarget("响应时间", "≤30分钟", "30分钟");
        assertThat(of(review(text), "missing-comparator")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0407");
            assertThat(f.message()).isEqualTo("indicator '响应时间': target '30分钟' has no comparator, so it is not clear"
                    + " whether it is a minimum or a limit (scored as ≥)");
            assertThat(f.hint()).isEqualTo("Maybe write ≥30分钟 for a minimum or ≤30分钟 for a deadline or limit");
        });
        // a rate such as 16小时/天 needs one too; counts, percentages and money do not (≥, and ≤ for 成本)
        assertThat(of(review(projectTarget("响应时间", "≤30分钟", "16小时/天")), "missing-comparator")).hasSize(1);
        assertThat(of(review(projectTarget("监测信息数量", "≥20000条", "20000条")), "missing-comparator")).isEmpty();
        assertThat(of(review(projectTarget("监测覆盖率", "≥95%", "100%")), "missing-comparator")).isEmpty();
        assertThat(of(review(projectTarget("项目成本", "≤30万元", "30万元")), "missing-comparator")).isEmpty();
        assertThat(of(review(TARGETS), "missing-comparator")).isEmpty();
    }

    @Test
    void targetWithoutUnit() {
        String text = projectTarget("监测信息数量", "≥20000条", "≥20000");
        assertThat(of(review(text), "target-without-unit")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0408");
            assertThat(f.message()).isEqualTo("indicator '监测信息数量': target '≥20000' has no unit");
        });
        // a cost in 万 without 元 (kaiping's ≤68万) is read as 万元, and the hint says so
        assertThat(of(review(projectTarget("项目成本", "≤30万元", "≤30万")), "target-without-unit")).singleElement()
                .satisfies(f -> assertThat(f.hint()).startsWith("Maybe write ≤30万元;"));
        assertThat(of(review(TARGETS), "target-without-unit")).isEmpty();
    }

    @Test
    void nameContradictsTarget() {
        String text = editAfter(TARGETS, PROJECT, "name: 监测信息数量\n        target: \"≥20000条\"",
                "name: 开展培训2次\n        target: \"≥1次\"");
        assertThat(of(review(text), "name-contradicts-target")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0409");
            assertThat(f.message()).isEqualTo("indicator '开展培训2次' names 2次 but its target is '≥1次'");
        });
        String agrees = editAfter(TARGETS, PROJECT, "name: 监测信息数量\n        target: \"≥20000条\"",
                "name: 开展培训2次\n        target: \"≥2次\"");
        assertThat(of(review(agrees), "name-contradicts-target")).isEmpty();
        // a number in another unit is no contradiction (满意度90%以上 against ≥90% agrees, too)
        String otherUnit = editAfter(TARGETS, PROJECT, "name: 监测信息数量", "name: 监测12个网站的信息数量");
        assertThat(of(review(otherUnit), "name-contradicts-target")).isEmpty();
        // a calendar year is a date, not an amount of 年
        String year = editAfter(TARGETS, PROJECT, "name: 响应时间\n        target: \"≤30分钟\"",
                "name: 2024年完成部署\n        target: \"≤1年\"");
        assertThat(of(review(year), "name-contradicts-target")).isEmpty();
        assertThat(of(review(year.replace("2024年完成部署", "3年完成部署")), "name-contradicts-target")).hasSize(1);
        assertThat(of(review(TARGETS), "name-contradicts-target")).isEmpty();
    }
}
