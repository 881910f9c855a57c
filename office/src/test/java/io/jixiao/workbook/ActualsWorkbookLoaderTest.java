package io.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.load.ActualsFiles;
import io.jixiao.load.LoadResult;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.TableActuals;
import io.jixiao.problem.Finding;
import io.jixiao.report.JsonReport;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Scorer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A filled template read back: the same actuals as the YAML, and every bad cell named sheet!cell. */
class ActualsWorkbookLoaderTest {

    static final List<String> SEEDS = Seeds.ALL;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MONITORING = "网络安全监测项目经费";

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("SEEDS")
    void aFilledTemplateScoresExactlyLikeTheYamlActuals(String seed) throws IOException {
        Path filled = Seeds.filledTemplate(seed, dir);
        DepartmentTargets t = Seeds.targets(seed);
        DepartmentActuals fromYaml = Seeds.actuals(seed);
        DepartmentActuals fromWorkbook = new ActualsWorkbookLoader().load(filled, false).orThrow();

        assertThat(fromWorkbook.department()).isEqualTo(fromYaml.department());
        assertThat(fromWorkbook.year()).isEqualTo(fromYaml.year());
        DepartmentScore yaml = Seeds.score(t, fromYaml);
        DepartmentScore workbook = Seeds.score(t, fromWorkbook);
        // Findings are placed where each file says it: file:line:col in YAML, sheet!cell in the workbook.
        assertThat(withoutLocations(JsonReport.render(workbook))).isEqualTo(withoutLocations(JsonReport.render(yaml)));
        assertThat(workbook.tables().stream().flatMap(x -> x.findings().stream())
                .filter(f -> f.location().known()).map(f -> f.location().toString()))
                .allMatch(l -> l.startsWith(filled.toString() + ":") && l.matches(".*![A-Z]+[0-9]+"));
    }

    @Test
    void findingsOfAWorkbookPointAtTheCell() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        DepartmentScore s = Seeds.score(Seeds.targets("guangyang/2023"), new ActualsWorkbookLoader().load(filled, false).orThrow());
        // 舆情信息监测时长 is the 3rd indicator of the project: row 7 + 2 = 9; 实际完成值 is column E.
        Finding completed = s.projects().get(0).findings().stream().filter(f -> f.code().equals("KPI-0305"))
                .findFirst().orElseThrow();
        assertThat(completed.location()).hasToString(filled + ":" + MONITORING + "!E9");
    }

    @Test
    void numbersTypedAsNumbersAreReadInTheTargetsUnit() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> {
            Sheet s = wb.getSheet(MONITORING);
            Seeds.cell(s, Seeds.rowOf(s, "全年监测舆情信息数量"), TemplateLayout.ACTUAL).setCellValue(18500);
            // typing 96% in Excel stores 0.96 with a percent format
            var percentCell = Seeds.cell(s, Seeds.rowOf(s, "重大舆情监控覆盖率"), TemplateLayout.ACTUAL);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            percentCell.setCellValue(0.96);
            percentCell.setCellStyle(percent);
            Sheet overall = wb.getSheet("部门整体");
            Seeds.cell(overall, Seeds.rowOf(overall, "网速达标率"), TemplateLayout.ACTUAL).setCellValue(93);
            Seeds.cell(overall, Seeds.rowOf(overall, "故障后响应时间"), TemplateLayout.ACTUAL).setCellValue("25");
            Seeds.cell(overall, TemplateLayout.BUDGET_ROW, TemplateLayout.SPENT_COL).setCellValue("2551000元");
        });
        DepartmentActuals a = new ActualsWorkbookLoader().load(filled, false).orThrow();
        TableActuals p = a.project(MONITORING).orElseThrow();
        assertThat(p.actuals().get("全年监测舆情信息数量").text()).isEqualTo("18500条");
        assertThat(p.actuals().get("重大舆情监控覆盖率").text()).isEqualTo("96%");
        assertThat(a.overall().actuals().get("网速达标率").text()).isEqualTo("93%");
        assertThat(a.overall().actuals().get("故障后响应时间").text()).as("a number typed as text too").isEqualTo("25分钟");
        assertThat(a.overall().spent()).isEqualByComparingTo("255.1");   // 2551000元 = 255.1万元
        assertThat(p.spent()).isEqualByComparingTo("19.6");
    }

    @Test
    void aCellThatDoesNotParseIsAnErrorNamingSheetAndCell() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> Seeds.cell(wb.getSheet(MONITORING), 6, TemplateLayout.ACTUAL).setCellValue("12..5条"));
        LoadResult<DepartmentActuals> r = new ActualsWorkbookLoader().load(filled, false);
        assertThat(r.ok()).isFalse();
        Finding f = r.findings().get(0);
        assertThat(f.code()).isEqualTo("KPI-0109");
        assertThat(f.location()).hasToString(filled + ":" + MONITORING + "!E7");
        assertThat(f.render()).startsWith(filled + ":网络安全监测项目经费!E7: error KPI-0109: actual '12..5条'");
    }

    @Test
    void datesTruthValuesAndFormulaErrorsAreNamedForWhatTheyAre() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> {
            Sheet s = wb.getSheet(MONITORING);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            var d = Seeds.cell(s, 6, TemplateLayout.ACTUAL);
            d.setCellValue(java.time.LocalDate.of(2023, 5, 1));
            d.setCellStyle(date);
            Seeds.cell(s, 7, TemplateLayout.ACTUAL).setCellValue(true);
            Seeds.cell(s, 8, TemplateLayout.ACTUAL).setCellErrorValue(FormulaError.DIV0.getCode());
        });
        List<Finding> errors = new ActualsWorkbookLoader().load(filled, false).findings();
        assertThat(errors).extracting(Finding::code).containsExactly("KPI-0182", "KPI-0182", "KPI-0182");
        assertThat(errors).extracting(f -> f.location().toString())
                .containsExactly(filled + ":" + MONITORING + "!E7", filled + ":" + MONITORING + "!E8",
                        filled + ":" + MONITORING + "!E9");
        assertThat(errors.get(0).message()).contains("a date (2023-05-01)");
        assertThat(errors.get(1).message()).contains("TRUE");
        assertThat(errors.get(2).message()).contains("#DIV/0!");
    }

    @Test
    void anEmptyActualIsAnErrorAtItsCellUnlessMissingActualsAreAllowed() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> Seeds.cell(wb.getSheet(MONITORING), 7, TemplateLayout.ACTUAL).setBlank());
        LoadResult<DepartmentActuals> strict = new ActualsWorkbookLoader().load(filled, false);
        assertThat(strict.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0186");
            assertThat(f.location()).hasToString(filled + ":" + MONITORING + "!E8");
            assertThat(f.message()).contains("重大舆情监控覆盖率");
        });
        DepartmentActuals lenient = new ActualsWorkbookLoader().load(filled, true).orThrow();
        DepartmentScore s = new Scorer(Seeds.rules(), Seeds.NATIONAL).score(Seeds.targets("guangyang/2023"), lenient, true);
        assertThat(s.projects().get(0).findings()).extracting(Finding::code).contains("KPI-0306");
    }

    @Test
    void aSpentCellThatIsNoAmountIsAnErrorAtE4() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> Seeds.cell(wb.getSheet(MONITORING), TemplateLayout.BUDGET_ROW, TemplateLayout.SPENT_COL)
                .setCellValue("约二十万"));
        assertThat(new ActualsWorkbookLoader().load(filled, false).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0116");
            assertThat(f.location()).hasToString(filled + ":" + MONITORING + "!E4");
        });
    }

    @Test
    void aChangedAdjustedBudgetIsTheBudgetOfTheYear() throws IOException {
        // 全年预算数 left at the 年初 20: execution 19.6/20 = 98%; changed to 19.6: 100% (docs/scoring.md#adjusted-budget)
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        DepartmentActuals left = new ActualsWorkbookLoader().load(filled, false).orThrow();
        assertThat(left.project(MONITORING).orElseThrow().adjustedBudget()).isEqualByComparingTo("20");
        assertThat(Seeds.score(Seeds.targets("guangyang/2023"), left).projects().get(0).budgetExecution().rate())
                .isEqualByComparingTo("98");
        Seeds.edit(filled, wb -> Seeds.cell(wb.getSheet(MONITORING), TemplateLayout.BUDGET_ROW, TemplateLayout.ADJUSTED_COL)
                .setCellValue(19.6));
        DepartmentActuals changed = new ActualsWorkbookLoader().load(filled, false).orThrow();
        assertThat(changed.project(MONITORING).orElseThrow().adjustedBudget()).isEqualByComparingTo("19.6");
        assertThat(Seeds.score(Seeds.targets("guangyang/2023"), changed).projects().get(0).budgetExecution().rate())
                .isEqualByComparingTo("100");
    }

    @Test
    void anAdjustedBudgetThatIsNoAmountIsAnErrorAtG4() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> Seeds.cell(wb.getSheet(MONITORING), TemplateLayout.BUDGET_ROW, TemplateLayout.ADJUSTED_COL)
                .setCellValue("调减"));
        assertThat(new ActualsWorkbookLoader().load(filled, false).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0116");
            assertThat(f.location()).hasToString(filled + ":" + MONITORING + "!G4");
        });
    }

    @Test
    void aCopiedTableSheetIsAnError() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> wb.cloneSheet(wb.getSheetIndex(MONITORING)));
        assertThat(new ActualsWorkbookLoader().load(filled, false).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0184");
            assertThat(f.message()).contains(MONITORING);
        });
    }

    @Test
    void aWorkbookNotMadeByTemplateIsNamedSo() throws IOException {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("实际完成值").createRow(0).createCell(0).setCellValue("全年监测舆情信息数量");
            wb.write(out);
        }
        assertThat(new ActualsWorkbookLoader().load(plain, false).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0181");
            assertThat(f.message()).contains("实际完成值");
        });
    }

    @Test
    void filesThatAreNoXlsxAreUnreadableWithTheReason() throws IOException {
        Path text = dir.resolve("actuals.xlsx");
        Files.writeString(text, "department: x\n");
        assertThat(new ActualsWorkbookLoader().load(text, false).findings()).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("KPI-0180"));

        Path old = dir.resolve("actuals.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(old)) {
            wb.createSheet("a");
            wb.write(out);
        }
        assertThat(ActualsFiles.load(old, false).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0180");
            assertThat(f.message()).contains(".xls");
        });
    }

    @Test
    void actualsFilesPicksTheReaderByExtension() throws IOException {
        Path filled = Seeds.filledTemplate("kaiping/2025", dir);
        assertThat(ActualsFiles.load(filled, false).orThrow().projects()).hasSize(3);
        assertThat(ActualsFiles.load(Seeds.actualsFile("kaiping/2025"), false).orThrow().projects()).hasSize(3);
        assertThat(ActualsWorkbookLoader.isWorkbook(Path.of("a/B.XLSX"))).isTrue();
        assertThat(ActualsWorkbookLoader.isWorkbook(Path.of("a/actuals.yaml"))).isFalse();
    }

    @Test
    void reasonsAreRead() throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> Seeds.cell(wb.getSheet("政务网络平台项目经费"), 6, TemplateLayout.REASON)
                .setCellValue("两处节点年中撤并"));
        TableActuals p = new ActualsWorkbookLoader().load(filled, false).orThrow().project("政务网络平台项目经费").orElseThrow();
        assertThat(p.reasons()).containsEntry("维护数量", "两处节点年中撤并");
        assertThat(p.spent()).isEqualTo(new BigDecimal("52.8"));
    }

    private static JsonNode withoutLocations(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        strip(root);
        return root;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("location");
        }
        n.forEach(ActualsWorkbookLoaderTest::strip);
    }
}
