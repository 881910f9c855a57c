package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.workbook.Seeds;
import io.jixiao.workbook.TemplateLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** template → fill in → score/validate/report from the command line, as a finance officer runs them. */
class WorkbookCommandsTest {

    private static final String SEED = "guangyang/2023";

    @TempDir
    Path dir;

    @Test
    void templateWritesAWorkbookAndDoesNotOverwriteWithoutForce() throws IOException {
        Path out = dir.resolve("actuals.xlsx");
        String targets = Seeds.targetsFile(SEED).toString();
        Run first = Run.of("template", targets, "-o", out.toString());
        assertThat(first.code()).isZero();
        // 部门整体, two projects and the 部门整体支出绩效评价 sheet to fill in, after the 填写说明
        assertThat(first.err()).contains("wrote " + out).contains("4 sheets");
        try (XSSFWorkbook wb = Seeds.open(out)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
        }
        Run again = Run.of("template", targets, "-o", out.toString());
        assertThat(again.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(again.err()).contains("KPI-0140");
        assertThat(Run.of("template", targets, "-o", out.toString(), "--force").code()).isZero();
    }

    @Test
    void templateAndReportRefuseOutputsTheyCannotWrite() {
        Run t = Run.of("template", Seeds.targetsFile(SEED).toString(), "-o", dir.resolve("a.csv").toString());
        assertThat(t.code()).isEqualTo(Main.USAGE);
        assertThat(t.err()).contains("KPI-0190").contains("Maybe write -o " + dir.resolve("a.xlsx"));
        Run r = Run.of("report", Seeds.targetsFile(SEED).toString(), "--actuals", Seeds.actualsFile(SEED).toString(),
                "-o", dir.resolve("r.pdf").toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("KPI-0190").contains(".xlsx, .html");
        assertThat(Files.exists(dir.resolve("r.pdf"))).isFalse();
    }

    @Test
    void scoreTakesAFilledWorkbookWhereItTakesYaml() throws IOException {
        Path filled = Seeds.filledTemplate(SEED, dir);
        Run yaml = Run.of("score", Seeds.targetsFile(SEED).toString(), "--actuals", Seeds.actualsFile(SEED).toString(),
                "--format", "csv");
        Run workbook = Run.of("score", Seeds.targetsFile(SEED).toString(), "--actuals", filled.toString(),
                "--format", "csv");
        assertThat(workbook.code()).isZero();
        assertThat(workbook.out()).isEqualTo(yaml.out()).contains("90.78");
    }

    @Test
    void aBadCellFailsScoreAndValidateWithItsSheetAndCell() throws IOException {
        Path filled = Seeds.filledTemplate(SEED, dir);
        Seeds.edit(filled, wb -> Seeds.cell(wb.getSheet("网络安全监测项目经费"), 6, TemplateLayout.ACTUAL)
                .setCellValue("≥1期 1次 2次"));
        Run score = Run.of("score", Seeds.targetsFile(SEED).toString(), "--actuals", filled.toString());
        assertThat(score.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(score.err()).startsWith(filled + ":网络安全监测项目经费!E7: error KPI-0109").doesNotContain("Exception");
        Run validate = Run.of("validate", filled.toString());
        assertThat(validate.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(validate.out()).contains("网络安全监测项目经费!E7");
    }

    @Test
    void validateReadsTemplatesInAFolderAndLeavesOtherWorkbooksAlone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("guangyang"));
        Files.copy(Seeds.targetsFile(SEED), folder.resolve("targets.yaml"));
        Files.move(Seeds.filledTemplate(SEED, dir), folder.resolve("actuals.xlsx"));
        Run report = Run.of("report", folder.resolve("targets.yaml").toString(), "--actuals",
                folder.resolve("actuals.xlsx").toString(), "-o", folder.resolve("自评表.xlsx").toString());
        assertThat(report.code()).isZero();
        Run v = Run.of("validate", folder.toString());
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("actuals.xlsx  (actuals workbook").contains("targets.yaml  (targets")
                .doesNotContain("自评表.xlsx");
    }

    @Test
    void allowMissingLetsAPartlyFilledWorkbookScore() throws IOException {
        Path filled = Seeds.filledTemplate(SEED, dir);
        Seeds.edit(filled, wb -> Seeds.cell(wb.getSheet("部门整体"), 6, TemplateLayout.ACTUAL).setBlank());
        String[] args = {"score", Seeds.targetsFile(SEED).toString(), "--actuals", filled.toString()};
        Run strict = Run.of(args);
        assertThat(strict.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(strict.err()).contains("部门整体!E7: error KPI-0186");
        Run allowed = Run.of(args[0], args[1], args[2], args[3], "--allow-missing");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out()).contains("KPI-0306");
    }

    @Test
    void reportWritesTheHtmlReportWithTheEvaluationDateGivenAndNeverToday() throws IOException {
        String targets = Seeds.targetsFile(SEED).toString();
        String actuals = Seeds.actualsFile(SEED).toString();
        Path dated = dir.resolve("dated.html");
        Run r = Run.of("report", targets, "--actuals", actuals, "-o", dated.toString(), "--date", "2024-03-31");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("wrote " + dated);
        // the tests run in English: the date as English writes it, 3/31/2024 (Chinese: 2024年3月31日, HtmlReportTest)
        String html = Files.readString(dated);
        assertThat(html).contains("id=\"evaluation-date\">3/31/2024</span>").contains("id=\"department-score\">90.78");

        // without --date the line is left to be written by hand (jixiao never takes today's date)
        Path undated = dir.resolve("undated.html");
        assertThat(Run.of("report", targets, "--actuals", actuals, "-o", undated.toString()).code()).isZero();
        assertThat(Files.readString(undated)).contains("<span class=\"blank\" id=\"evaluation-date\">");

        // a date that is no date is a usage error, and nothing is written
        Path bad = dir.resolve("bad.html");
        Run wrong = Run.of("report", targets, "--actuals", actuals, "-o", bad.toString(), "--date", "2024-13-01");
        assertThat(wrong.code()).isEqualTo(Main.USAGE);
        assertThat(wrong.err()).contains("the value '2024-13-01' of --date is not right", "YYYY-MM-DD, e.g. 2024-03-31")
                .doesNotContain("Exception", "java.time");
        assertThat(Files.exists(bad)).isFalse();
    }
}
