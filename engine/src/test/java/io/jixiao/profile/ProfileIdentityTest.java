package io.jixiao.profile;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Language;
import io.jixiao.problem.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A profile is known by its content, never by the name it gives itself (docs/formats.md#profile-identity): a file
 * that calls itself {@code national} but grades 54 as 优 is {@code custom sha256:… (lax.yaml)} in every report; a
 * file holding exactly a built-in profile's text is that built-in.
 */
class ProfileIdentityTest {

    @TempDir
    Path dir;

    private static String national() throws IOException {
        try (var in = ProfileLoader.class.getResourceAsStream("/rules/profiles/national.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileThatCallsItselfNationalIsNamedByItsContent() throws Exception {
        Path lax = Files.writeString(dir.resolve("lax.yaml"),
                national().replace("grades: {优: 90, 良: 80, 中: 60}", "grades: {优: 50, 良: 40, 中: 30}"));
        ScoringProfile p = ProfileLoader.load(lax.toString(), null);
        assertThat(p.name()).matches("custom sha256:[0-9a-f]{12} \\(lax\\.yaml\\)").doesNotStartWith("national");
        assertThat(p.grade(new java.math.BigDecimal("54"))).isEqualTo("优");
    }

    @Test
    void theSameContentIsTheSameProfileWhateverTheFileIsCalled() throws Exception {
        String text = national().replace("overAchievementFlag: 30", "overAchievementFlag: 40");
        String a = ProfileLoader.load(Files.writeString(dir.resolve("a.yaml"), text).toString(), null).name();
        String b = ProfileLoader.load(Files.writeString(dir.resolve("national.yaml"), text).toString(), null).name();
        assertThat(a.substring(0, 27)).isEqualTo(b.substring(0, 27)).startsWith("custom sha256:");
        assertThat(b).endsWith("(national.yaml)");
    }

    @Test
    void aCopyOfABuiltInIsThatBuiltIn() throws Exception {
        Path copy = Files.writeString(dir.resolve("copy.yaml"), national());
        assertThat(ProfileLoader.load(copy.toString(), null).name()).isEqualTo("national");
        // line endings do not make another profile
        Path crlf = Files.writeString(dir.resolve("crlf.yaml"), national().replace("\n", "\r\n"));
        assertThat(ProfileLoader.load(crlf.toString(), null).name()).isEqualTo("national");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aProfileWhoseWeightsDoNotAddUpIsPlacedAtBudgetWeightInEitherLanguage(Language language) throws Exception {
        // budgetWeight 20 + 50 + 30 + 10 = 110: the loader's finding has no place of its own; Sense finds the key by
        // the finding's words, which are Chinese in a Chinese run. budgetWeight is on line 5 of national.yaml.
        Path p = Files.writeString(dir.resolve("p.yaml"), national().replace("budgetWeight: 10", "budgetWeight: 20"));
        Language before = Language.current();
        Language.use(language);
        try {
            assertThatThrownBy(() -> ProfileLoader.load(p.toString(), null)).isInstanceOfSatisfying(KpiException.class,
                    e -> {
                        assertThat(e.first().code()).isEqualTo("KPI-0131");
                        assertThat(e.first().location()).isEqualTo(new Location(p.toString(), 5, 15));
                    });
        } finally {
            Language.use(before);
        }
    }
}
