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
    /** The instructions sheet's lines before the list of tables: progress.instructions.line1…line11. */
    private static final int INSTRUCTION_LINES = 11;
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
        XSSFSheet guide = wb.createSheet(names.claim(WorkbookLabels.text("template.instructions.sheet")));
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
        Cells.text(s, TITLE_ROW, 0, WorkbookLabels.text("progress.heading", "year", targets.year(), "form",
                WorkbookLabels.text(t.kind() == TableKind.OVERALL ? "progress.form.overall" : "progress.form.project"),
                "table", t.name()), styles.title);
        s.getRow(TITLE_ROW).setHeightInPoints(30);

        Cells.text(s, DEPARTMENT_ROW, LABEL_COL, WorkbookLabels.text("label.department"), styles.label);
        Cells.merge(s, DEPARTMENT_ROW, DEPARTMENT_ROW, VALUE_COL, YEAR_LABEL_COL - 1, styles.text);
        Cells.text(s, DEPARTMENT_ROW, VALUE_COL, targets.department(), styles.text);
        Cells.text(s, DEPARTMENT_ROW, YEAR_LABEL_COL, WorkbookLabels.text("label.year"), styles.label);
        Cells.number(s, DEPARTMENT_ROW, YEAR_COL, BigDecimal.valueOf(targets.year()), styles.year);
        Cells.text(s, DEPARTMENT_ROW, MONTH_LABEL_COL, WorkbookLabels.text("progress.label.month"), styles.label);
        Cells.number(s, DEPARTMENT_ROW, MONTH_COL, null, styles.inputGeneral);
        monthValidation(s);

        Cells.text(s, TABLE_ROW, LABEL_COL, WorkbookLabels.text(t.kind() == TableKind.OVERALL ? "label.table"
                : "label.project"), styles.label);
        Cells.merge(s, TABLE_ROW, TABLE_ROW, VALUE_COL, YEAR_LABEL_COL - 1, styles.text);
        Cells.text(s, TABLE_ROW, VALUE_COL, t.name(), styles.text);
        if (t.code() != null && !t.code().isBlank()) {
            Cells.text(s, TABLE_ROW, YEAR_LABEL_COL, WorkbookLabels.text("label.code"), styles.label);
            Cells.merge(s, TABLE_ROW, TABLE_ROW, YEAR_COL, MONTH_COL, styles.text);
            Cells.text(s, TABLE_ROW, YEAR_COL, t.code(), styles.text);
        }

        BigDecimal budget = t.kind() == TableKind.OVERALL ? targets.budget() : t.budget();
        boolean budgetKnown = budget != null && budget.signum() > 0;
        Allocation allocation = PointAllocator.allocate(t, profile, budgetKnown);
        Map<String, BigDecimal> points = allocation.errors().isEmpty() ? allocation.points() : Map.of();
        Cells.text(s, BUDGET_ROW, LABEL_COL, WorkbookLabels.text("label.budget"), styles.label);
        Cells.number(s, BUDGET_ROW, BUDGET_COL, budget, styles.money);
        Cells.text(s, BUDGET_ROW, ADJUSTED_LABEL_COL, WorkbookLabels.text("progress.label.adjusted"), styles.label);
        Cells.number(s, BUDGET_ROW, ADJUSTED_COL, null, styles.inputMoney);
        Cells.text(s, BUDGET_ROW, SPENT_LABEL_COL, WorkbookLabels.text("progress.label.spent"), styles.label);
        Cells.number(s, BUDGET_ROW, SPENT_COL, null, styles.inputMoney);
        Cells.text(s, BUDGET_ROW, EXPECTED_LABEL_COL, WorkbookLabels.text("progress.label.expected"), styles.label);
        Cells.number(s, BUDGET_ROW, EXPECTED_COL, null, styles.inputMoney);
        for (int c : new int[] {ADJUSTED_COL, SPENT_COL, EXPECTED_COL}) {
            moneyValidation(s, c, s.getRow(BUDGET_ROW).getCell(c - 1).getStringCellValue());
        }

        Cells.merge(s, NOTE_ROW, NOTE_ROW, 0, HINT, styles.note);
        Cells.text(s, NOTE_ROW, 0, WorkbookLabels.text("progress.note", "profile", profile.name()), styles.note);
        s.getRow(NOTE_ROW).setHeightInPoints(44);

        for (int c = 0; c < HEADERS.size(); c++) {
            Cells.text(s, HEADER_ROW, c, header(c), styles.header);
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
                    WorkbookLabels.text("progress.prompt.likelihood", "words", String.join(" / ", LIKELIHOODS)));
            list(s, FIRST_INDICATOR_ROW, r - 1, REASON, REASONS, DataValidation.ErrorStyle.INFO,
                    WorkbookLabels.text("progress.prompt.reason", "words", String.join(" / ", REASONS)));
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
            Cells.text(s, r, HINT, unit.symbol().isEmpty()
                    ? WorkbookLabels.text("progress.hint.bare", "example", example)
                    : WorkbookLabels.text("progress.hint.unit", "unit", unit.symbol(), "example", example), styles.hint);
        } else {
            List<String> grades = ActualsTemplate.isRatingScale(target) ? TemplateLayout.RATING_GRADES
                    : TemplateLayout.ACHIEVEMENT_GRADES;
            Cells.text(s, r, CURRENT, null, styles.inputText);
            Cells.text(s, r, FORECAST, null, styles.inputText);
            Cells.text(s, r, HINT, WorkbookLabels.text("progress.hint.grades", "grades", String.join(" / ", grades)),
                    styles.hint);
            list(s, r, r, FORECAST, grades, DataValidation.ErrorStyle.WARNING,
                    WorkbookLabels.text("progress.prompt.grades", "grades", String.join(" / ", grades)));
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
        dv.createErrorBox(WorkbookLabels.text("template.list.errorTitle"), prompt);
        dv.setShowPromptBox(true);
        dv.createPromptBox(header(col), prompt);
        s.addValidationData(dv);
    }

    private static void monthValidation(XSSFSheet s) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidation dv = h.createValidation(h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "1", "12"), new CellRangeAddressList(DEPARTMENT_ROW, DEPARTMENT_ROW, MONTH_COL, MONTH_COL));
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.setShowErrorBox(true);
        String title = WorkbookLabels.text("progress.label.month");
        dv.createErrorBox(title, WorkbookLabels.text("progress.month.error"));
        dv.setShowPromptBox(true);
        dv.createPromptBox(title, WorkbookLabels.text("progress.month.prompt"));
        s.addValidationData(dv);
    }

    private static void moneyValidation(XSSFSheet s, int col, String header) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidation dv = h.createValidation(
                h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                new CellRangeAddressList(BUDGET_ROW, BUDGET_ROW, col, col));
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.setShowErrorBox(true);
        dv.createErrorBox(header, WorkbookLabels.text("progress.money.error"));
        dv.setShowPromptBox(true);
        dv.createPromptBox(header, WorkbookLabels.text("progress.money.prompt"));
        s.addValidationData(dv);
    }

    /** Column {@code c}'s header in the language of the run; the hidden columns' are data names. */
    private static String header(int c) {
        return c >= KEY ? HEADERS.get(c) : WorkbookLabels.text(COLUMN_LABELS.get(c));
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
        Cells.text(s, r, 1, WorkbookLabels.text("progress.instructions.heading", "department", targets.department(),
                "year", targets.year()), styles.title);
        s.getRow(r).setHeightInPoints(30);
        r += 2;
        String source = targets.file() == null || targets.file().isBlank() ? WorkbookLabels.text("template.source")
                : Path.of(targets.file()).getFileName().toString();
        String example = sheetNames.isEmpty() ? WorkbookLabels.text("label.project")
                : sheetNames.get(sheetNames.size() - 1);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(WorkbookLabels.text("progress.instructions.line1", "source", source));
        for (int n = 2; n < INSTRUCTION_LINES; n++) {
            lines.add(WorkbookLabels.text("progress.instructions.line" + n));
        }
        lines.add(WorkbookLabels.text("progress.instructions.line" + INSTRUCTION_LINES, "example", example));
        lines.add("");
        lines.add(WorkbookLabels.text("template.instructions.tables"));
        for (String line : lines) {
            Cells.text(s, r, 1, line, styles.note);
            Cells.fitHeight(s, r++, line, GUIDE_WIDTH);
        }
        for (int i = 0; i < tables.size(); i++) {
            Cell c = Cells.text(s, r++, 1, WorkbookLabels.text("template.instructions.table", "table",
                    tables.get(i).name(), "count", tables.get(i).indicators().size()), null);
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
