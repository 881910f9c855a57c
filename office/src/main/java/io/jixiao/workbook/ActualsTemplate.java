package io.jixiao.workbook;

import static io.jixiao.workbook.TemplateLayout.*;

import io.jixiao.load.Pairing;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableKind;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.Allocation;
import io.jixiao.scoring.PointAllocator;
import io.jixiao.value.Numbers;
import io.jixiao.value.Qualitative;
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
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code jixiao template}: an actuals workbook for one department to fill in. One sheet per table
 * (部门整体 first, then each project) with the targets locked and three kinds of yellow input cells:
 * 实际完成值 (drop-down of grades on qualitative rows), 未完成原因 and 全年执行数. A 填写说明 sheet
 * comes first. The layout is {@link TemplateLayout}; {@code load.ActualsWorkbookLoader} reads it back.
 */
public final class ActualsTemplate {

    private static final int GUIDE_WIDTH = 110;
    private static final int[] WIDTHS = {18, 12, 24, 14, 18, 24, 8, 30, 30, 40, 4, 4};
    /** Widths of the columns a person sees (the hidden key and unit columns hold long keys in narrow cells). */
    private static final int[] VISIBLE = java.util.Arrays.copyOf(WIDTHS, HINT + 1);

    private final DepartmentTargets targets;
    private final ScoringProfile profile;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Styles styles = new Styles(wb);
    private final SheetNames names = new SheetNames();

    private ActualsTemplate(DepartmentTargets targets, ScoringProfile profile) {
        this.targets = targets;
        this.profile = profile;
    }

    /**
     * The template workbook as .xlsx bytes. 分值 shows each indicator's points as {@code profile} shares them
     * when 全年执行数 is filled in (the 分值 written in the targets file where there is one).
     */
    public static byte[] write(DepartmentTargets targets, ScoringProfile profile) {
        return new ActualsTemplate(targets, profile).build();
    }

    private byte[] build() {
        XSSFSheet guide = wb.createSheet(names.claim(INSTRUCTIONS_SHEET));
        List<IndicatorTable> tables = targets.tables();
        List<String> sheetNames = tables.stream().map(t -> names.claim(t.name())).toList();
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
        Cells.text(s, TITLE_ROW, 0, targets.year() + "年度绩效自评 · 实际完成值填报 · " + t.name(), styles.title);
        s.getRow(TITLE_ROW).setHeightInPoints(30);

        Cells.text(s, DEPARTMENT_ROW, LABEL_COL, "部门名称", styles.label);
        Cells.merge(s, DEPARTMENT_ROW, DEPARTMENT_ROW, VALUE_COL, SPENT_COL, styles.text);
        Cells.text(s, DEPARTMENT_ROW, VALUE_COL, targets.department(), styles.text);
        Cells.text(s, DEPARTMENT_ROW, YEAR_LABEL_COL, "预算年度", styles.label);
        Cells.number(s, DEPARTMENT_ROW, YEAR_COL, BigDecimal.valueOf(targets.year()), styles.year);

        Cells.text(s, TABLE_ROW, LABEL_COL, t.kind() == TableKind.OVERALL ? "绩效目标表" : "项目名称", styles.label);
        Cells.merge(s, TABLE_ROW, TABLE_ROW, VALUE_COL, SPENT_COL, styles.text);
        Cells.text(s, TABLE_ROW, VALUE_COL, t.name(), styles.text);
        if (t.code() != null && !t.code().isBlank()) {
            Cells.text(s, TABLE_ROW, YEAR_LABEL_COL, "项目编码", styles.label);
            Cells.merge(s, TABLE_ROW, TABLE_ROW, YEAR_COL, HINT - 1, styles.text);
            Cells.text(s, TABLE_ROW, YEAR_COL, t.code(), styles.text);
        }

        BigDecimal budget = t.kind() == TableKind.OVERALL ? targets.budget() : t.budget();
        boolean budgetKnown = budget != null && budget.signum() > 0;
        Allocation allocation = PointAllocator.allocate(t, profile, budgetKnown);
        Map<String, BigDecimal> points = allocation.errors().isEmpty() ? allocation.points() : Map.of();
        Cells.text(s, BUDGET_ROW, LABEL_COL, "年初预算数（万元）", styles.label);
        Cells.number(s, BUDGET_ROW, BUDGET_COL, budget, styles.money);
        Cells.merge(s, BUDGET_ROW, BUDGET_ROW, SPENT_LABEL_COL - 1, SPENT_LABEL_COL, styles.label);
        Cells.text(s, BUDGET_ROW, SPENT_LABEL_COL - 1, SPENT_HEADER, styles.label);
        Cells.number(s, BUDGET_ROW, SPENT_COL, null, styles.inputMoney);
        spentValidation(s);
        Cells.merge(s, BUDGET_ROW, BUDGET_ROW, REASON, HINT, styles.note);
        Cells.text(s, BUDGET_ROW, REASON, budgetKnown ? "← 全年实际支出（万元），如 19.6。预算执行率占 "
                + Numbers.text(allocation.budgetWeight()) + " 分；不填则不计，其余分值按比例放大"
                : "← 预算数未知，预算执行率不计分；全年执行数可不填", styles.note);

        Cells.merge(s, NOTE_ROW, NOTE_ROW, 0, HINT, styles.note);
        Cells.text(s, NOTE_ROW, 0, "只填黄色单元格。实际完成值：数值按“填写说明”列的单位填（也可连单位写，如 18500条、96%、"
                + "0.5小时）；定性指标从下拉列表选择；本年度不适用的指标填“不适用”。其余内容是绩效目标，已锁定。"
                + "分值按评分方案 " + profile.name() + " 分配。", styles.note);
        s.getRow(NOTE_ROW).setHeightInPoints(32);

        for (int c = 0; c < HEADERS.size(); c++) {
            Cells.text(s, HEADER_ROW, c, HEADERS.get(c), styles.header);
        }
        Cells.text(s, MARKER_ROW, MARKER_COL, MARKER + " " + (t.kind() == TableKind.OVERALL ? OVERALL : PROJECT),
                null);

        int r = FIRST_INDICATOR_ROW;
        for (Indicator i : t.indicators()) {
            indicator(s, r, i, points.getOrDefault(i.key(), i.points()));
            Cells.fitRow(s, r++, VISIBLE);
        }
        s.setColumnHidden(KEY, true);
        s.setColumnHidden(UNIT, true);
        s.createFreezePane(0, FIRST_INDICATOR_ROW);
        print(s);
        s.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf((HEADER_ROW + 1) + ":" + (HEADER_ROW + 1)));
        protect(s);
    }

    private void indicator(XSSFSheet s, int r, Indicator i, BigDecimal points) {
        Cells.text(s, r, LEVEL1, i.level1(), styles.text);
        Cells.text(s, r, LEVEL2, i.level2(), styles.text);
        Cells.text(s, r, NAME, i.label(), styles.text);
        Cells.text(s, r, TARGET, i.targetText(), styles.center);
        Cells.number(s, r, POINTS, Numbers.round(points), styles.points);
        Cells.text(s, r, DESCRIPTION, i.description(), styles.text);
        Cells.text(s, r, DEDUCTION, i.deduction() == null ? "" : i.deduction().text(), styles.text);
        Cells.text(s, r, KEY, i.key(), null);
        Cells.text(s, r, REASON, null, styles.inputText);
        Value target = i.target();
        Unit unit = Pairing.unitOf(target);
        if (unit != null) {
            Cells.text(s, r, UNIT, unit.symbol(), null);
            Cells.text(s, r, ACTUAL, null, styles.inputGeneral);
            Cells.text(s, r, HINT, measuredHint(target, unit), styles.hint);
            prompt(s, r, "填数值（" + unitWord(unit) + "），也可连单位写；不适用填“不适用”");
        } else {
            List<String> grades = isRatingScale(target) ? RATING_GRADES : ACHIEVEMENT_GRADES;
            Cells.text(s, r, ACTUAL, null, styles.inputText);
            Cells.text(s, r, HINT, gradeHint(grades), styles.hint);
            gradeList(s, r, grades);
        }
    }

    static boolean isRatingScale(Value v) {
        return v instanceof Qualitative q && q.text().matches(".*优.*良.*");
    }

    private static String unitWord(Unit u) {
        return u.symbol().isEmpty() ? "无单位" : "单位：" + u.symbol();
    }

    private static String measuredHint(Value target, Unit unit) {
        String example = target instanceof Quantity q ? q.amount().toPlainString()
                : ((Range) target).low().toPlainString();
        String withUnit = unit.symbol().isEmpty() ? "" : "，或连单位写 " + example + unit.symbol();
        return "填数值（" + unitWord(unit) + "），如 " + example + withUnit + "；仅知已完成可填“完成”；不适用填“不适用”";
    }

    private static String gradeHint(List<String> grades) {
        String hint = "从下拉列表选择：" + String.join(" / ", grades);
        return grades.contains("部分达成") ? hint + "；部分达成可附百分比，如“部分达成 75%”" : hint;
    }

    private void gradeList(XSSFSheet s, int r, List<String> grades) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidationConstraint c = h.createExplicitListConstraint(grades.toArray(String[]::new));
        DataValidation dv = h.createValidation(c, new CellRangeAddressList(r, r, ACTUAL, ACTUAL));
        dv.setSuppressDropDownArrow(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        dv.setShowErrorBox(true);
        dv.createErrorBox("不在下拉列表中", "请从下拉列表选择。“部分达成”可附百分比，如“部分达成 75%”；确需其他写法请点“是”。");
        dv.setShowPromptBox(true);
        dv.createPromptBox(ACTUAL_HEADER, gradeHint(grades));
        s.addValidationData(dv);
    }

    private static void prompt(XSSFSheet s, int r, String text) {
        DataValidationHelper h = s.getDataValidationHelper();
        // "any value" with an input message: a note on the accepted formats that shows when the cell is selected
        DataValidation dv = h.createValidation(new XSSFDataValidationConstraint(
                DataValidationConstraint.ValidationType.ANY, DataValidationConstraint.OperatorType.IGNORED, null, null),
                new CellRangeAddressList(r, r, ACTUAL, ACTUAL));
        dv.setShowErrorBox(false);
        dv.setShowPromptBox(true);
        dv.createPromptBox(ACTUAL_HEADER, text);
        s.addValidationData(dv);
    }

    private static void spentValidation(XSSFSheet s) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidation dv = h.createValidation(
                h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                new CellRangeAddressList(BUDGET_ROW, BUDGET_ROW, SPENT_COL, SPENT_COL));
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.setShowErrorBox(true);
        dv.createErrorBox(SPENT_HEADER, "请填写以万元为单位的数字，如 19.6");
        dv.setShowPromptBox(true);
        dv.createPromptBox(SPENT_HEADER, "全年实际支出，万元，如 19.6；不填则不计预算执行率");
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
        Cells.text(s, r, 1, targets.department() + " · " + targets.year() + "年度绩效自评 · 实际完成值填报", styles.title);
        s.getRow(r).setHeightInPoints(30);
        r += 2;
        String source = targets.file() == null || targets.file().isBlank() ? "绩效目标文件"
                : Path.of(targets.file()).getFileName().toString();
        for (String line : List.of(
                "本工作簿由 jixiao template 根据 " + source + " 生成：每张绩效目标表（部门整体、各项目）一张工作表。",
                "只填黄色单元格：实际完成值、未完成原因（未达标时填写）、全年执行数（万元）。其余是绩效目标，已锁定"
                        + "（工作表保护没有密码，但请勿改动指标行和隐藏列，jixiao 靠它们对应指标）。",
                "实际完成值的写法：",
                "  · 数值：直接填数字，按该行“填写说明”列给出的单位计，如 18500、96；也可连单位写：18500条、2.15万条、96%、"
                        + "0.5小时、45分钟、19.6万元（单位须能换算成目标的单位）。",
                "  · 定性指标：从下拉列表选 达成 / 部分达成 / 未达成；部分达成可附百分比，如“部分达成 75%”（须在该等级的分数段内）；"
                        + "评级式指标选 优 / 良 / 中 / 差。",
                "  · 不适用：本年度不适用的指标填“不适用”，其分值剔除，该表总分按比例折算。",
                "  · 完成：计量指标只知道已完成时可填“完成”（视为达标，复核时会提示补填实测值）。",
                "全年执行数：以万元为单位的数字，如 19.6；不填则该表不计预算执行率得分。",
                "填好后：",
                "  jixiao validate 本文件.xlsx                                     检查填写",
                "  jixiao score targets.yaml --actuals 本文件.xlsx                  计算得分",
                "  jixiao report targets.yaml --actuals 本文件.xlsx -o 自评表.xlsx   生成项目支出绩效自评表（-o 自评报告.html 生成网页报告）",
                "出错时，提示会指出工作表和单元格，如 " + (sheetNames.isEmpty() ? "项目" : sheetNames.get(sheetNames.size() - 1))
                        + "!E7，改正后重新运行即可。",
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

    /**
     * Sheet protection without a password (审阅 → 撤销工作表保护 lifts it): locked cells cannot be typed
     * over by mistake; columns and rows can still be resized.
     */
    private static void protect(XSSFSheet s) {
        s.enableLocking();
        s.lockFormatColumns(false);
        s.lockFormatRows(false);
    }
}
