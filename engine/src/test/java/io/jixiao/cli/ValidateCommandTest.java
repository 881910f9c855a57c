package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao validate on an actuals file that cannot be checked against targets says so instead of a bare ✔. */
class ValidateCommandTest {

    private static final String ACTUALS = """
            department: 测试网信办
            year: 2023
            projects:
              - name: 监测项目
                actuals:
                  全年监测舆情信息数量: 2.15万条
            """;

    @Test
    void actualsWithoutTargetsBesideThemAreANote(@TempDir Path dir) throws IOException {
        Path actuals = Files.writeString(dir.resolve("actuals.yaml"), ACTUALS);
        Run r = Run.of("validate", actuals.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("✔ no errors, 0 warning(s), 1 note(s)")
                .contains(actuals + ": info KPI-0315: not checked against targets: there is no targets.yaml beside it")
                .contains("Maybe put the department's targets beside it as targets.yaml");
    }

    @Test
    void actualsBesideTargetsThatDoNotLoadAreANote(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("targets.yaml"), "department: 测试网信办\nyear: 2023\nprojects: 7\n");
        Path actuals = Files.writeString(dir.resolve("actuals.yaml"), ACTUALS);
        Run r = Run.of("validate", actuals.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("KPI-0315: not checked against targets: the targets.yaml beside it")
                .contains("does not load (1 error(s)");
    }

    @Test
    void anUnknownProfileIsPlacedAtItsName(@TempDir Path dir) throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.yaml"), """
                department: 测试网信办
                year: 2023
                profile: hubie
                projects:
                  - name: 监测项目
                    indicators:
                      - level1: 产出指标
                        level2: 数量指标
                        name: 全年监测舆情信息数量
                        target: ≥2万条
                """);
        Run r = Run.of("validate", targets.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        // 'profile: hubie' is line 3; the value starts at column 10
        assertThat(r.out()).contains(targets + ":3:10: error KPI-0130: profile 'hubie' is neither a built-in profile")
                .contains("Maybe use one of: ");
    }
}
