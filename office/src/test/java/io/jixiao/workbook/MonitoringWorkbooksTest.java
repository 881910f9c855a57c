package io.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.load.LoadResult;
import io.jixiao.load.ProgressFiles;
import io.jixiao.load.ProgressLoader;
import io.jixiao.load.Source;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.ProgressEntry;
import io.jixiao.model.TableKind;
import io.jixiao.model.TableProgress;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.Finding;
import io.jixiao.report.monitor.MonitorJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The monitoring workbooks: the 绩效监控表 template (jixiao template --monitoring) filled the way a department does and
 * read back as the YAML progress is — the same monitoring — with every bad cell named sheet!cell; and the filled
 * 绩效监控表 that jixiao monitor -o F.xlsx writes, its lights as cell colours, the same bytes every time.
 */
class MonitoringWorkbooksTest {

    static final List<String> SEEDS = Seeds.ALL;
    private static final String PROJECT = "网络安全监测项目经费";

    @TempDir
    Path dir;

    static Path progressFile(String seed) {
        return Seeds.ROOT.resolve("indicators/" + seed + "/progress-example.yaml");
    }

    static DepartmentProgress progress(String seed) {
        return ProgressLoader.load(Source.file(progressFile(seed))).orThrow();
    }

    /** The seed's 绩效监控表 with its progress-example typed in (numbers as text, as the YAML writes them). */
    Path filled(String seed) throws IOException {
        DepartmentProgress p = progress(seed);
        Path file = dir.resolve(seed.replace('/', '-') + "-监控表.xlsx");
        Files.write(file, ProgressTemplate.write(Seeds.targets(seed), Seeds.NATIONAL));
        Seeds.edit(file, wb -> {
            for (Sheet s : wb) {
                Optional<TableProgress> tp = tableOf(s, p);
                if (tp.isEmpty()) {
                    continue;
                }
                Seeds.cell(s, ProgressLayout.DEPARTMENT_ROW, ProgressLayout.MONTH_COL).setCellValue(p.month());
                Seeds.cell(s, ProgressLayout.BUDGET_ROW, ProgressLayout.SPENT_COL)
                        .setCellValue(tp.get().spentToDate().doubleValue());
                if (tp.get().expectedSpent() != null) {
                    Seeds.cell(s, ProgressLayout.BUDGET_ROW, ProgressLayout.EXPECTED_COL)
                            .setCellValue(tp.get().expectedSpent().doubleValue());
                }
                if (tp.get().adjustedBudget() != null) {
                    Seeds.cell(s, ProgressLayout.BUDGET_ROW, ProgressLayout.ADJUSTED_COL)
                            .setCellValue(tp.get().adjustedBudget().doubleValue());
                }
                for (int r = ProgressLayout.FIRST_INDICATOR_ROW; r <= s.getLastRowNum(); r++) {
                    ProgressEntry e = tp.get().indicators().get(Seeds.text(s, r, ProgressLayout.KEY));
                    if (e == null) {
                        continue;
                    }
                    set(s, r, ProgressLayout.CURRENT, e.current() == null ? null : e.current().text());
                    set(s, r, ProgressLayout.FORECAST, e.forecast() == null ? null : e.forecast().text());
                    set(s, r, ProgressLayout.LIKELIHOOD, e.likelihood() == null ? null : e.likelihood().word());
                    set(s, r, ProgressLayout.REASON, e.reason());
                    set(s, r, ProgressLayout.MEASURES, e.measures());
                }
            }
        });
        return file;
    }

    private static void set(Sheet s, int r, int c, String text) {
        if (text != null) {
            Seeds.cell(s, r, c).setCellValue(text);
        }
    }

    private static Optional<TableProgress> tableOf(Sheet s, DepartmentProgress p) {
        String marker = Seeds.text(s, ProgressLayout.MARKER_ROW, ProgressLayout.MARKER_COL);
        if (!marker.startsWith(ProgressLayout.MARKER)) {
            return Optional.empty();
        }
        if (marker.endsWith(TemplateLayout.OVERALL)) {
            return Optional.ofNullable(p.overall());
        }
        return p.project(Seeds.text(s, ProgressLayout.TABLE_ROW, ProgressLayout.VALUE_COL))
                .filter(t -> t.kind() == TableKind.PROJECT);
    }

    static Monitored monitor(String seed, Path progress) {
        return new Pipeline(Options.defaults()).monitor(Source.file(Seeds.targetsFile(seed)), Source.file(progress));
    }

    // ---- the template -------------------------------------------------------------------------------

    @Test
    void theTemplateSpeaksTheRunsLanguageAndReadsTheSame() throws IOException {
        // issue 14: in Chinese the sheet's words are the form's (ProgressLayout.HEADERS), in English translations;
        // the hidden columns and the marker are data, and either workbook, filled alike, monitors the same
        io.jixiao.problem.Language before = io.jixiao.problem.Language.current();
        try {
            io.jixiao.problem.Language.use(io.jixiao.problem.Language.ZH);
            XSSFWorkbook zh = Seeds.open(ProgressTemplate.write(Seeds.targets("guangyang/2023"), Seeds.NATIONAL));
            assertThat(zh.getSheetAt(0).getSheetName()).isEqualTo("填写说明");
            assertThat(headers(zh.getSheet(PROJECT))).containsExactlyElementsOf(ProgressLayout.HEADERS);
            assertThat(Seeds.text(zh.getSheet(PROJECT), ProgressLayout.TITLE_ROW, 0))
                    .isEqualTo("2023年度绩效运行监控 · 项目支出绩效监控表 · " + PROJECT);
            Path zhFilled = filled("guangyang/2023");
            io.jixiao.problem.Language.use(io.jixiao.problem.Language.EN);
            assertThat(withoutLocations(MonitorJson.render(monitor("guangyang/2023", zhFilled).monitoring())))
                    .isEqualTo(withoutLocations(MonitorJson.render(monitor("guangyang/2023",
                            progressFile("guangyang/2023")).monitoring())));
        } finally {
            io.jixiao.problem.Language.use(before);
        }
    }

    private static List<String> headers(XSSFSheet s) {
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < ProgressLayout.HEADERS.size(); c++) {
            headers.add(Seeds.text(s, ProgressLayout.HEADER_ROW, c));
        }
        return headers;
    }

    @Test
    void theTemplateHasOneLockedSheetPerTableWithTheFormsInputCells() throws IOException {
        XSSFWorkbook wb = Seeds.open(ProgressTemplate.write(Seeds.targets("guangyang/2023"), Seeds.NATIONAL));
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("How to fill in", "部门整体", PROJECT, "政务网络平台项目经费");
        XSSFSheet s = wb.getSheet(PROJECT);
        assertThat(Seeds.text(s, ProgressLayout.MARKER_ROW, ProgressLayout.MARKER_COL)).isEqualTo("jixiao-progress/1 project");
        // tests run in English: the visible headers are the labels' English, the hidden ones data names
        assertThat(headers(s)).startsWith("Level 1 (一级指标)", "Level 2 (二级指标)", "Indicator (三级指标)",
                "Target (年度指标值)", "Current value (当前完成值)").endsWith("How to fill in", "key", "unit");
        int r = ProgressLayout.FIRST_INDICATOR_ROW;
        assertThat(Seeds.text(s, r, ProgressLayout.TARGET)).isEqualTo("≥20000条");
        for (int c : new int[] {ProgressLayout.CURRENT, ProgressLayout.FORECAST, ProgressLayout.LIKELIHOOD,
                ProgressLayout.REASON, ProgressLayout.MEASURES}) {
            assertThat(s.getRow(r).getCell(c).getCellStyle().getLocked()).as("column " + c).isFalse();
        }
        assertThat(s.getRow(ProgressLayout.BUDGET_ROW).getCell(ProgressLayout.SPENT_COL).getCellStyle().getLocked())
                .isFalse();
        assertThat(s.getRow(ProgressLayout.DEPARTMENT_ROW).getCell(ProgressLayout.MONTH_COL).getCellStyle().getLocked())
                .isFalse();
        assertThat(s.getRow(r).getCell(ProgressLayout.TARGET).getCellStyle().getLocked()).isTrue();
        assertThat(s.getProtect()).isTrue();
        // 完成目标可能性 offers the form's three words
        DataValidation likelihood = s.getDataValidations().stream().filter(v -> v.getRegions().getCellRangeAddress(0)
                .getFirstColumn() == ProgressLayout.LIKELIHOOD).findFirst().orElseThrow();
        assertThat(likelihood.getValidationConstraint().getExplicitListValues())
                .containsExactly("确定能", "有可能", "完全不可能");
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void aFilledTemplateMonitorsExactlyLikeTheYamlProgress(String seed) throws IOException {
        Path workbook = filled(seed);
        Monitored fromWorkbook = monitor(seed, workbook);
        Monitored fromYaml = monitor(seed, progressFile(seed));
        assertThat(fromWorkbook.errors()).isEmpty();
        // the same lights, fractions, projections; findings at the sheet's cells instead of the YAML's lines
        assertThat(withoutLocations(MonitorJson.render(fromWorkbook.monitoring())))
                .isEqualTo(withoutLocations(MonitorJson.render(fromYaml.monitoring())));
        assertThat(fromWorkbook.findings()).filteredOn(f -> f.location().known())
                .allMatch(f -> f.location().toString().startsWith(workbook + ":")
                        || f.location().file().endsWith("targets.yaml"));
    }

    /**
     * The JSON without the findings' locations, each list of findings in the order of code and message: findings
     * are listed in the order of their places, and a sheet's columns (当前完成值 … 完成目标可能性 … 偏差原因) are not in
     * the order of the YAML line's keys and values.
     */
    private static JsonNode withoutLocations(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        normalise(root);
        return root;
    }

    private static void normalise(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("location");
            o.forEach(MonitoringWorkbooksTest::normalise);
            if (o.get("findings") instanceof ArrayNode a) {
                List<JsonNode> sorted = new ArrayList<>();
                a.forEach(sorted::add);
                sorted.sort(Comparator.comparing((JsonNode f) -> f.path("code").asText())
                        .thenComparing(f -> f.path("message").asText()));
                a.removeAll();
                sorted.forEach(a::add);
            }
        } else if (n instanceof ArrayNode a) {
            a.forEach(MonitoringWorkbooksTest::normalise);
        }
    }

    // ---- bad cells ----------------------------------------------------------------------------------

    record Bad(String name, int row, int column, String value, String code, String cell) {
    }

    static final List<Bad> BAD = List.of(
            new Bad("month-outside-1-12", ProgressLayout.DEPARTMENT_ROW, ProgressLayout.MONTH_COL, "13", "KPI-0601",
                    "I2"),
            new Bad("likelihood-not-in-the-list", ProgressLayout.FIRST_INDICATOR_ROW, ProgressLayout.LIKELIHOOD, "不可能",
                    "KPI-0602", "G7"),
            new Bad("spent-missing", ProgressLayout.BUDGET_ROW, ProgressLayout.SPENT_COL, "", "KPI-0607", "F4"),
            new Bad("value-not-readable", ProgressLayout.FIRST_INDICATOR_ROW, ProgressLayout.FORECAST, "12..5条",
                    "KPI-0109", "F7"),
            new Bad("spent-not-an-amount", ProgressLayout.BUDGET_ROW, ProgressLayout.SPENT_COL, "五十万", "KPI-0116", "F4"));

    @ParameterizedTest(name = "{0}")
    @FieldSource("BAD")
    void aBadCellIsACodedErrorAtItsCell(Bad bad) throws IOException {
        Path file = filled("guangyang/2023");
        Seeds.edit(file, wb -> {
            Cell c = Seeds.cell(wb.getSheet(PROJECT), bad.row(), bad.column());
            if (bad.value().isEmpty()) {
                c.setBlank();
            } else {
                c.setCellValue(bad.value());
            }
        });
        Monitored m = monitor("guangyang/2023", file);
        assertThat(m.ok()).isFalse();
        Finding f = m.errors().stream().filter(x -> x.code().equals(bad.code())).findFirst().orElseThrow(
                () -> new AssertionError("no " + bad.code() + " in " + m.errors()));
        assertThat(f.location()).hasToString(file + ":" + PROJECT + "!" + bad.cell());
    }

    @Test
    void whatIsMissingOnARowIsNamedAtTheCellToFillIn() throws IOException {
        // the first row of the project (全年监测舆情信息数量 ≥20000条) short of its target, with 完成目标可能性,
        // 偏差原因 and 纠偏措施 left blank: the derived 完成目标可能性 is noted at G7, the missing 偏差原因 at H7
        Path file = filled("guangyang/2023");
        int r = ProgressLayout.FIRST_INDICATOR_ROW;
        Seeds.edit(file, wb -> {
            Sheet s = wb.getSheet(PROJECT);
            Seeds.cell(s, r, ProgressLayout.FORECAST).setCellValue("15000条");
            Seeds.cell(s, r, ProgressLayout.LIKELIHOOD).setBlank();
            Seeds.cell(s, r, ProgressLayout.REASON).setBlank();
            Seeds.cell(s, r, ProgressLayout.MEASURES).setBlank();
        });
        Monitored m = monitor("guangyang/2023", file);
        assertThat(onRow(m, "KPI-0621", 7)).containsExactly(file + ":" + PROJECT + "!G7");
        assertThat(onRow(m, "KPI-0624", 7)).containsExactly(file + ":" + PROJECT + "!H7");
        // 偏差原因 written, 纠偏措施 not: the warning moves to I7 and says what is missing
        Seeds.edit(file, wb -> Seeds.cell(wb.getSheet(PROJECT), r, ProgressLayout.REASON).setCellValue("经费保障"));
        Monitored again = monitor("guangyang/2023", file);
        assertThat(onRow(again, "KPI-0624", 7)).containsExactly(file + ":" + PROJECT + "!I7");
        assertThat(again.findings()).filteredOn(f -> f.code().equals("KPI-0624") && f.location().toString()
                .endsWith("!I7")).singleElement().satisfies(f -> assertThat(f.message()).contains("no 纠偏措施"));
    }

    /** Where the findings of {@code code} on row {@code row} of the project's sheet are. */
    private static List<String> onRow(Monitored m, String code, int row) {
        assertThat(m.errors()).isEmpty();
        return m.findings().stream().filter(f -> f.code().equals(code))
                .map(f -> f.location().toString()).filter(l -> l.matches(".*" + PROJECT + "![A-Z]+" + row)).toList();
    }

    @Test
    void sheetsThatGiveDifferentMonthsAreAnError() throws IOException {
        Path file = filled("guangyang/2023");
        Seeds.edit(file, wb -> Seeds.cell(wb.getSheet(PROJECT), ProgressLayout.DEPARTMENT_ROW, ProgressLayout.MONTH_COL)
                .setCellValue(7));
        Finding f = monitor("guangyang/2023", file).errors().get(0);
        assertThat(f.code()).isEqualTo("KPI-0608");
        assertThat(f.location()).hasToString(file + ":" + PROJECT + "!I2");
        assertThat(f.message()).contains("month 7").contains("'部门整体' gives 6");
    }

    @Test
    void spendingAboveTheBudgetIsAWarningAtItsCell() throws IOException {
        // 网络安全监测项目经费 has a budget of 20万元: 25万元 spent by June is above it, a warning, not an error
        Path file = filled("guangyang/2023");
        Seeds.edit(file, wb -> Seeds.cell(wb.getSheet(PROJECT), ProgressLayout.BUDGET_ROW, ProgressLayout.SPENT_COL)
                .setCellValue(25));
        Monitored m = monitor("guangyang/2023", file);
        assertThat(onRow(m, "KPI-0625", 4)).containsExactly(file + ":" + PROJECT + "!F4");
        assertThat(m.findings()).filteredOn(f -> f.code().equals("KPI-0625")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(io.jixiao.problem.Severity.WARNING));
    }

    @Test
    void anActualsWorkbookGivenAsProgressIsNamedSo() throws IOException {
        Path actuals = Seeds.filledTemplate("guangyang/2023", dir);
        LoadResult<DepartmentProgress> r = ProgressFiles.load(Source.file(actuals));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0181");
            assertThat(f.message()).contains("jixiao template --monitoring");
        });
    }

    // ---- the filled 绩效监控表 ----------------------------------------------------------------------------

    @Test
    void theFilledFormShowsTheLightsAsCellColours() throws IOException {
        DepartmentMonitoring m = monitor("guangyang/2023", progressFile("guangyang/2023")).monitoring();
        XSSFWorkbook wb = Seeds.open(MonitoringWorkbook.write(m));
        assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary"); // tests run in English
        XSSFSheet s = wb.getSheet("政务网络平台项目经费");
        int header = -1;
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            if ("Light".equals(Seeds.text(s, r, MonitoringWorkbook.LIGHT))) {
                header = r;
                break;
            }
        }
        assertThat(header).isPositive();
        // 维护数量 72个 of ≥90个: f = 0.8 → yellow; 故障后响应时间 45分钟 of ≤30分钟: 30/45 → red
        Cell yellow = s.getRow(header + 1).getCell(MonitoringWorkbook.LIGHT);
        Cell red = s.getRow(header + 3).getCell(MonitoringWorkbook.LIGHT);
        assertThat(yellow.getStringCellValue()).isEqualTo("yellow");
        assertThat(red.getStringCellValue()).isEqualTo("red");
        assertThat(fill(yellow)).isEqualTo("FFEB9C");
        assertThat(fill(red)).isEqualTo("FFC7CE");
        assertThat(s.getRow(header + 1).getCell(6).getNumericCellValue()).isEqualTo(0.8);
    }

    @Test
    void theFilledFormIsInChineseWhenTheRunIs() throws IOException {
        // issue 14: the form's words (汇总, 灯, 黄灯, 项目支出绩效监控表) in Chinese; no English label left
        io.jixiao.problem.Language before = io.jixiao.problem.Language.current();
        try {
            io.jixiao.problem.Language.use(io.jixiao.problem.Language.ZH);
            DepartmentMonitoring m = monitor("guangyang/2023", progressFile("guangyang/2023")).monitoring();
            XSSFWorkbook wb = Seeds.open(MonitoringWorkbook.write(m));
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("汇总");
            XSSFSheet s = wb.getSheet("政务网络平台项目经费");
            assertThat(Seeds.text(s, 0, 0)).isEqualTo("项目支出绩效监控表");
            List<String> cells = new ArrayList<>();
            for (Sheet sheet : wb) {
                sheet.forEach(row -> row.forEach(c -> cells.add(c.toString())));
            }
            assertThat(cells).contains("灯", "黄灯", "红灯", "预计得分", "序时进度", "依据（规则与计算）")
                    .noneMatch(c -> c.matches(".*\\b(Light|Projected|Budget|Summary|yellow|red|green)\\b.*"));
        } finally {
            io.jixiao.problem.Language.use(before);
        }
    }

    private static String fill(Cell c) {
        byte[] rgb = ((XSSFCellStyle) c.getCellStyle()).getFillForegroundXSSFColor().getRGB();
        return String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }

    @Test
    void everyWorkbookIsTheSameBytesEveryTime() throws Exception {
        DepartmentMonitoring m = monitor("kaiping/2025", progressFile("kaiping/2025")).monitoring();
        byte[] first = MonitoringWorkbook.write(m);
        byte[] template = ProgressTemplate.write(Seeds.targets("kaiping/2025"), Seeds.NATIONAL);
        Thread.sleep(2100); // zip entry times have 2-second steps: a clock would show
        assertThat(MonitoringWorkbook.write(m)).isEqualTo(first);
        assertThat(ProgressTemplate.write(Seeds.targets("kaiping/2025"), Seeds.NATIONAL)).isEqualTo(template);
    }
}
