package io.jixiao.review;

import static io.jixiao.review.Fixtures.ACTUALS;
import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ReviewSettings;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review's thresholds and words are data: the profile's review: section, never literals in DRL. */
class ReviewProfileTest {

    static final Path NATIONAL = SeedReviewTest.repoRoot().resolve("rules/profiles/national.yaml");

    @Test
    void everyBuiltInProfileHasAReviewSection() {
        for (String name : ProfileLoader.BUILT_IN) {
            ScoringProfile p = ProfileLoader.load(name, null);
            assertThat(p.review()).as(name).isNotNull().matches(ReviewSettings::complete);
            assertThat(p.recheck()).as(name).isNotNull().matches(io.jixiao.profile.RecheckSettings::complete);
            assertThat(p.recheck().executionFloor()).isEqualByComparingTo("60");
            assertThat(p.recheck().notApplicableShare()).isEqualByComparingTo("25");
            assertThat(p.recheck().claimTolerance()).isEqualByComparingTo("0");
            assertThat(p.review().vagueWords()).contains("不断加强", "持续", "有效");
        }
    }

    @Test
    void aProfileFileWithoutReviewSectionReviewsLikeNational(@TempDir Path dir) throws IOException {
        String text = Files.readString(NATIONAL);
        Path mine = dir.resolve("mine.yaml");
        Files.writeString(mine, text.substring(0, text.indexOf("\nreview:")).replace("name: national", "name: mine"));
        ScoringProfile p = ProfileLoader.load(mine.toString(), null);
        // named by its content, not by the name it gives itself (docs/formats.md#profile-identity)
        assertThat(p.name()).matches("custom sha256:[0-9a-f]{12} \\(mine\\.yaml\\)");
        assertThat(p.review()).isEqualTo(ProfileLoader.load("national", null).review());
    }

    /** A profile file is YAML like the targets: its syntax, anchors and tags are refused the same way, located. */
    @Test
    void aProfileFileFollowsTheTargetsYamlRules(@TempDir Path dir) throws IOException {
        Path anchored = dir.resolve("anchored.yaml");
        // line 10 of national.yaml: "achievement:" — an anchor on it is refused before anything is mapped
        Files.writeString(anchored, Files.readString(NATIONAL).replace("\nachievement:", "\nachievement: &a"));
        assertThatThrownBy(() -> ProfileLoader.load(anchored.toString(), null))
                .isInstanceOfSatisfying(KpiException.class, e -> {
                    assertThat(e.first().code()).isEqualTo("KPI-0111");
                    assertThat(e.first().location().file()).isEqualTo(anchored.toString());
                    assertThat(e.first().location().line()).isEqualTo(10);
                });
        Path indented = dir.resolve("indented.yaml");
        // "  PARTIAL:" (line 12) pulled to one space under a two-space sibling: a YAML syntax error there
        Files.writeString(indented, Files.readString(NATIONAL).replace("\n  PARTIAL:", "\n PARTIAL:"));
        assertThatThrownBy(() -> ProfileLoader.load(indented.toString(), null))
                .isInstanceOfSatisfying(KpiException.class, e -> {
                    assertThat(e.first().code()).isEqualTo("KPI-0101");
                    assertThat(e.first().location().line()).isEqualTo(12);
                });
    }

    @Test
    void aProfileFileSavedAsGbkIsRead(@TempDir Path dir) throws IOException {
        Path gbk = dir.resolve("gbk.yaml");
        Files.write(gbk, Files.readString(NATIONAL).replace("name: national", "name: 国家")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        ScoringProfile p = ProfileLoader.load(gbk.toString(), null);
        assertThat(p.name()).startsWith("custom sha256:").endsWith("(gbk.yaml)");
        assertThat(p.review().vagueWords()).contains("不断加强");
    }

    @Test
    void anIncompleteReviewSectionIsABadProfile(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.yaml");
        Files.writeString(mine, Files.readString(NATIONAL).replaceAll("\\n  spendingPlanEnd:[^\\n]*", ""));
        assertThatThrownBy(() -> ProfileLoader.load(mine.toString(), null)).isInstanceOfSatisfying(KpiException.class,
                e -> {
                    assertThat(e.first().code()).isEqualTo("KPI-0131");
                    assertThat(e.first().message()).contains("spendingPlanEnd");
                });
    }

    @Test
    void thresholdsComeFromTheProfile(@TempDir Path dir) throws IOException {
        // 从严 is vague when the profile's list holds it (the 预算执行率 floor is the 复核's: SelfEvaluationConcernsTest)
        Path strict = dir.resolve("strict.yaml");
        Files.writeString(strict, Files.readString(NATIONAL).replace("vagueWords: [", "vagueWords: [从严, "));
        Reviewer national = Fixtures.REVIEWER;
        Reviewer mine = new Reviewer(RuleBook.packaged(), ProfileLoader.load(strict.toString(), null));
        assertThat(mine.run(Fixtures.targets(TARGETS), Fixtures.actuals(ACTUALS))).isEmpty();
        assertThat(national.run(Fixtures.targets(TARGETS), Fixtures.actuals(ACTUALS))).isEmpty();

        String strictWord = TARGETS.replace("name: 负面舆情处置率\n        target: \"≥90%\"",
                "name: 负面舆情处置率\n        target: \"从严处置\"");
        assertThat(of(mine.run(Fixtures.targets(strictWord), null), "vague-target")).hasSize(1);
        assertThat(of(national.run(Fixtures.targets(strictWord), null), "vague-target")).isEmpty();
    }
}
