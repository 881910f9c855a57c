package io.jixiao.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import io.jixiao.value.GradeLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Qualitative bands do not overlap (docs/scoring.md#grade-bands): 达成 [80, 100], 部分达成 [60, 80), 未达成 [0, 60) —
 * every percent belongs to one band, and a profile's own bands are read and checked the same way.
 */
class ProfileBandsTest {

    private static final String NATIONAL_BANDS = """
              ACHIEVED: {default: 100, low: 80, high: 100}
              PARTIAL: {default: 70, low: 60, high: 80}
              NOT_ACHIEVED: {default: 30, low: 0, high: 60}
            """;

    @ParameterizedTest(name = "national: {0}% is {1}")
    @CsvSource({
            // the edges: each band includes its low end; only the top band (达成) includes its high end
            "0, NOT_ACHIEVED", "59.99, NOT_ACHIEVED", "60, PARTIAL", "79.99, PARTIAL", "80, ACHIEVED", "100, ACHIEVED"})
    void everyPercentBelongsToOneBand(String percent, GradeLevel level) {
        ScoringProfile p = ProfileLoader.load("national", null);
        BigDecimal v = new BigDecimal(percent);
        assertThat(p.bandHolding(v)).isEqualTo(level);
        for (GradeLevel other : new GradeLevel[] {GradeLevel.ACHIEVED, GradeLevel.PARTIAL, GradeLevel.NOT_ACHIEVED}) {
            assertThat(p.inBand(other, v)).as("%s in %s", percent, other).isEqualTo(other == level);
        }
    }

    @Test
    void bandsAreShownHalfOpenBelowTheTop() {
        ScoringProfile p = ProfileLoader.load("hubei", null);
        assertThat(p.bandText(GradeLevel.ACHIEVED)).isEqualTo("[80%, 100%]");
        assertThat(p.bandText(GradeLevel.PARTIAL)).isEqualTo("[50%, 80%)");
        assertThat(p.bandText(GradeLevel.NOT_ACHIEVED)).isEqualTo("[0%, 50%)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what is wrong                    | achievement section                                                                                                                            | words of the error
            部分达成 reaches into 达成          | '  ACHIEVED: {default: 100, low: 80, high: 100}\\n  PARTIAL: {default: 70, low: 60, high: 85}\\n  NOT_ACHIEVED: {default: 30, low: 0, high: 60}\\n'  | ACHIEVED starts at 80 but PARTIAL ends at 85 (they overlap)
            未达成 reaches into 部分达成        | '  ACHIEVED: {default: 100, low: 80, high: 100}\\n  PARTIAL: {default: 70, low: 60, high: 80}\\n  NOT_ACHIEVED: {default: 30, low: 0, high: 65}\\n'  | PARTIAL starts at 60 but NOT_ACHIEVED ends at 65 (they overlap)
            a gap between 部分达成 and 达成     | '  ACHIEVED: {default: 100, low: 85, high: 100}\\n  PARTIAL: {default: 70, low: 60, high: 80}\\n  NOT_ACHIEVED: {default: 30, low: 0, high: 60}\\n'  | ACHIEVED starts at 85 but PARTIAL ends at 80 (a gap between them)
            a default outside its band         | '  ACHIEVED: {default: 100, low: 80, high: 100}\\n  PARTIAL: {default: 80, low: 60, high: 80}\\n  NOT_ACHIEVED: {default: 30, low: 0, high: 60}\\n'  | PARTIAL: default 80 lies outside its band [60%, 80%)
            """)
    void overlappingBandsAreRefused(String what, String bands, String words, @TempDir Path dir) throws IOException {
        Path file = profileWith(dir, bands.replace("\\n", "\n"));
        assertThatThrownBy(() -> ProfileLoader.load(file.toString(), null)).isInstanceOf(KpiException.class)
                .satisfies(e -> {
                    var f = ((KpiException) e).findings().get(0);
                    assertThat(f.code()).isEqualTo("KPI-0131");
                    assertThat(f.message()).contains(words);
                });
    }

    @Test
    void bandsThatMeetLoad(@TempDir Path dir) throws IOException {
        // hubei's own bands, copied into a national profile: [0, 50), [50, 80), [80, 100]
        Path file = profileWith(dir, """
                  ACHIEVED: {default: 100, low: 80, high: 100}
                  PARTIAL: {default: 65, low: 50, high: 80}
                  NOT_ACHIEVED: {default: 25, low: 0, high: 50}
                """);
        assertThat(ProfileLoader.load(file.toString(), null).bandHolding(new BigDecimal("50")))
                .isEqualTo(GradeLevel.PARTIAL);
    }

    private static Path profileWith(Path dir, String bands) throws IOException {
        Path national = repoRoot().resolve("rules/profiles/national.yaml");
        String text = Files.readString(national);
        assertThat(text).contains(NATIONAL_BANDS);
        Path file = dir.resolve("own.yaml");
        Files.writeString(file, text.replace(NATIONAL_BANDS, bands));
        return file;
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules/profiles"))) {
                return p;
            }
        }
        throw new IllegalStateException("no rules/profiles above the working folder");
    }
}
