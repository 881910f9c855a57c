package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.rules.RuleBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users' own review checks (--rules): the worked example of docs/guide.md#your-own-review-rules and a broken file. */
class UserRulesTest {

    static final Path EXAMPLE = SeedReviewTest.repoRoot()
            .resolve("indicators/rules-examples/project-needs-a-deadline.drl");

    static List<Finding> reviewWith(RuleBook book, String department) {
        Path targets = SeedReviewTest.INDICATORS.resolve(department).resolve("targets.yaml");
        DepartmentTargets t = TargetsLoader.load(targets).orThrow();
        return new Reviewer(book, ProfileLoader.load("national", null)).review(t);
    }

    @Test
    void projectNeedsADeadlineExample() {
        RuleBook book = RuleBook.with(List.of(EXAMPLE));
        // kaiping's 时效指标 are all 项目按计划完成率 ≥95%: no project says by when
        List<Finding> kaiping = reviewWith(book, "kaiping/2025").stream().filter(f -> f.code().equals("KPI-0449")).toList();
        assertThat(kaiping).extracting(f -> f.location().line()).containsExactly(9, 71, 133);
        assertThat(kaiping.get(0).message()).isEqualTo("[project-needs-a-deadline] project '本级网络安全工作经费' has no"
                + " 时效指标 measured in time (天, 个月, 小时 …)");
        assertThat(kaiping.get(0).hint()).isEqualTo("Maybe add one such as 完成时限 ≤10个月 beside any completion rate");
        // guangyang's projects have 24小时 and ≤30分钟: nothing to say
        assertThat(reviewWith(book, "guangyang/2023")).extracting(Finding::code).doesNotContain("KPI-0449");
        // without --rules the check is not there
        assertThat(reviewWith(RuleBook.packaged(), "kaiping/2025")).extracting(Finding::code).doesNotContain("KPI-0449");
    }

    @Test
    void aUserRuleSavedAsGbkIsRead(@TempDir Path dir) throws IOException {
        // the same example saved by Notepad on Chinese Windows: its Chinese message text must survive
        Path gbk = dir.resolve("deadline-gbk.drl");
        Files.write(gbk, Files.readString(EXAMPLE).getBytes(java.nio.charset.Charset.forName("GBK")));
        List<Finding> kaiping = reviewWith(RuleBook.with(List.of(gbk)), "kaiping/2025").stream()
                .filter(f -> f.code().equals("KPI-0449")).toList();
        assertThat(kaiping).extracting(Finding::message).isEqualTo(reviewWith(RuleBook.with(List.of(EXAMPLE)),
                "kaiping/2025").stream().filter(f -> f.code().equals("KPI-0449")).map(Finding::message).toList());
        assertThat(kaiping.get(0).message()).contains("时效指标");
    }

    @Test
    void aBrokenUserRuleFailsWithItsPathAndLine(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.drl");
        Files.writeString(broken, "package mine;\nimport io.jixiao.review.ReviewTable;\nrule \"x\"\nwhen\n"
                + "    ReviewTable( nosuchfield == 1 )\nthen\nend\n");
        assertThatThrownBy(() -> RuleBook.with(List.of(broken))).isInstanceOfSatisfying(KpiException.class, e -> {
            assertThat(e.first().code()).isEqualTo("KPI-0201");
            assertThat(e.first().location().file()).endsWith("broken.drl");
        });
    }
}
