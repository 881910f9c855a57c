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
import java.util.Optional;
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
 * 实际完成值 (a drop-down of every grade word on qualitative rows), 偏差原因分析及改进措施 and 全年执行数. A 填写说明
 * sheet comes first. The words are in the language of the run ({@link WorkbookLabels}); the layout is
 * {@link TemplateLayout}, and {@code load.ActualsWorkbookLoader} reads it back by place, whatever the language. The
 * same targets give the same bytes ({@link Cells#bytes}).
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
        return write(targets, profile, i -> java.util.Optional.empty());
    }

    /**
     * As {@link #write(DepartmentTargets, ScoringProfile)}, offering a 评（扣）分标准 where an indicator has none:
     * {@code suggested} gives one (the 指标库's, from the store), shown in the 评（扣）分标准 column as a suggestion in
     * the run's language ("建议（指标库 WX-0101）：…") — one the department may adopt in its targets, never used in
     * scoring.
     */
    public static byte[] write(DepartmentTargets targets, ScoringProfile profile,
                               java.util.function.Function<Indicator, java.util.Optional<Suggestion>> suggested) {
        ActualsTemplate t = new ActualsTemplate(targets, profile);
        t.suggested = suggested;
        return t.build();
    }

    private java.util.function.Function<Indicator, java.util.Optional<Suggestion>> suggested =
            i -> java.util.Optional.empty();

    /**
     * A 评（扣）分标准 the 指标库 offers for an indicator without one.
     *
     * @param library  the library entry's id, e.g. WX-0101
     * @param standard its 评（扣）分标准 as written there
     */
    public record Suggestion(String library, String standard) {
    }

    private byte[] build() {
        XSSFSheet guide = wb.createSheet(names.claim(WorkbookLabels.text("template.instructions.sheet")));
        List<IndicatorTable> tables = new java.util.ArrayList<>(targets.tables());
        if (targets.evaluation() != null) {
            tables.add(targets.evaluation()); // the 部门整体支出绩效评价 sheet, last (docs/scoring.md#evaluation)
        }
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
        Cells.text(s, TITLE_ROW, 0, WorkbookLabels.text("template.heading", "year", targets.year(), "table", t.name()),
                styles.title);
        s.getRow(TITLE_ROW).setHeightInPoints(30);

        Cells.text(s, DEPARTMENT_ROW, LABEL_COL, WorkbookLabels.text("label.department"), styles.label);
        Cells.merge(s, DEPARTMENT_ROW, DEPARTMENT_ROW, VALUE_COL, SPENT_COL, styles.text);
        Cells.text(s, DEPARTMENT_ROW, VALUE_COL, targets.department(), styles.text);
        Cells.text(s, DEPARTMENT_ROW, YEAR_LABEL_COL, WorkbookLabels.text("label.year"), styles.label);
        Cells.number(s, DEPARTMENT_ROW, YEAR_COL, BigDecimal.valueOf(targets.year()), styles.year);

        boolean evaluation = t.kind() == TableKind.EVALUATION;
        Cells.text(s, TABLE_ROW, LABEL_COL, WorkbookLabels.text(t.kind() == TableKind.OVERALL ? "label.table"
                : evaluation ? "label.evaluation" : "label.project"), styles.label);
        Cells.merge(s, TABLE_ROW, TABLE_ROW, VALUE_COL, SPENT_COL, styles.text);
        Cells.text(s, TABLE_ROW, VALUE_COL, t.name(), styles.text);
        if (t.code() != null && !t.code().isBlank()) {
            Cells.text(s, TABLE_ROW, YEAR_LABEL_COL, WorkbookLabels.text("label.code"), styles.label);
            Cells.merge(s, TABLE_ROW, TABLE_ROW, YEAR_COL, HINT - 1, styles.text);
            Cells.text(s, TABLE_ROW, YEAR_COL, t.code(), styles.text);
        }

        BigDecimal budget = t.kind() == TableKind.OVERALL ? targets.budget() : t.budget();
        boolean budgetKnown = budget != null && budget.signum() > 0;
        Allocation allocation = PointAllocator.allocate(t, profile, budgetKnown);
        Map<String, BigDecimal> points = allocation.errors().isEmpty() ? allocation.points() : Map.of();
        if (evaluation) {
            Cells.merge(s, BUDGET_ROW, BUDGET_ROW, LABEL_COL, HINT, styles.note);
            Cells.text(s, BUDGET_ROW, LABEL_COL, WorkbookLabels.text("template.evaluation.note"), styles.note);
        } else {
            budgetRow(s, budget, budgetKnown, allocation);
        }
        finishTable(s, t, points, evaluation);
    }

    private void budgetRow(XSSFSheet s, BigDecimal budget, boolean budgetKnown, Allocation allocation) {
        Cells.text(s, BUDGET_ROW, LABEL_COL, WorkbookLabels.text("label.budget"), styles.label);
        Cells.number(s, BUDGET_ROW, BUDGET_COL, budget, styles.money);
        Cells.merge(s, BUDGET_ROW, BUDGET_ROW, SPENT_LABEL_COL - 1, SPENT_LABEL_COL, styles.label);
        Cells.text(s, BUDGET_ROW, SPENT_LABEL_COL - 1, WorkbookLabels.text("label.spent"), styles.label);
        Cells.number(s, BUDGET_ROW, SPENT_COL, null, styles.inputMoney);
        spentValidation(s, SPENT_COL, WorkbookLabels.text("label.spent"), WorkbookLabels.text("template.spent.prompt"));
        // 全年预算数 (docs/scoring.md#adjusted-budget): the 年初 figure to start with, changed when the budget was adjusted
        Cells.text(s, BUDGET_ROW, ADJUSTED_LABEL_COL, WorkbookLabels.text("label.adjusted"), styles.label);
        Cells.number(s, BUDGET_ROW, ADJUSTED_COL, budget, styles.inputMoney);
        spentValidation(s, ADJUSTED_COL, WorkbookLabels.text("label.adjusted"),
                WorkbookLabels.text("template.adjusted.prompt"));
        Cells.merge(s, BUDGET_ROW, BUDGET_ROW, BUDGET_NOTE_COL, HINT, styles.note);
        Cells.text(s, BUDGET_ROW, BUDGET_NOTE_COL, budgetKnown
                ? WorkbookLabels.text("template.spent.note", "points", Numbers.text(allocation.budgetWeight()))
                : WorkbookLabels.text("template.spent.noBudget"), styles.note);
    }

    private void finishTable(XSSFSheet s, IndicatorTable t, Map<String, BigDecimal> points, boolean evaluation) {
        Cells.merge(s, NOTE_ROW, NOTE_ROW, 0, HINT, styles.note);
        Cells.text(s, NOTE_ROW, 0, WorkbookLabels.text("template.note", "profile", profile.name()), styles.note);
        s.getRow(NOTE_ROW).setHeightInPoints(32);

        for (int c = 0; c < COLUMNS.size(); c++) {
            Cells.text(s, HEADER_ROW, c, WorkbookLabels.text(COLUMNS.get(c)), styles.header);
        }
        for (int c = 0; c < TemplateLayout.HIDDEN_HEADERS.size(); c++) {
            Cells.text(s, HEADER_ROW, KEY + c, TemplateLayout.HIDDEN_HEADERS.get(c), styles.header);
        }
        Cells.text(s, MARKER_ROW, MARKER_COL, MARKER + " " + (t.kind() == TableKind.OVERALL ? OVERALL
                : evaluation ? EVALUATION : PROJECT), null);
        if (io.jixiao.profile.ProfileLoader.BUILT_IN.contains(profile.name())) {
            // validate of the filled workbook alone shares the points as the template did
            Cells.text(s, MARKER_ROW, PROFILE_COL, profile.name(), null);
        }
        if (t.kind() == TableKind.OVERALL && targets.projectBudget() != null) {
            Cells.text(s, MARKER_ROW, PROJECT_BUDGET_COL, targets.projectBudget().toPlainString(), null);
        }
        if (t.budgetPoints() != null) {
            Cells.text(s, MARKER_ROW, BUDGET_POINTS_COL, t.budgetPoints().toPlainString(), null);
        }

        int r = FIRST_INDICATOR_ROW;
        for (Indicator i : t.indicators()) {
            indicator(s, r, i, points.getOrDefault(i.key(), i.points()));
            Cells.fitRow(s, r++, VISIBLE);
        }
        s.setColumnHidden(KEY, true);
        s.setColumnHidden(UNIT, true);
        s.setColumnHidden(WRITTEN_POINTS, true);
        s.setColumnHidden(SUGGESTED, true);
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
        Optional<String> suggestion = i.deduction() != null ? Optional.empty() : suggested.apply(i)
                .map(sg -> WorkbookLabels.text("template.suggested", "library", sg.library(), "standard",
                        sg.standard()));
        Cells.text(s, r, DEDUCTION, i.deduction() != null ? i.deduction().text() : suggestion.orElse(""),
                styles.text);
        if (suggestion.isPresent()) {
            Cells.text(s, r, SUGGESTED, "1", null);
        }
        if (i.points() != null) {
            Cells.text(s, r, WRITTEN_POINTS, i.points().toPlainString(), null);
        }
        Cells.text(s, r, KEY, i.key(), null);
        Cells.text(s, r, REASON, null, styles.inputText);
        Value target = i.target();
        // the target's unit, or — on a score sheet's row without a number target — its 评分标准's (docs/scoring.md#evaluation)
        Unit unit = io.jixiao.model.StepUnits.scaleUnit(i);
        io.jixiao.model.PointStandard standard = i.deduction() == null ? null : i.deduction().standard();
        if (unit == null && standard instanceof io.jixiao.model.PointStandard.Choices c) {
            List<String> options = new java.util.ArrayList<>(c.options());
            options.add("不适用");
            Cells.text(s, r, ACTUAL, null, styles.inputText);
            Cells.text(s, r, HINT, WorkbookLabels.text("template.hint.choices", "options",
                    String.join(" / ", c.options())), styles.hint);
            gradeList(s, r, options);
        } else if (unit != null) {
            Cells.text(s, r, UNIT, unit.symbol(), null);
            Cells.text(s, r, ACTUAL, null, styles.inputGeneral);
            Cells.text(s, r, HINT, measuredHint(target, unit), styles.hint);
            prompt(s, r, unit.symbol().isEmpty() ? WorkbookLabels.text("template.prompt.bare")
                    : WorkbookLabels.text("template.prompt.unit", "unit", unit.symbol()));
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

    private static String measuredHint(Value target, Unit unit) {
        String example = target instanceof Quantity q ? q.amount().toPlainString()
                : target instanceof Range r ? r.low().toPlainString() : "85";
        return unit.symbol().isEmpty() ? WorkbookLabels.text("template.hint.bare", "example", example)
                : WorkbookLabels.text("template.hint.unit", "example", example, "unit", unit.symbol());
    }

    private static String gradeHint(List<String> grades) {
        return WorkbookLabels.text("template.hint.grades", "grades", String.join(" / ", grades));
    }

    private void gradeList(XSSFSheet s, int r, List<String> grades) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidationConstraint c = h.createExplicitListConstraint(grades.toArray(String[]::new));
        DataValidation dv = h.createValidation(c, new CellRangeAddressList(r, r, ACTUAL, ACTUAL));
        dv.setSuppressDropDownArrow(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        dv.setShowErrorBox(true);
        dv.createErrorBox(WorkbookLabels.text("template.list.errorTitle"), WorkbookLabels.text("template.list.error"));
        dv.setShowPromptBox(true);
        dv.createPromptBox(WorkbookLabels.text("column.actual"), gradeHint(grades));
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
        dv.createPromptBox(WorkbookLabels.text("column.actual"), text);
        s.addValidationData(dv);
    }

    /** An amount of 万元 at 0 or more in {@code col} of the budget row, with its prompt. */
    private static void spentValidation(XSSFSheet s, int col, String header, String prompt) {
        DataValidationHelper h = s.getDataValidationHelper();
        DataValidation dv = h.createValidation(
                h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                new CellRangeAddressList(BUDGET_ROW, BUDGET_ROW, col, col));
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.setShowErrorBox(true);
        dv.createErrorBox(header, WorkbookLabels.text("template.spent.error"));
        dv.setShowPromptBox(true);
        dv.createPromptBox(header, prompt);
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
        Cells.text(s, r, 1, WorkbookLabels.text("template.instructions.heading", "department", targets.department(),
                "year", targets.year()), styles.title);
        s.getRow(r).setHeightInPoints(30);
        r += 2;
        String source = targets.file() == null || targets.file().isBlank() ? WorkbookLabels.text("template.source")
                : Path.of(targets.file()).getFileName().toString();
        String example = sheetNames.isEmpty() ? WorkbookLabels.text("label.project")
                : sheetNames.get(sheetNames.size() - 1);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(WorkbookLabels.text("template.instructions.line1", "source", source));
        for (int i = 2; i <= 12; i++) {
            lines.add(WorkbookLabels.text("template.instructions.line" + i));
        }
        lines.add(WorkbookLabels.text("template.instructions.line13", "example", example));
        lines.add("");
        lines.add(WorkbookLabels.text("template.instructions.tables"));
        for (String line : lines) {
            Cells.text(s, r, 1, line, styles.note);
            Cells.fitHeight(s, r++, line, GUIDE_WIDTH);
        }
        for (int i = 0; i < tables.size(); i++) {
            String name = tables.get(i).name();
            int count = tables.get(i).indicators().size();
            Cell c = Cells.text(s, r++, 1, sheetNames.get(i).equals(name)
                    ? WorkbookLabels.text("template.instructions.table", "table", name, "count", count)
                    : WorkbookLabels.text("template.instructions.tableSheet", "table", name, "sheet", sheetNames.get(i),
                            "count", count), null);
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
