package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.workbook.Seeds;
import io.jixiao.workbook.TemplateLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code -} reads a file from standard input, named {@code <stdin>} in every location (docs/guide.md#stdin). */
class StdinTest {

    private static final String TARGETS = Seeds.targetsFile("guangyang/2023").toString();
    private static final Map<String, String> EN = Map.of("JIXIAO_LANG", "en");

    @TempDir
    Path dir;

    record Out(int code, String out, String err) {
    }

    static Out run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new CommandLine(new Main()), args, EN, new ByteArrayInputStream(stdin),
                new PrintWriter(out), new PrintWriter(err));
        return new Out(code, out.toString(), err.toString());
    }

    @Test
    void actualsYamlFromStandardInputScoreAsTheFileDoes() throws IOException {
        byte[] yaml = Files.readAllBytes(Seeds.actualsFile("guangyang/2023"));
        Out piped = run(yaml, "score", TARGETS, "--actuals", "-", "--format", "json");
        Out file = run(new byte[0], "score", TARGETS, "--actuals", Seeds.actualsFile("guangyang/2023").toString(),
                "--format", "json");
        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(piped.out().replace("<stdin>", Seeds.actualsFile("guangyang/2023").toString()))
                .isEqualTo(file.out());
    }

    @Test
    void targetsFromStandardInputAreLocatedAsStdin() throws IOException {
        String broken = Files.readString(Seeds.targetsFile("guangyang/2023")).replace("level1: 部门产出", "level1: 产品指标");
        Out o = run(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8), "score", "-", "--actuals",
                Seeds.actualsFile("guangyang/2023").toString());
        assertThat(o.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).containsPattern("(?m)^<stdin>:\\d+:\\d+: error KPI-0105: unknown 一级指标 '产品指标'");
    }

    @Test
    void aWorkbookFromStandardInputIsRecognisedByItsContentAndLocatedByCell() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> {
            Sheet s = wb.getSheet("部门整体");
            Seeds.cell(s, Seeds.rowOf(s, "维护数量"), TemplateLayout.ACTUAL).setCellValue("12..5个");
        });
        Out o = run(Files.readAllBytes(filled), "score", TARGETS, "--actuals", "-");
        assertThat(o.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.err()).startsWith("<stdin>:部门整体!E8: error KPI-0109: actual '12..5个'");
    }

    @Test
    void validateAndImportReadStandardInput() throws IOException {
        Out v = run(Files.readAllBytes(Seeds.actualsFile("guangyang/2023")), "validate", "-");
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("<stdin>  (actuals)", "<stdin>: info KPI-0315: not checked against targets: it was"
                + " read from standard input");
        Path disclosure = Seeds.ROOT.resolve("indicators/guangyang/2023/disclosure.txt");
        Out i = run(Files.readAllBytes(disclosure), "import", "-");
        Out f = run(new byte[0], "import", disclosure.toString());
        assertThat(i.code()).isZero();
        assertThat(i.out()).isEqualTo(f.out().replace("from disclosure.txt:", "from <stdin>:"));
    }

    @Test
    void standardInputIsReadOnce() {
        Out o = run("x: 1".getBytes(java.nio.charset.StandardCharsets.UTF_8), "score", "-", "--actuals", "-");
        assertThat(o.code()).isEqualTo(Main.USAGE);
        assertThat(o.err()).startsWith("jixiao: standard input (-) can be read only once in a command");
    }
}
