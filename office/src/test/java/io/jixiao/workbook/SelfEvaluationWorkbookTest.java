package io.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Language;
import io.jixiao.report.ScoredDepartment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 自评表 workbook read back with POI: layout, numbers as numbers with their formats, the justification, the words
 * of the 自评表 (in Chinese, the product's default; one test in English), 未达成 counted as 未达成, and the same bytes
 * for the same result.
 */
class SelfEvaluationWorkbookTest {

    private static XSSFWorkbook guangyang;
    private static Sheet monitoring;
    private static Language before;

    @BeforeAll
    static void write() throws IOException {
        before = Language.current();
        Language.use(Language.ZH);
        guangyang = Seeds.open(SelfEvaluationWorkbook.write(Seeds.scored("guangyang/2023")));
        monitoring = guangyang.getSheet("网络安全监测项目经费");
    }

    @AfterAll
    static void restore() {
        Language.use(before);
    }

    @Test
    void aSummarySheetThenOneSelfEvaluationTablePerTable() {
        assertThat(List.of(guangyang.getSheetName(0), guangyang.getSheetName(1), guangyang.getSheetName(2),
                guangyang.getSheetName(3))).containsExactly("汇总", "部门整体", "网络安全监测项目经费", "政务网络平台项目经费");
        assertThat(text(monitoring.getRow(0).getCell(0))).isEqualTo("项目支出绩效自评表");
        // the table's full name in the title block: a long one would have a numbered sheet
        assertThat(text(monitoring.getRow(1).getCell(0))).isEqualTo("网络安全监测项目经费（2023年度）");
        assertThat(text(guangyang.getSheet("部门整体").getRow(0).getCell(0))).isEqualTo("部门整体支出绩效自评表");
        assertThat(text(rowLabelled(monitoring, "项目名称").getCell(2))).isEqualTo("网络安全监测项目经费");
        assertThat(text(rowLabelled(monitoring, "主管部门").getCell(2)))
                .isEqualTo("中共廊坊市广阳区委网络安全和信息化委员会办公室");
    }

    @Test
    void theBudgetBlockHoldsNumbersWithMoneyAndPercentFormats() {
        Row header = rowLabelled(monitoring, "项目资金（万元）");
        assertThat(List.of(3, 4, 5, 6, 7, 8).stream().map(c -> text(header.getCell(c))))
                .containsExactly("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        Row r = rowLabelled(monitoring, "年度资金总额");
        number(r.getCell(3), 20.0, "#,##0.00");
        number(r.getCell(4), 20.0, "#,##0.00");
        number(r.getCell(5), 19.6, "#,##0.00");
        number(r.getCell(6), 10.0, "0.00");
        number(r.getCell(7), 0.98, "0.00%");     // 19.6 / 20 = 98%
        number(r.getCell(8), 9.8, "0.00");       // 10 × 0.98
        assertThat(text(rowLabelled(monitoring, "预算执行率评分").getCell(3))).contains("98.00%");
    }

    @Test
    void indicatorRowsShowTargetActualPointsScoreAndTheRuleThatScoredThem() {
        Row header = rowLabelled(monitoring, "一级指标");
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8).stream().map(c -> text(header.getCell(c))))
                .containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                        "偏差原因分析及改进措施", "评分依据（规则与计算）");
        Row count = indicatorRow(monitoring, "全年监测舆情信息数量");
        assertThat(text(count.getCell(3))).isEqualTo("≥20000条");
        assertThat(text(count.getCell(4))).isEqualTo("2.15万条");
        number(count.getCell(5), 12.5, "0.00");
        number(count.getCell(6), 12.5, "0.00");
        assertThat(text(count.getCell(8))).startsWith("达成｜正向指标（≥）：").contains("21500条 ≥ 目标20000条");

        Row partial = indicatorRow(monitoring, "提高经济效益");   // 部分达成 75% of 10 points
        number(partial.getCell(6), 7.5, "0.00");
        assertThat(text(partial.getCell(8))).startsWith("部分达成｜按等级计分：");

        Row na = indicatorRow(monitoring, "实现广阳区人民满意度");
        number(na.getCell(5), 10.0, "0.00");
        number(na.getCell(6), 0.0, "0.00");
        assertThat(text(na.getCell(8))).startsWith("不适用｜剔除折算：不适用：本项10.00分剔除");
    }

    @Test
    void totalAndGradeCloseTheTable() {
        Row total = rowLabelled(monitoring, "总分");
        number(total.getCell(5), 100.0, "0.00");
        // 12.5×4 + 7.5 + 10 + 10 + 0 (N/A) = 77.5; + 9.8 budget = 87.3; N/A drops 10 → 87.3 × 100 / 90 = 97.00
        number(total.getCell(6), 97.0, "0.00");
        assertThat(text(total.getCell(7))).contains("87.30×100/(100−10.00) = 97.00");
        Row grade = rowLabelled(monitoring, "自评等级");
        assertThat(text(grade.getCell(5))).isEqualTo("优");
        assertThat(text(grade.getCell(7))).contains("national").contains("优 ≥90");
    }

    @Test
    void equalLevelCellsAreMergedDownTheColumnAsInThePrintedForm() {
        int first = indicatorRow(monitoring, "全年监测舆情信息数量").getRowNum();
        int last = indicatorRow(monitoring, "全年舆情监测费用").getRowNum();
        assertThat(monitoring.getMergedRegions()).anySatisfy(m -> {
            assertThat(m.getFirstColumn()).isZero();
            assertThat(m.getFirstRow()).isEqualTo(first);
            assertThat(m.getLastRow()).isEqualTo(last);            // 产出指标 over its 4 rows
        });
    }

    @Test
    void theSummaryShowsTheDepartmentAndEveryTableAsNumbers() {
        Sheet s = guangyang.getSheet("汇总");
        // the overall table's score: 产出 48.44 + 效益 22.50 + 满意度 10 = 80.94 indicator points, + 预算执行
        // 10 × 255.1/259.25 (98.40%) = 9.84 → 90.78
        number(rowLabelled(s, "部门得分").getCell(1), 90.78, "0.00");
        assertThat(text(rowLabelled(s, "自评等级").getCell(1))).isEqualTo("优");
        assertThat(text(rowLabelled(s, "计算方法").getCell(1))).contains("部门整体表得分");
        Row project = rowLabelled(s, "网络安全监测项目经费");
        number(project.getCell(1), 20.0, "#,##0.00");
        number(project.getCell(2), 19.6, "#,##0.00");
        number(project.getCell(3), 0.98, "0.00%");
        number(project.getCell(4), 97.0, "0.00");
        assertThat(text(project.getCell(5))).isEqualTo("优");
        // 8 indicators: 6 达成, 1 部分达成 (部分达成 75%), 0 未达成, 1 不适用
        Row header = rowLabelled(s, "绩效目标表");
        assertThat(List.of(6, 7, 8, 9, 10).stream().map(c -> text(header.getCell(c))))
                .containsExactly("指标数", "达成", "部分达成", "未达成", "不适用");
        assertThat(List.of(6, 7, 8, 9, 10).stream().map(c -> project.getCell(c).getNumericCellValue()))
                .containsExactly(8.0, 6.0, 1.0, 0.0, 1.0);
        assertThat(project.getCell(0).getHyperlink().getAddress()).isEqualTo("'网络安全监测项目经费'!A1");
        assertThat(texts(s)).anyMatch(t -> t.startsWith("警告 KPI-0305："));
    }

    @Test
    void aNotAchievedGradeIsCountedAndLabelledNotAchieved() {
        // 政务网络平台项目经费: 有效提高广阳区经济质量 is 未达成 — it scores its default 30% (status partial), but the
        // 自评表 calls it 未达成 and the 汇总 counts it there: 2 达成, 5 部分达成, 1 未达成
        Row project = rowLabelled(guangyang.getSheet("汇总"), "政务网络平台项目经费");
        assertThat(List.of(6, 7, 8, 9, 10).stream().map(c -> project.getCell(c).getNumericCellValue()))
                .containsExactly(8.0, 2.0, 5.0, 1.0, 0.0);
        Sheet platform = guangyang.getSheet("政务网络平台项目经费");
        Row row = indicatorRow(platform, "有效提高广阳区经济质量");
        number(row.getCell(6), 3.0, "0.00");
        assertThat(text(row.getCell(8))).startsWith("未达成｜按等级计分：");
        // 总分 74.04 + 9.78 (52.8 of 全年预算数 54: 10 × 0.9778) = 83.82
        assertThat(texts(platform)).anyMatch(t -> t.startsWith("8项指标：达成2项，部分达成5项，未达成1项；总分83.82，自评等级良"));
    }

    @Test
    void reasonsTheDepartmentWroteAppearAsDeviationReasons(@TempDir Path dir) throws IOException {
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        Seeds.edit(filled, wb -> {
            Sheet s = wb.getSheet("政务网络平台项目经费");
            Seeds.cell(s, Seeds.rowOf(s, "维护数量"), TemplateLayout.REASON).setCellValue("两处节点年中撤并，明年调整指标值");
        });
        DepartmentTargets t = Seeds.targets("guangyang/2023");
        DepartmentActuals a = new ActualsWorkbookLoader().load(filled, false).orThrow();
        XSSFWorkbook wb = Seeds.open(SelfEvaluationWorkbook.write(new ScoredDepartment(t, a, Seeds.NATIONAL,
                Seeds.score(t, a))));
        Row row = indicatorRow(wb.getSheet("政务网络平台项目经费"), "维护数量");
        assertThat(text(row.getCell(4))).isEqualTo("72个");
        assertThat(text(row.getCell(7))).isEqualTo("两处节点年中撤并，明年调整指标值");
    }

    @Test
    void everySeedRendersWithNumericScoreCells() throws IOException {
        for (String seed : Seeds.ALL) {
            ScoredDepartment d = Seeds.scored(seed);
            XSSFWorkbook wb = Seeds.open(SelfEvaluationWorkbook.write(d));
            // 汇总, a sheet per table, and one for a 部门整体支出绩效评价 sheet (guangyang's)
            assertThat(wb.getNumberOfSheets()).isEqualTo(1 + d.score().tables().size()
                    + (d.score().evaluation() == null ? 0 : 1));
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                Row total = rowLabelled(s, "总分");
                var table = i - 1 < d.score().tables().size() ? d.score().tables().get(i - 1) : d.score().evaluation();
                assertThat(total.getCell(6).getNumericCellValue()).as(seed + " " + s.getSheetName())
                        .isEqualTo(table.score().setScale(2, java.math.RoundingMode.HALF_UP).doubleValue());
            }
        }
    }

    @Test
    void theSameResultGivesTheSameBytesWheneverItIsWritten() throws IOException {
        ScoredDepartment d = Seeds.scored("guangyang/2023");
        byte[] first = SelfEvaluationWorkbook.write(d);
        assertThat(SelfEvaluationWorkbook.write(d)).isEqualTo(first);
        // nothing from the clock: no creation date, every zip entry dated 1980-01-01 00:00
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(first))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
                if (e.getName().equals("docProps/core.xml")) {
                    assertThat(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                            .doesNotContain("created").contains("<dc:creator>jixiao</dc:creator>");
                }
            }
        }
        try (XSSFWorkbook wb = Seeds.open(first)) {
            assertThat(wb.getProperties().getCoreProperties().getCreated()).isNull();
        }
    }

    @Test
    void inEnglishTheLabelsAreEnglish() throws IOException {
        Language.use(Language.EN);
        try {
            XSSFWorkbook wb = Seeds.open(SelfEvaluationWorkbook.write(Seeds.scored("guangyang/2023")));
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            Sheet s = wb.getSheet("政务网络平台项目经费");
            assertThat(text(s.getRow(0).getCell(0))).startsWith("Project expenditure performance self-evaluation table");
            assertThat(text(indicatorRow(s, "有效提高广阳区经济质量").getCell(8))).startsWith("not achieved | grade: ");
            assertThat(text(rowLabelled(s, "Total (总分)").getCell(0))).isEqualTo("Total (总分)");
            assertThat(texts(wb.getSheet("Summary"))).contains("not achieved", "Department score");
        } finally {
            Language.use(Language.ZH);
        }
    }

    private static void number(Cell c, double value, String format) {
        assertThat(c.getCellType()).as("cell %s is a number", c.getAddress()).isEqualTo(CellType.NUMERIC);
        assertThat(c.getNumericCellValue()).as("cell %s", c.getAddress()).isEqualTo(value);
        assertThat(c.getCellStyle().getDataFormatString()).as("format of %s", c.getAddress()).isEqualTo(format);
    }

    private static String text(Cell c) {
        return c == null ? "" : c.getStringCellValue();
    }

    static Row rowLabelled(Sheet s, String label) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row labelled " + label + " on " + s.getSheetName());
    }

    static Row indicatorRow(Sheet s, String name) {
        for (Row r : s) {
            Cell c = r.getCell(SelfEvaluationWorkbook.NAME);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)
                    && r.getCell(SelfEvaluationWorkbook.SCORE) != null) {
                return r;
            }
        }
        throw new AssertionError("no indicator row " + name + " on " + s.getSheetName());
    }

    private static List<String> texts(Sheet s) {
        List<String> all = new java.util.ArrayList<>();
        s.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                all.add(c.getStringCellValue());
            }
        }));
        return all;
    }
}
