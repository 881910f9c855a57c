package io.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import io.jixiao.problem.Language;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actuals template read back with POI: layout, numbers as numbers, locks, drop-downs of every grade word, notes,
 * sheet names never cut, in Chinese (the product's default; one test in English), the same bytes for the same targets.
 */
class ActualsTemplateTest {

    private static XSSFWorkbook guangyang;
    private static XSSFSheet monitoring;
    private static Language before;

    @BeforeAll
    static void write() throws IOException {
        before = Language.current();
        Language.use(Language.ZH);
        guangyang = Seeds.open(ActualsTemplate.write(Seeds.targets("guangyang/2023"), Seeds.NATIONAL));
        monitoring = guangyang.getSheet("网络安全监测项目经费");
    }

    @AfterAll
    static void restore() {
        Language.use(before);
    }

    @Test
    void oneSheetPerTableAfterTheInstructions() {
        List<String> names = new java.util.ArrayList<>();
        guangyang.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("填写说明", "部门整体", "网络安全监测项目经费", "政务网络平台项目经费",
                "部门整体支出绩效评价");
        // the 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): its own kind, no budget cells
        XSSFSheet sheet = guangyang.getSheet("部门整体支出绩效评价");
        assertThat(Seeds.text(sheet, TemplateLayout.MARKER_ROW, TemplateLayout.MARKER_COL))
                .isEqualTo("jixiao-actuals/1 evaluation");
        assertThat(Seeds.text(sheet, TemplateLayout.BUDGET_ROW, TemplateLayout.LABEL_COL)).contains("不计入部门得分");
        // a row with bands in % takes numbers in %; a row of choices of wording has them as a drop-down
        assertThat(Seeds.text(sheet, Seeds.rowOf(sheet, "重点支出安排率"), TemplateLayout.UNIT)).isEqualTo("%");
        assertThat(Seeds.text(sheet, Seeds.rowOf(sheet, "结转结余情况"), TemplateLayout.HINT))
                .contains("无结余 / 有结余，但不超过上年结转 / 结余超过上年结转");
        assertThat(sheet.getRow(Seeds.rowOf(sheet, "重点支出安排率")).getCell(TemplateLayout.POINTS)
                .getNumericCellValue()).isEqualTo(5.0);
        assertThat(Seeds.text(guangyang.getSheet("部门整体"), TemplateLayout.MARKER_ROW, TemplateLayout.MARKER_COL))
                .isEqualTo("jixiao-actuals/1 overall");
        assertThat(Seeds.text(monitoring, TemplateLayout.MARKER_ROW, TemplateLayout.MARKER_COL))
                .isEqualTo("jixiao-actuals/1 project");
    }

    @Test
    void headerCellsHoldDepartmentYearTableAndBudgetAsNumbers() {
        assertThat(monitoring.getRow(1).getCell(1).getStringCellValue())
                .isEqualTo("中共廊坊市广阳区委网络安全和信息化委员会办公室");
        Cell year = monitoring.getRow(1).getCell(TemplateLayout.YEAR_COL);
        assertThat(year.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(year.getNumericCellValue()).isEqualTo(2023.0);
        assertThat(monitoring.getRow(2).getCell(1).getStringCellValue()).isEqualTo("网络安全监测项目经费");
        Cell budget = monitoring.getRow(3).getCell(TemplateLayout.BUDGET_COL);
        assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(budget.getNumericCellValue()).isEqualTo(20.0);
        assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(budget.getCellStyle().getLocked()).isTrue();
        // the overall table's budget is the department's
        assertThat(guangyang.getSheet("部门整体").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(259.25);
    }

    @Test
    void spentIsAnUnlockedMoneyCellAcceptingOnlyNumbers() {
        Cell spent = monitoring.getRow(TemplateLayout.BUDGET_ROW).getCell(TemplateLayout.SPENT_COL);
        assertThat(spent.getCellStyle().getLocked()).isFalse();
        assertThat(spent.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        DataValidation v = validationAt(monitoring, TemplateLayout.BUDGET_ROW, TemplateLayout.SPENT_COL).orElseThrow();
        assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
        assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
    }

    @Test
    void theAdjustedBudgetIsAskedForAndStartsAtThe年初Figure() {
        // docs/scoring.md#adjusted-budget: F4 names 全年预算数, G4 holds the 年初 budget (20) as an unlocked money cell
        assertThat(Seeds.text(monitoring, TemplateLayout.BUDGET_ROW, TemplateLayout.ADJUSTED_LABEL_COL))
                .isEqualTo("全年预算数（万元）");
        Cell adjusted = monitoring.getRow(TemplateLayout.BUDGET_ROW).getCell(TemplateLayout.ADJUSTED_COL);
        assertThat(adjusted.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(adjusted.getNumericCellValue()).isEqualTo(20.0);
        assertThat(adjusted.getCellStyle().getLocked()).isFalse();
        DataValidation v = validationAt(monitoring, TemplateLayout.BUDGET_ROW, TemplateLayout.ADJUSTED_COL).orElseThrow();
        assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
        assertThat(guangyang.getSheet("部门整体").getRow(TemplateLayout.BUDGET_ROW).getCell(TemplateLayout.ADJUSTED_COL)
                .getNumericCellValue()).isEqualTo(259.25);
    }

    @Test
    void indicatorRowsCarryTheTargetsAndPointsAsNumbers() {
        assertThat(rowTexts(monitoring, TemplateLayout.HEADER_ROW)).containsExactly("一级指标", "二级指标", "三级指标",
                "年度指标值", "实际完成值", "偏差原因分析及改进措施", "分值", "绩效指标描述", "评（扣）分标准", "填写说明",
                "key", "unit", "points", "suggested");
        int r = TemplateLayout.FIRST_INDICATOR_ROW;
        assertThat(Seeds.text(monitoring, r, TemplateLayout.LEVEL1)).isEqualTo("产出指标");
        assertThat(Seeds.text(monitoring, r, TemplateLayout.LEVEL2)).isEqualTo("数量指标");
        assertThat(Seeds.text(monitoring, r, TemplateLayout.NAME)).isEqualTo("全年监测舆情信息数量");
        assertThat(Seeds.text(monitoring, r, TemplateLayout.TARGET)).isEqualTo("≥20000条");
        assertThat(Seeds.text(monitoring, r, TemplateLayout.KEY)).isEqualTo("全年监测舆情信息数量");
        assertThat(Seeds.text(monitoring, r, TemplateLayout.UNIT)).isEqualTo("条");
        // national profile, budget known: 产出 50 shared by 4 output indicators → 12.5 each;
        // 效益 30 by 3 → 10 each; 满意度 10 by 1 → 10; 预算执行 10.
        Cell points = monitoring.getRow(r).getCell(TemplateLayout.POINTS);
        assertThat(points.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(points.getNumericCellValue()).isEqualTo(12.5);
        assertThat(points.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        int outcome = Seeds.rowOf(monitoring, "提高经济效益");
        assertThat(monitoring.getRow(outcome).getCell(TemplateLayout.POINTS).getNumericCellValue()).isEqualTo(10.0);
        assertThat(Seeds.text(monitoring, Seeds.rowOf(monitoring, "重大舆情监控覆盖率"), TemplateLayout.UNIT))
                .isEqualTo("%");
    }

    @Test
    void onlyActualAndReasonCellsAreUnlockedAndTheSheetIsProtected() {
        assertThat(monitoring.getProtect()).isTrue();
        assertThat(monitoring.isFormatColumnsLocked()).isFalse();
        assertThat(monitoring.getCTWorksheet().getSheetProtection().isSetPassword())
                .as("no password: 审阅 → 撤销工作表保护 works without one").isFalse();
        for (int r = TemplateLayout.FIRST_INDICATOR_ROW; r <= monitoring.getLastRowNum(); r++) {
            for (int c = TemplateLayout.LEVEL1; c <= TemplateLayout.HINT; c++) {
                boolean editable = c == TemplateLayout.ACTUAL || c == TemplateLayout.REASON;
                assertThat(monitoring.getRow(r).getCell(c).getCellStyle().getLocked())
                        .as("row %d col %d", r + 1, c + 1).isEqualTo(!editable);
            }
        }
        assertThat(monitoring.isColumnHidden(TemplateLayout.KEY)).isTrue();
        assertThat(monitoring.isColumnHidden(TemplateLayout.UNIT)).isTrue();
    }

    @Test
    void gradeCellsOfferEveryGradeWordInADropDownAndMeasuredCellsANote() {
        int graded = Seeds.rowOf(monitoring, "提高经济效益");            // target 有效提高
        DataValidation list = validationAt(monitoring, graded, TemplateLayout.ACTUAL).orElseThrow();
        assertThat(list.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        // every grade word the README promises: 达成 / 部分达成 / 未达成 (or 优/良/中/差), and 不适用
        assertThat(list.getValidationConstraint().getExplicitListValues())
                .containsExactly("达成", "部分达成", "未达成", "优", "良", "中", "差", "不适用");
        assertThat(list.getErrorStyle()).as("部分达成 75% may still be typed").isEqualTo(DataValidation.ErrorStyle.WARNING);
        assertThat(list.getShowPromptBox()).isTrue();
        assertThat(monitoring.getRow(graded).getCell(TemplateLayout.ACTUAL).getCellStyle().getDataFormatString())
                .as("text cells: Excel keeps what is typed").isEqualTo("@");

        int measured = Seeds.rowOf(monitoring, "全年监测舆情信息数量");
        DataValidation note = validationAt(monitoring, measured, TemplateLayout.ACTUAL).orElseThrow();
        assertThat(note.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.ANY);
        assertThat(note.getPromptBoxText()).contains("单位：条");
        assertThat(Seeds.text(monitoring, measured, TemplateLayout.HINT)).contains("单位：条").contains("20000");
    }

    @Test
    void aRatingScaleTargetOffersTheRatingsFirst() throws IOException {
        XSSFWorkbook luancheng = Seeds.open(ActualsTemplate.write(Seeds.targets("luancheng/2020"), Seeds.NATIONAL));
        Sheet s = luancheng.getSheet("互联网专业培训");
        int row = Seeds.rowOf(s, "通过培训,弘扬主旋律");                   // target 优.良.中.差
        DataValidation list = validationAt((XSSFSheet) s, row, TemplateLayout.ACTUAL).orElseThrow();
        assertThat(list.getValidationConstraint().getExplicitListValues())
                .containsExactly("优", "良", "中", "差", "达成", "部分达成", "未达成", "不适用");
        // a target without a unit ("≥10"): a bare number stays bare
        assertThat(Seeds.text(s, Seeds.rowOf(s, "培训次数"), TemplateLayout.UNIT)).isEmpty();
    }

    @Test
    void theInstructionsLinkToEveryTableSheet() {
        Sheet guide = guangyang.getSheet("填写说明");
        List<String> links = new java.util.ArrayList<>();
        guide.forEach(row -> row.forEach(c -> {
            if (c.getHyperlink() != null) {
                links.add(c.getHyperlink().getAddress());
            }
        }));
        assertThat(links).containsExactly("'部门整体'!E7", "'网络安全监测项目经费'!E7", "'政务网络平台项目经费'!E7",
                "'部门整体支出绩效评价'!E7");
        assertThat(guide.getRow(0).getCell(1).getStringCellValue()).contains("中共廊坊市广阳区委网络安全和信息化委员会办公室");
    }

    @Test
    void sheetNamesAreNeverCutLongOnesAreNumberedWithTheFullNameInTheTitle(@TempDir Path dir) throws IOException {
        String longName = "网络安全/舆情监测:预警*体系建设和[工作]经费以及其他相关的信息化运维服务项目";   // 42 characters
        String exactly31 = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一";
        String odd = "网络/舆情:监测";
        Path targets = dir.resolve("targets.yaml");
        Files.writeString(targets, """
                department: 测试办
                year: 2024
                projects:
                  - name: %s一
                    budget: 10
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: 次数, target: "≥2次"}
                  - name: %s二
                    budget: 10
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: 次数, target: "≥2次"}
                  - name: %s
                    budget: 10
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: 次数, target: "≥2次"}
                  - name: "%s"
                    budget: 10
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: 次数, target: "≥2次"}
                """.formatted(longName, longName, exactly31, odd));
        XSSFWorkbook wb = Seeds.open(ActualsTemplate.write(io.jixiao.load.TargetsLoader.load(targets).orThrow(),
                Seeds.NATIONAL));
        List<String> names = new java.util.ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        // too long for Excel: numbered by the table's place; 31 characters fit whole; Excel's forbidden characters
        // become _ without cutting anything
        assertThat(names).containsExactly("填写说明", "表1", "表2", exactly31, "网络_舆情_监测");
        assertThat(names).noneMatch(n -> n.contains("…"));
        // the full name in the title row, and in the cell the reader takes it from
        assertThat(Seeds.text(wb.getSheetAt(2), TemplateLayout.TITLE_ROW, 0)).endsWith(longName + "二");
        assertThat(Seeds.text(wb.getSheetAt(2), TemplateLayout.TABLE_ROW, TemplateLayout.VALUE_COL)).isEqualTo(longName + "二");
        // the 填写说明 says which sheet holds which table
        List<String> guide = new java.util.ArrayList<>();
        wb.getSheetAt(0).forEach(row -> {
            if (row.getCell(1) != null) {
                guide.add(row.getCell(1).getStringCellValue());
            }
        });
        assertThat(guide).contains("  → " + longName + "一（工作表「表1」，1 项指标）", "  → " + exactly31 + "（1 项指标）");
    }

    @Test
    void theSameTargetsGiveTheSameBytes() {
        byte[] first = ActualsTemplate.write(Seeds.targets("guangyang/2023"), Seeds.NATIONAL);
        assertThat(ActualsTemplate.write(Seeds.targets("guangyang/2023"), Seeds.NATIONAL)).isEqualTo(first);
    }

    @Test
    void inEnglishTheWordsAreEnglishAndTheGradesStayTheWordsTheReaderTakes() throws IOException {
        Language.use(Language.EN);
        try {
            XSSFWorkbook wb = Seeds.open(ActualsTemplate.write(Seeds.targets("guangyang/2023"), Seeds.NATIONAL));
            assertThat(wb.getSheetName(0)).isEqualTo("How to fill in");
            XSSFSheet s = wb.getSheet("网络安全监测项目经费");
            assertThat(Seeds.text(s, TemplateLayout.HEADER_ROW, TemplateLayout.ACTUAL)).isEqualTo("Actual (实际完成值)");
            assertThat(validationAt(s, Seeds.rowOf(s, "提高经济效益"), TemplateLayout.ACTUAL).orElseThrow()
                    .getValidationConstraint().getExplicitListValues()).contains("达成", "未达成", "优");
        } finally {
            Language.use(Language.ZH);
        }
    }

    static Optional<DataValidation> validationAt(XSSFSheet s, int row, int col) {
        return s.getDataValidations().stream().map(DataValidation.class::cast)
                .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch((CellRangeAddress a) -> a.isInRange(row, col)))
                .findFirst();
    }

    private static List<String> rowTexts(Sheet s, int r) {
        List<String> texts = new java.util.ArrayList<>();
        s.getRow(r).forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
