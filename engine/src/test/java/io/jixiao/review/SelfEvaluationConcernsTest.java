package io.jixiao.review;

import static io.jixiao.review.Fixtures.ACTUALS;
import static io.jixiao.review.Fixtures.ACTUALS_FILE;
import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.TARGETS_FILE;
import static io.jixiao.review.Fixtures.editAfter;
import static io.jixiao.review.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-evaluation's 偏离度, spending above budget and 预算执行率 below the floor are each found once in an
 * evaluation: the first two by the scoring rules (KPI-0308, KPI-0310), the third by the 复核 (KPI-0321) with the
 * profile's threshold. The 审核 no longer computes them a second time (KPI-0423/0424/0425 are retired).
 */
class SelfEvaluationConcernsTest {

    static final Pipeline NATIONAL = new Pipeline(Options.defaults());

    static String projectActuals(String from, String to) {
        return editAfter(ACTUALS, "- name: 监测项目", from, to);
    }

    static List<Finding> findings(Pipeline pipeline, String actuals) {
        Evaluation e = pipeline.evaluate(Source.text(TARGETS_FILE, TARGETS), Source.text(ACTUALS_FILE, actuals),
                Stage.ALL);
        assertThat(e.ok()).as("%s", e.errors()).isTrue();
        assertThat(e.findings()).extracting(Finding::code).doesNotContain("KPI-0423", "KPI-0424", "KPI-0425");
        return e.findings();
    }

    static List<Finding> coded(List<Finding> found, String code) {
        return found.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void deviationIsScoringsFinding() {
        // (30000 − 20000) / 20000 = 50% beyond ≥20000条, above the profile's 30%
        String text = projectActuals("监测信息数量: 21000条", "监测信息数量: 30000条");
        assertThat(coded(findings(NATIONAL, text), "KPI-0308")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("偏离度: actual '30000条' is 50% beyond the target '≥20000条'"
                    + " (flag at 30%) — 指标值可能设定偏低");
            assertThat(f.location().file()).isEqualTo(ACTUALS_FILE);
            assertThat(f.location().line()).isEqualTo(line(text, "- name: 监测项目", "监测信息数量: 30000条"));
        });
        // below a ≤ target: (30 − 10) / 30 = 66.67% → 偏高
        assertThat(coded(findings(NATIONAL, projectActuals("响应时间: 25分钟", "响应时间: 10分钟")), "KPI-0308"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("66.6667% beyond", "偏高"));
        // (26000 − 20000) / 20000 = 30%: not more than the threshold
        assertThat(coded(findings(NATIONAL, projectActuals("监测信息数量: 21000条", "监测信息数量: 2.6万条")),
                "KPI-0308")).isEmpty();
        assertThat(coded(findings(NATIONAL, ACTUALS), "KPI-0308")).isEmpty();
    }

    @Test
    void spentAboveBudgetIsScoringsFinding() {
        assertThat(coded(findings(NATIONAL, projectActuals("spent: 29", "spent: 31")), "KPI-0310")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("table '监测项目': spent 31万元 is above its budget"
                        + " 30万元"));
        assertThat(coded(findings(NATIONAL, projectActuals("spent: 29", "spent: 30")), "KPI-0310")).isEmpty();
    }

    @Test
    void executionBelowTheProfilesFloorIsTheRechecksFinding() {
        // 17 / 30 = 56.67% < 60%
        String text = projectActuals("spent: 29", "spent: 17");
        assertThat(coded(findings(NATIONAL, text), "KPI-0321")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("复核: table '监测项目' spent only 56.67% of its budget (below 60%)");
            assertThat(f.location().line()).isEqualTo(line(text, null, "- name: 监测项目"));
        });
        // 18 / 30 = 60%: at the floor, not below; the overall table at 59 of 100 is below
        assertThat(coded(findings(NATIONAL, projectActuals("spent: 29", "spent: 18")), "KPI-0321")).isEmpty();
        assertThat(coded(findings(NATIONAL, ACTUALS.replace("spent: 90", "spent: 59")), "KPI-0321")).hasSize(1);
        assertThat(coded(findings(NATIONAL, ACTUALS), "KPI-0321")).isEmpty();
    }

    @Test
    void theFloorIsTheProfiles(@TempDir Path dir) throws IOException {
        // 29 / 30 = 96.67% and 90 / 100 = 90%: fine at the national floor of 60, both flagged at a floor of 97
        String national = Files.readString(ReviewProfileTest.NATIONAL);
        Path strict = dir.resolve("strict.yaml");
        Files.writeString(strict, national.replace("  executionFloor: 60 ", "  executionFloor: 97 "));
        assertThat(coded(findings(new Pipeline(Options.defaults().profile(strict.toString())), ACTUALS), "KPI-0321"))
                .extracting(Finding::message).containsExactly(
                        "复核: table '部门整体' spent only 90.00% of its budget (below 97%)",
                        "复核: table '监测项目' spent only 96.67% of its budget (below 97%)");
        // a profile written before the recheck: section gave the floor under review:; it still applies
        Path old = dir.resolve("old.yaml");
        Files.writeString(old, national.substring(0, national.indexOf("\nrecheck:"))
                .replace("  spendingPlanEnd: 100 ", "  executionFloor: 97\n  spendingPlanEnd: 100 "));
        assertThat(coded(findings(new Pipeline(Options.defaults().profile(old.toString())), ACTUALS), "KPI-0321"))
                .hasSize(2);
    }
}
