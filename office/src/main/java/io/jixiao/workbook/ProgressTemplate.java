package io.jixiao.workbook;

import static io.jixiao.workbook.ProgressLayout.*;

import io.jixiao.load.Pairing;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableKind;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.Allocation;
import io.jixiao.scoring.PointAllocator;
import io.jixiao.value.Numbers;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import io.jixiao.value.Value;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code jixiao template TARGETS --monitoring}: the 绩效监控表 a department fills in at a monitoring (绩效运行监控,
 * docs/guide.md#monitor), after the national platform's 项目支出绩效监控表 (财预〔2019〕136号). One sheet per table
 * (部门整体 first, then each project) with the targets locked and yellow cells for 监控截至月份, 调整后预算数,
 * 1–N月执行数, 全年预计执行数 and per indicator 当前完成值, 全年预计完成值, 完成目标可能性 (a drop-down), 偏差原因 (a
 * drop-down that takes own words) and 纠偏措施. The layout is {@link ProgressLayout}; {@link ProgressWorkbookLoader}
 * reads it back with the same cell-located errors as the actuals workbook.
 */
public final class ProgressTemplate {

    private static final int GUIDE_WIDTH = 110;
    private static final int[] WIDTHS = {16, 12, 24, 14, 14, 14, 14, 16, 24, 8, 26, 36, 4, 4};
    private static final int[] VISIBLE = java.util.Arrays.copyOf(WIDTHS, HINT + 1);

    private final DepartmentTargets targets;
    private final ScoringProfile profile;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Styles styles = new Styles(wb);
    private final SheetNames names = new SheetNames();

    private ProgressTemplate(DepartmentTargets targets, ScoringProfile profile) {
        this.targets = targets;
        this.profile = profile;
    }

    /** The template as .xlsx bytes; 分值 as {@code profile} shares them. */
    public static byte[] write(DepartmentTargets targets, ScoringProfile profile) {
        return new ProgressTemplate(targets, profile).build();
    }

    private byte[] build() {
        XSSFSheet guide = wb.createSheet(names.claim(INSTRUCTIONS_SHEET));
        List<IndicatorTable> tables = targets.tables();
        // a table's name as the sheet's when Excel allows it whole, else 表n: never cut (its full name is in row 3)
        List<String> sheetNames = new java.util.ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            sheetNames.add(names.claim(tables.get(i).name(), i + 1));
        }
        for (int i = 0; i < tables.size(); i++) {
            table(wb.createSheet(sheetNames.get(i)), tables.get(i));
        }
        instructions(guide, tables, sheetNames);
        return Cells.bytes(wb);
    }

    private void table(XSSFSheet s, IndicatorTable t) {
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Cells.merge(s, TITLE_ROW, TITLE_ROW, 0, HINT, styles.title);
        Cells.text(s, TITLE_ROW, 0, targets.year() + "年度绩效运行监控 · " + (t.kind() == TableKind.OVERALL
                ? "部门整体支出绩效监控表" : "项目支出绩效监控表") + " · " + t.name(), styles.title);
        s.getRow(TITLE_ROW).setHeightInPoints(30);

        Cells.text(s, DEPARTMENT_ROW, LABEL_COL, "部门名称", styles.label);
        Cells.merge(s, DEPARTMENT_ROW, DEPARTMENT_ROW, VALUE_COL, YEAR_LABEL_COL - 1, styles.text);
        Cells.text(s, DEPARTMENT_ROW, VALUE_COL, targets.department(), styles.text);
        Cells.text(s, DEPARTMENT_ROW, YEAR_LABEL_COL, "预算年度", styles.label);
        Cells.number(s, DEPARTMENT_ROW, YEAR_COL, BigDecimal.valueOf(targets.year()), styles.year);
        Cells.text(s, DEPARTMENT_ROW, MONTH_LABEL_COL, MONTH_HEADER, styles.label);
        Cells.number(s, DEPARTMENT_ROW, MONTH_COL, null, styles.inputGeneral);
        monthValidation(s);

        Cells.text(s, TABLE_ROW, LABEL_COL, t.kind() == TableKind.OVERALL ? "绩效目标表" : "项目名称", styles.label);
        Cells.merge(s, TABLE_ROW, TABLE_ROW, VALUE_COL, YEAR_LABEL_COL - 1, styles.text);
        Cells.text(s, TABLE_ROW, VALUE_COL, t.name(), styles.text);
        if (t.code() != null && !t.code().isBlank()) {
            Cells.text(s, TABLE_ROW, YEAR_LABEL_COL, "项目编码", styles.label);
            Cells.merge(s, TABLE_ROW, TABLE_ROW, YEAR_COL, MONTH_COL, styles.text);
            Cells.text(s, TABLE_ROW, YEAR_COL, t.code(), styles.text);
        }

        BigDecimal budget = t.kind() == TableKind.OVERALL ? targets.budget() : t.budget();
        boolean budgetKnown = budget != null && budget.signum() > 0;
        Allocation allocation = PointAllocator.allocate(t, profile, budgetKnown);
        Map<String, BigDecimal> points = allocation.errors().isEmpty() ? allocation.points() : Map.of();
        Cells.text(s, BUDGET_ROW, LABEL_COL, "年初预算数（万元）", styles.label);
        Cells.number(s, BUDGET_ROW, BUDGET_COL, budget, styles.money);
        Cells.text(s, BUDGET_ROW, ADJUSTED_LABEL_COL, ADJUSTED_HEADER, styles.label);
        Cells.number(s, BUDGET_ROW, ADJUSTED_COL, null, styles.inputMoney);
        Cells.text(s, BUDGET_ROW, SPENT_LABEL_COL, SPENT_HEADER, styles.label);
        Cells.number(s, BUDGET_ROW, SPENT_COL, null, styles.inputMoney);
        Cells.text(s, BUDGET_ROW, EXPECTED_LABEL_COL, EXPECTED_HEADER, styles.label);
        Cells.number(s, BUDGET_ROW, EXPECTED_COL, null, styles.inputMoney);
        for (int c : new int[] {ADJUSTED_COL, SPENT_COL, EXPECTED_COL}) {
            moneyValidation(s, c, s.getRow(BUDGET_ROW).getCell(c - 1).getStringCellValue());
        }

        Cells.merge(s, NOTE_ROW, NOTE_ROW, 0, HINT, styles.note);
        Cells.text(s, NOTE_ROW, 0, "只填黄色单元格。监控截至月份填数据截至的月份（1–12，如 6）；1–N月执行数必填（万元）；调整后预算数、"
                + "全年预计执行数无则不填。当前完成值、全年预计完成值按“填写说明”列的单位填（也可连单位写）；完成目标可能性从下拉列表选择，"
                + "选“有可能”或“完全不可能”时须填偏差原因和纠偏措施。其余内容是绩效目标，已锁定。分值按评分方案 " + profile.name()
                + " 分配。", styles.note);
        s.getRow(NOTE_ROW).setHeightInPoints(44);

        for (int c = 0; c < HEADERS.size(); c++) {
            Cells.text(s, HEADER_ROW, c, HEADERS.get(c), styles.header);
        }
        Cells.text(s, MARKER_ROW, MARKER_COL, MARKER + " " + (t.kind() == TableKind.OVERALL ? TemplateLayout.OVERALL
                : TemplateLayout.PROJECT), null);

        int r = FIRST_INDICATOR_ROW;
        for (Indicator i : t.indicators()) {
            indicator(s, r, i, points.getOrDefault(i.key(), i.points()));
            Cells.fitRow(s, r++, VISIBLE);
        }
        if (r > FIRST_INDICATOR_ROW) {
            list(s, FIRST_INDICATOR_ROW, r - 1, LIKELIHOOD, LIKELIHOODS, DataValidation.ErrorStyle.STOP,
                    "请从下拉列表选择：" + String.join(" / ", LIKELIHOODS) + "；不填则按灯推定");
            list(s, FIRST_INDICATOR_ROW, r - 1, REASON, REASONS, DataValidation.ErrorStyle.INFO,
                    "选择偏差原因的类别（" + String.join(" / ", REASONS) + "），也可自行填写说明");
        }
        s.setColumnHidden(KEY, true);
        s.setColumnHidden(UNIT, true);
        s.createFreezePane(0, FIRST_INDICATOR_ROW);
        print(s);
        s.setRepeatingRows(CellRangeAddress.valueOf((HEADER_ROW + 1) + ":" + (HEADER_ROW + 1)));
        protect(s);
    }

    private void indicator(XSSFSheet s, int r, Indicator i, BigDecimal points) {
        Cells.text(s, r, LEVEL1, i.level1(), styles.text);
        Cells.text(s, r, LEVEL2, i.level2(), styles.text);
        Cells.text(s, r, NAME, i.label(), styles.text);
        Cells.text(s, r, TARGET, i.targetText(), styles.center);
        Cells.number(s, r, POINTS, Numbers.round(points), styles.points);
        Cells.text(s, r, DEDUCTION, i.deduction() == null ? "" : i.deduction().text(), styles.text);
        Cells.text(s, r, KEY, i.key(), null);
        Cells.text(s, r, LIKELIHOOD, null, styles.inputText);
        Cells.text(s, r, REASON, null, styles.inputText);
        Cells.text(s, r, MEASURES, null, styles.inputText);
        Value target = i.target();
        Unit unit = Pairing.unitOf(target);
        if (unit != null) {
            Cells.text(s, r, UNIT, unit.symbol(), null);
            Cells.text(s, r, CURRENT, null, styles.inputGeneral);
            Cells.text(s, r, FORECAST, null, styles.inputGeneral);
            String example = target instanceof Quantity q ? q.amount().toPlainString()
                    : ((Range) target).low().toPlainString();
            Cells.text(s, r, HINT, "填数值（" + (unit.symbol().isEmpty() ? "无单位" : "单位：" + unit.symbol()) + "），如 "
                    + example + (unit.symbol().isEmpty() ? "" : "，或连单位写 " + example + unit.symbol())
                    + "；全年预计完成值是年底预计达到的值", styles.hint);
        } else {
            List<String> grades = ActualsTemplate.isRatingScale(target) ? TemplateLayout.RATING_GRADES
                    : TemplateLayout.ACHIEVEMENT_GRADES;
            Cells.text(s, r, CURRENT, null, styles.inputText);
            Cells.text(s, r, FORECAST, null, styles.inputText);
            Cells.text(s, r, HINT, "全年预计完成值从下拉列表选择：" + String.join(" / ", grades)
                    + "；当前完成值可选等级或写进展", styles.hint);
            list(s, r, r, FORECAST, grades, DataValidation.ErrorStyle.WARNING, "从下拉列表选择："
                    + String.join(" / ", grades));
        }
    }

    private static void list(XSSFSheet s, int first, int last, int col, List<String> words,
                             int errorStyle, String prompt) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidation dv = h.createValidation(h.createExplicitListConstraint(words.toArray(String[]::new)),
                new CellRangeAddressList(first, last, col, col));
        dv.setSuppressDropDownArrow(true);
        dv.setErrorStyle(errorStyle);
        dv.setShowErrorBox(true);
        dv.createErrorBox("不在下拉列表中", prompt);
        dv.setShowPromptBox(true);
        dv.createPromptBox(HEADERS.get(col), prompt);
        s.addValidationData(dv);
    }

    private static void monthValidation(XSSFSheet s) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidation dv = h.createValidation(h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "1", "12"), new CellRangeAddressList(DEPARTMENT_ROW, DEPARTMENT_ROW, MONTH_COL, MONTH_COL));
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.setShowErrorBox(true);
        dv.createErrorBox(MONTH_HEADER, "请填写 1 到 12 的月份，如 6（数据截至6月底）");
        dv.setShowPromptBox(true);
        dv.createPromptBox(MONTH_HEADER, "数据截至的月份，1–12，如 6");
        s.addValidationData(dv);
    }

    private static void moneyValidation(XSSFSheet s, int col, String header) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidation dv = h.createValidation(
                h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                new CellRangeAddressList(BUDGET_ROW, BUDGET_ROW, col, col));
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.setShowErrorBox(true);
        dv.createErrorBox(header, "请填写以万元为单位的数字，如 87.57");
        dv.setShowPromptBox(true);
        dv.createPromptBox(header, "万元，如 87.57");
        s.addValidationData(dv);
    }

    private static void print(XSSFSheet s) {
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
    }

    private void instructions(XSSFSheet s, List<IndicatorTable> tables, List<String> sheetNames) {
        s.setColumnWidth(0, 4 * 256);
        s.setColumnWidth(1, GUIDE_WIDTH * 256);
        int r = 0;
        Cells.text(s, r, 1, targets.department() + " · " + targets.year() + "年度绩效运行监控 · 绩效监控表", styles.title);
        s.getRow(r).setHeightInPoints(30);
        r += 2;
        String source = targets.file() == null || targets.file().isBlank() ? "绩效目标文件"
                : Path.of(targets.file()).getFileName().toString();
        for (String line : List.of(
                "本工作簿由 jixiao template --monitoring 根据 " + source + " 生成：每张绩效目标表（部门整体、各项目）一张工作表，"
                        + "按项目支出绩效监控表（财预〔2019〕136号）的栏目填写。",
                "只填黄色单元格：监控截至月份、调整后预算数、1–N月执行数、全年预计执行数，以及每个指标的当前完成值、全年预计完成值、"
                        + "完成目标可能性、偏差原因和纠偏措施。其余是绩效目标，已锁定（工作表保护没有密码，但请勿改动指标行和隐藏列）。",
                "  · 监控截至月份：数据截至的月份，1–12，每张表相同。",
                "  · 1–N月执行数：截至该月底的累计支出（万元），必填。调整后预算数：预算调整后的金额；全年预计执行数：预计全年支出。",
                "  · 当前完成值：截至该月底已完成的值；全年预计完成值：预计年底达到的值（监控按它评定指标灯并预计得分）。",
                "  · 完成目标可能性：确定能 / 有可能 / 完全不可能；不填则按指标灯推定。选“有可能”或“完全不可能”的，须填偏差原因"
                        + "（经费保障、制度保障、人员保障、硬件条件保障、其他）和纠偏措施。",
                "填好后：",
                "  jixiao validate 本文件.xlsx                                    检查填写",
                "  jixiao monitor targets.yaml --progress 本文件.xlsx               红黄绿灯、偏差和预计得分",
                "  jixiao monitor targets.yaml --progress 本文件.xlsx -o 监控结果.xlsx  生成标注灯色的绩效监控表（-o 监控.html 生成网页）",
                "出错时，提示会指出工作表和单元格，如 " + (sheetNames.isEmpty() ? "项目" : sheetNames.get(sheetNames.size() - 1))
                        + "!F4，改正后重新运行即可。",
                "",
                "本工作簿的表：")) {
            Cells.text(s, r, 1, line, styles.note);
            Cells.fitHeight(s, r++, line, GUIDE_WIDTH);
        }
        for (int i = 0; i < tables.size(); i++) {
            Cell c = Cells.text(s, r++, 1, "  → " + tables.get(i).name() + "（" + tables.get(i).indicators().size()
                    + " 项指标）", null);
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + sheetNames.get(i).replace("'", "''") + "'!E" + (FIRST_INDICATOR_ROW + 1));
            c.setHyperlink(link);
        }
        print(s);
        protect(s);
    }

    private static void protect(XSSFSheet s) {
        s.enableLocking();
        s.lockFormatColumns(false);
        s.lockFormatRows(false);
    }
}
