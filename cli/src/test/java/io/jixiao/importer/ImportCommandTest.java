package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao import} as a user runs it: stdout or -o, --force, findings on stderr, coded errors, exit codes. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String seed(String name) {
        return Seeds.seed(name).text().toString();
    }

    @Test
    void withoutOutputTheYamlGoesToStdoutAndFindingsToStderr() {
        Run r = run("import", seed("luancheng"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith(TargetsYamlWriter.SCHEMA_LINE).contains("year: 2020");
        assertThat(r.err()).contains("luancheng/2020/disclosure.txt:148:1: warning KPI-0150: value '≥0100%'");
        assertThat(r.err()).doesNotContain("Log4j");
    }

    @Test
    void withOutputTheFileIsWrittenAndThenNotOverwrittenWithoutForce() throws IOException {
        Path out = dir.resolve("indicators/x/2023/targets.yaml");
        Run first = run("import", seed("guangyang"), "-o", out.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("wrote " + out + " (3 table(s), 29 indicator(s))");
        String written = Files.readString(out);
        assertThat(Seeds.errors(Seeds.load(out.toString(), written))).isEmpty();

        Run again = run("import", seed("kaiping"), "-o", out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("KPI-0140");
        assertThat(Files.readString(out)).isEqualTo(written);

        Run forced = run("import", seed("kaiping"), "-o", out.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(out)).contains("本级网络安全工作经费");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("targets.yaml");
        }
    }

    @Test
    void helpIsListedAndFormatsCleanly() {
        Run r = run("import", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: jixiao import", "(≥0100% stays, and is flagged)");
        assertThat(r.err()).doesNotContain("WARN");
        assertThat(run("--help").out()).contains("import");
    }

    @Test
    void aMissingFileIsACodedError() {
        Run r = run("import", dir.resolve("nope.docx").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("KPI-0112");
    }

    @Test
    void textThatIsNotADocxIsRefused() throws IOException {
        assertRefused("bad.docx", "这不是 Word 文件".getBytes(StandardCharsets.UTF_8), "KPI-0160");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hi".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused("zip.docx", bytes.toByteArray(), "KPI-0160");
    }

    @Test
    void aDocxWithoutTargetTableIsRefused() throws IOException {
        List<Block> blocks = List.of(new Para("部门预算收支总表", 1), new Table(List.of(
                new Row(List.of(new Cell("收入总计", 2), new Cell("100", 3), new Cell("支出总计", 4), new Cell("100", 5)), 2)),
                2));
        assertRefused("budget.docx", DocxBuilder.docx(blocks), "KPI-0164");
    }

    @Test
    void anEncryptedDocxIsRefused() throws IOException {
        byte[] plain = DocxBuilder.docx(TextExportReader.read("s", Files.readString(Seeds.seed("shifeng").text())).blocks());
        assertRefused("secret.docx", DocxBuilder.encrypted(plain, "jixiao"), "KPI-0161");
    }

    @Test
    void anOldBinaryWordFileIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "WordDocument");
            fs.writeFilesystem(bytes);
        }
        assertRefused("old.doc", bytes.toByteArray(), "KPI-0162");
    }

    @Test
    void binaryDataIsNotATextExport() throws IOException {
        assertRefused("data.txt", new byte[] {1, 0, 2, 0}, "KPI-0163");
    }

    private void assertRefused(String name, byte[] content, String code) throws IOException {
        Path in = dir.resolve(name);
        Files.write(in, content);
        Path out = dir.resolve("out.yaml");
        Run r = run("import", in.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(code).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(name);
        }
    }
}
