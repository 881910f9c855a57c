package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.FileKind;
import io.jixiao.load.YamlReader;
import io.jixiao.scoring.TestDepartment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
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

    /** A folder given as a link is validated as the folder (the walk took the link for a file: nothing, exit 0). */
    @Test
    void aFolderGivenAsALinkIsValidatedAsTheFolder(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path actuals = Files.writeString(real.resolve("actuals.yaml"), ACTUALS);
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Run r = Run.of("validate", link.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        // the one file found, by its real path, with its note (no targets beside it)
        assertThat(r.out()).contains(actuals.toRealPath() + ": info KPI-0315");
    }

    /** What validate shows of a file is in the language of the run too, not only its findings. */
    @Test
    void whatValidateShowsIsChineseByDefault(@TempDir Path dir) throws IOException {
        Path actuals = Files.writeString(dir.resolve("actuals.yaml"), ACTUALS);
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"validate", actuals.toString()}, java.util.Map.of(), new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("actuals.yaml（实际完成值文件）", "部门 测试网信办 · 2023年",
                "1 个实际完成值", "✔ 没有错误，0 个警告，1 个提示", "提示 KPI-0315")
                .doesNotContain("actuals\n", "warning(s)", "note(s)");
        Path targets = Files.writeString(dir.resolve("t.yaml"), "department: 测试网信办\nyear: 2023\nprojects: 7\n");
        StringWriter broken = new StringWriter();
        Main.run(new String[] {"validate", targets.toString()}, java.util.Map.of(), new PrintWriter(broken),
                new PrintWriter(new StringWriter()));
        assertThat(broken.toString()).contains("✘ 1 个错误，0 个警告").doesNotContain("error(s)");
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

    // ---- from the loader's failure modes (engine: LoaderFailureModesTest), through the command ----------

    /** A file of the loader's fixtures (engine/src/test/resources/fixtures/load). */
    private static Path fixture(String name) {
        return TestDepartment.repoRoot().resolve("engine/src/test/resources/fixtures/load").resolve(name);
    }

    private static final String PAIRING_TARGETS = "pairing-targets.yaml";

    @Test
    void validateSaysAGbkFileWasReadAsGb18030(@TempDir Path dir) throws IOException {
        Path gbk = dir.resolve("targets-gbk.yaml");
        Files.write(gbk, Files.readString(fixture(PAIRING_TARGETS)).getBytes(Charset.forName("GBK")));
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"validate", gbk.toString()}, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(exit).as("stdout: %s", out).isZero();
        assertThat(out.toString()).contains("KPI-0132", "GB18030");
    }

    @Test
    void unrecognisedFileIsNeitherTargetsNorActuals() {
        Path file = fixture("unrecognised.yaml");
        assertThat(FileKind.of(YamlReader.read(file))).isEqualTo(FileKind.UNKNOWN);
        assertThat(FileKind.of(YamlReader.read(fixture(PAIRING_TARGETS)))).isEqualTo(FileKind.TARGETS);
        assertThat(FileKind.of(YamlReader.read(fixture("pairing-ok.yaml")))).isEqualTo(FileKind.ACTUALS);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"validate", file.toString()}, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).as("stdout: %s%nstderr: %s", out, err).isEqualTo(Main.BAD_INPUT);
        assertThat(out.toString()).contains("KPI-0115").contains("unrecognised.yaml").contains("Maybe");
    }
}
