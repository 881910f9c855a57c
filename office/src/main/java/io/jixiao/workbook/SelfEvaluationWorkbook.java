package io.jixiao.workbook;

import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.report.Labels;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.scoring.Achievement;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code jixiao report … -o F.xlsx}: the 项目支出绩效自评表 of every table (部门整体 first, then each project)
 * after a 汇总 sheet for the department. Per table: 预算执行 block (年初预算数/全年预算数/全年执行数/分值/执行率/
 * 得分), 年度总体目标, one row per indicator (年度指标值/实际完成值/分值/得分/偏差原因分析及改进措施) with how it
 * was achieved (达成/部分达成/未达成/不适用), the rule and the arithmetic that scored it (评分依据), 总分 and 自评等级.
 * Numbers are numeric cells, rounded HALF_UP to 2 places as every jixiao report shows them; nothing is recomputed.
 * The words are in the language of the run ({@link WorkbookLabels}, the status labels {@link Labels}); a table
 * whose name is too long for a sheet name gets a numbered sheet, its full name in the title block. The same result
 * gives the same bytes ({@link Cells#bytes}).
 */
public final class SelfEvaluationWorkbook {

    /** Columns of a table sheet (0-based). */
    static final int LEVEL1 = 0;
    static final int LEVEL2 = 1;
    static final int NAME = 2;
    static final int TARGET = 3;
    static final int ACTUAL = 4;
    static final int POINTS = 5;
    static final int SCORE = 6;
    static final int REASON = 7;
    static final int BASIS = 8;
    static final int LAST = BASIS;

    /** Budget block: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 go in these columns. */
    static final int[] BUDGET_COLS = {3, 4, 5, 6, 7, 8};
    /** Label keys of the budget block's headers (WorkbookLabels). */
    static final List<String> BUDGET_HEADERS = List.of("eval.budget.start", "eval.budget.year", "eval.budget.spent",
            "eval.budget.points", "eval.budget.rate", "eval.budget.score");
    /** Label keys of the indicator rows' headers. */
    static final List<String> INDICATOR_HEADERS = List.of("column.level1", "column.level2", "column.name",
            "column.target", "column.actual", "column.points", "eval.column.score", "column.reason", "eval.column.basis");

    private static final int[] WIDTHS = {11, 11, 24, 14, 14, 10, 10, 26, 52};

    private final ScoredDepartment d;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Styles styles = new Styles(wb);
    private final Map<Achievement, CellStyle> scoreStyles = new EnumMap<>(Achievement.class);

    private SelfEvaluationWorkbook(ScoredDepartment d) {
        this.d = d;
        scoreStyles.put(Achievement.ACHIEVED, styles.points);
        scoreStyles.put(Achievement.PARTLY_ACHIEVED, styles.coloured(styles.points, Styles.rgb(0xB2, 0x5E, 0x00)));
        scoreStyles.put(Achievement.NOT_ACHIEVED, styles.coloured(styles.points, Styles.rgb(0xC6, 0x28, 0x28)));
        scoreStyles.put(Achievement.NOT_APPLICABLE, styles.coloured(styles.points, Styles.rgb(0x75, 0x75, 0x75)));
    }

    public static byte[] write(ScoredDepartment d) {
        return new SelfEvaluationWorkbook(d).build();
    }

    private byte[] build() {
        SheetNames names = new SheetNames();
        XSSFSheet summary = wb.createSheet(names.claim(WorkbookLabels.text("sheet.summary")));
        List<TableScore> tables = d.score().tables();
        List<String> sheetNames = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            String name = names.claim(tables.get(i).name(), i + 1);
            sheetNames.add(name);
            table(wb.createSheet(name), tables.get(i));
        }
        TableScore sheet = d.score().evaluation();
        String sheetName = null;
        if (sheet != null) {
            // the 部门整体支出绩效评价 score sheet, on its own sheet (docs/scoring.md#evaluation)
            sheetName = names.claim(sheet.name(), tables.size() + 1);
            table(wb.createSheet(sheetName), sheet);
        }
        summary(summary, tables, sheetNames, sheet, sheetName);
        return Cells.bytes(wb);
    }

    // ---- one 自评表 per table -----------------------------------------------------------------------

    private void table(XSSFSheet s, TableScore t) {
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        boolean overall = t.kind() == TableKind.OVERALL;
        boolean evaluation = t.kind() == TableKind.EVALUATION;
        DepartmentScore ds = d.score();
        int r = 0;
        Cells.merge(s, r, r, 0, LAST, styles.title);
        Cells.text(s, r, 0, evaluation ? WorkbookLabels.text("eval.title.evaluation", "table", t.name())
                : WorkbookLabels.text(overall ? "eval.title.overall" : "eval.title.project"), styles.title);
        s.getRow(r).setHeightInPoints(30);
        r++;
        // the table's full name in the title block, whatever its sheet is called (a long name gets a numbered sheet)
        Cells.merge(s, r, r, 0, LAST, styles.subtitle);
        Cells.text(s, r, 0, WorkbookLabels.text("eval.subtitle", "table", t.name(), "year", ds.year()), styles.subtitle);
        r++;
        r = labelled(s, r, WorkbookLabels.text(overall || evaluation ? "label.department" : "label.project"),
                overall || evaluation ? ds.department() : t.name());
        if (evaluation) {
            r = labelled(s, r, WorkbookLabels.text("eval.evaluation.label"), WorkbookLabels.text("eval.evaluation.note"));
        } else {
            if (!overall) {
                r = labelled(s, r, WorkbookLabels.text("eval.owner"), ds.department());
            }
            r = budget(s, r, t, overall);
            r = goals(s, r, t);
        }

        for (int c = 0; c < INDICATOR_HEADERS.size(); c++) {
            Cells.text(s, r, c, WorkbookLabels.text(INDICATOR_HEADERS.get(c)), styles.header);
        }
        int headerRow = r++;
        Map<String, String> reasons = d.reasons(t);
        int first = r;
        for (IndicatorScore i : t.indicators()) {
            indicator(s, r, i, reasons.get(i.key()));
            Cells.fitRow(s, r++, WIDTHS);
        }
        mergeRuns(s, first, r - 1, LEVEL1);
        mergeRuns(s, first, r - 1, LEVEL2);

        Cells.merge(s, r, r, 0, ACTUAL, styles.totalLabel);
        Cells.text(s, r, 0, WorkbookLabels.text("eval.total"), styles.totalLabel);
        Cells.number(s, r, POINTS, BigDecimal.valueOf(100), styles.totalPoints);
        Cells.number(s, r, SCORE, Numbers.round(t.score()), styles.totalPoints);
        Cells.merge(s, r, r, REASON, LAST, styles.totalText);
        Cells.text(s, r, REASON, t.explanation(), styles.totalText);
        Cells.fitHeight(s, r, t.explanation(), width(REASON, LAST));
        r++;
        Cells.merge(s, r, r, 0, ACTUAL, styles.totalLabel);
        Cells.text(s, r, 0, WorkbookLabels.text("eval.grade"), styles.totalLabel);
        Cells.merge(s, r, r, POINTS, SCORE, styles.totalText);
        Cells.text(s, r, POINTS, t.grade(), styles.totalText);
        Cells.merge(s, r, r, REASON, LAST, styles.totalText);
        Cells.text(s, r, REASON, WorkbookLabels.text("eval.profile", "profile", ds.profile(), "thresholds", thresholds()),
                styles.totalText);
        r++;
        r = findings(s, r + 1, t.findings());

        s.createFreezePane(0, headerRow + 1);
        print(s, headerRow);
    }

    private int labelled(XSSFSheet s, int r, String label, String value) {
        Cells.merge(s, r, r, 0, LEVEL2, styles.label);
        Cells.text(s, r, 0, label, styles.label);
        Cells.merge(s, r, r, NAME, LAST, styles.text);
        Cells.text(s, r, NAME, value, styles.text);
        return r + 1;
    }

    private int budget(XSSFSheet s, int r, TableScore t, boolean overall) {
        Cells.merge(s, r, r, 0, NAME, styles.header);
        Cells.text(s, r, 0, WorkbookLabels.text(overall ? "eval.funds.overall" : "eval.funds.project"), styles.header);
        for (int i = 0; i < BUDGET_COLS.length; i++) {
            Cells.text(s, r, BUDGET_COLS[i], WorkbookLabels.text(BUDGET_HEADERS.get(i)), styles.header);
        }
        r++;
        Cells.merge(s, r, r, 0, NAME, styles.label);
        Cells.text(s, r, 0, WorkbookLabels.text("eval.funds.total"), styles.label);
        BudgetExecution be = t.budgetExecution();
        // 年初预算数 from the targets, 全年预算数 the budget of the year (the actuals' adjusted one when given)
        Cells.number(s, r, BUDGET_COLS[0], Numbers.round(t.initialBudget()), styles.money);
        Cells.number(s, r, BUDGET_COLS[1], Numbers.round(t.budget()), styles.money);
        Cells.number(s, r, BUDGET_COLS[2], Numbers.round(t.spent()), styles.money);
        Cells.number(s, r, BUDGET_COLS[3], be == null ? null : Numbers.round(be.points()), styles.points);
        Cells.number(s, r, BUDGET_COLS[4], be == null ? null : Numbers.round(be.rate()).movePointLeft(2), styles.percent);
        Cells.number(s, r, BUDGET_COLS[5], be == null ? null : Numbers.round(be.score()), styles.points);
        r++;
        Cells.merge(s, r, r, 0, NAME, styles.label);
        Cells.text(s, r, 0, WorkbookLabels.text("eval.budget.scoring"), styles.label);
        Cells.merge(s, r, r, TARGET, LAST, styles.text);
        String why = be == null ? WorkbookLabels.text("eval.budget.unknown") : be.explanation();
        Cells.text(s, r, TARGET, why, styles.text);
        Cells.fitHeight(s, r, why, width(TARGET, LAST));
        return r + 1;
    }

    private int goals(XSSFSheet s, int r, TableScore t) {
        List<String> goals = d.table(t).map(IndicatorTable::goals).orElse(List.of());
        Cells.merge(s, r, r + 1, 0, LEVEL2, styles.label);
        Cells.text(s, r, 0, WorkbookLabels.text("eval.goals"), styles.label);
        Cells.merge(s, r, r, NAME, SCORE, styles.header);
        Cells.text(s, r, NAME, WorkbookLabels.text("eval.goals.expected"), styles.header);
        Cells.merge(s, r, r, REASON, LAST, styles.header);
        Cells.text(s, r, REASON, WorkbookLabels.text("eval.goals.actual"), styles.header);
        r++;
        Cells.merge(s, r, r, NAME, SCORE, styles.text);
        String goalText = goals.isEmpty() ? WorkbookLabels.text("eval.goals.none") : String.join("\n", goals);
        Cells.text(s, r, NAME, goalText, styles.text);
        Cells.merge(s, r, r, REASON, LAST, styles.text);
        Cells.text(s, r, REASON, outcome(t), styles.text);
        Cells.fitHeight(s, r, goalText, width(NAME, SCORE));
        Cells.fitHeight(s, r, outcome(t), width(REASON, LAST));
        return r + 1;
    }

    /** "9项指标：达成6项，部分达成2项，不适用1项；总分99.50，自评等级优" — counts of how the lines were achieved. */
    static String outcome(TableScore t) {
        Map<Achievement, Integer> counts = new EnumMap<>(Achievement.class);
        t.indicators().forEach(i -> counts.merge(i.achievement(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Achievement a : Achievement.values()) {
            if (counts.containsKey(a)) {
                parts.add(WorkbookLabels.text("eval.outcome.part", "status", Labels.achievement(a), "count", counts.get(a)));
            }
        }
        return WorkbookLabels.text("eval.outcome", "count", t.indicators().size(), "parts",
                String.join(WorkbookLabels.text("eval.separator"), parts), "score", Numbers.text(t.score()), "grade",
                t.grade());
    }

    private void indicator(XSSFSheet s, int r, IndicatorScore i, String reason) {
        Cells.text(s, r, LEVEL1, i.level1(), styles.center);
        Cells.text(s, r, LEVEL2, i.level2(), styles.center);
        Cells.text(s, r, NAME, i.name(), styles.text);
        Cells.text(s, r, TARGET, i.target(), styles.center);
        Cells.text(s, r, ACTUAL, i.actual(), styles.center);
        Cells.number(s, r, POINTS, Numbers.round(i.points()), styles.points);
        Cells.number(s, r, SCORE, Numbers.round(i.score()), scoreStyles.get(i.achievement()));
        Cells.text(s, r, REASON, reason, styles.text);
        Cells.text(s, r, BASIS, WorkbookLabels.text("eval.basis", "status", Labels.achievement(i), "rule", Labels.rule(i.rule()),
                "explanation", i.explanation()), styles.hint);
    }

    /** Merges runs of equal 一级/二级指标 cells down a column, as the printed 自评表 does. */
    private static void mergeRuns(XSSFSheet s, int from, int to, int col) {
        int start = from;
        for (int r = from + 1; r <= to + 1; r++) {
            boolean same = r <= to && Objects.equals(value(s, r, col), value(s, start, col))
                    && (col == LEVEL1 || Objects.equals(value(s, r, LEVEL1), value(s, start, LEVEL1)));
            if (!same) {
                if (r - 1 > start && !value(s, start, col).isEmpty()) {
                    s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(start, r - 1, col, col));
                }
                start = r;
            }
        }
    }

    private static String value(XSSFSheet s, int r, int c) {
        Cell cell = s.getRow(r).getCell(c);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private int findings(XSSFSheet s, int r, List<Finding> findings) {
        if (findings.isEmpty()) {
            return r;
        }
        Cells.merge(s, r, r, 0, LAST, styles.label);
        Cells.text(s, r++, 0, WorkbookLabels.text("eval.findings", "count", findings.size()), styles.label);
        for (Finding f : findings) {
            Cells.merge(s, r, r, 0, LAST, styles.hint);
            Cells.text(s, r, 0, findingText(f), styles.hint);
            Cells.fitHeight(s, r++, findingText(f), width(0, LAST));
        }
        return r;
    }

    static String findingText(Finding f) {
        String severity = WorkbookLabels.text("severity." + f.severity().label());
        String text = f.hint().isEmpty()
                ? WorkbookLabels.text("eval.finding", "severity", severity, "code", f.code(), "message", f.message())
                : WorkbookLabels.text("eval.finding.withHint", "severity", severity, "code", f.code(), "message",
                f.message(), "hint", f.hint());
        return f.location().known() ? WorkbookLabels.text("eval.finding.at", "finding", text, "location", f.location())
                : text;
    }

    /** Character widths of columns from..to of a table sheet. */
    private static int width(int from, int to) {
        int w = 0;
        for (int c = from; c <= to; c++) {
            w += WIDTHS[c];
        }
        return w;
    }

    private String thresholds() {
        List<String> parts = new ArrayList<>();
        d.profile().grades().entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .forEach(e -> parts.add(e.getKey() + " ≥" + e.getValue().stripTrailingZeros().toPlainString()));
        return String.join(WorkbookLabels.text("eval.separator"), parts);
    }

    private static void print(XSSFSheet s, int headerRow) {
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
    }

    // ---- 汇总 -------------------------------------------------------------------------------------

    private static final int[] SUMMARY_WIDTHS = {34, 14, 16, 12, 10, 8, 8, 8, 10, 8, 8};
    private static final int SUMMARY_WIDTH = java.util.Arrays.stream(SUMMARY_WIDTHS).sum();

    /** Label keys of the 汇总 columns before the counts of each Achievement (达成, 部分达成, 未达成, 不适用). */
    static final List<String> SUMMARY_HEADERS = List.of("label.table", "eval.summary.budget", "eval.summary.spent",
            "eval.summary.rate", "eval.total", "eval.grade", "eval.summary.indicators");

    private void summary(XSSFSheet s, List<TableScore> tables, List<String> sheetNames, TableScore sheet,
                         String sheetName) {
        for (int c = 0; c < SUMMARY_WIDTHS.length; c++) {
            s.setColumnWidth(c, SUMMARY_WIDTHS[c] * 256);
        }
        DepartmentScore ds = d.score();
        int last = SUMMARY_HEADERS.size() + Achievement.values().length - 1;
        int r = 0;
        Cells.merge(s, r, r, 0, last, styles.title);
        Cells.text(s, r, 0, WorkbookLabels.text("eval.summary.heading", "year", ds.year()), styles.title);
        s.getRow(r).setHeightInPoints(30);
        r += 2;
        r = summaryLine(s, r, WorkbookLabels.text("label.department"), ds.department(), last);
        r = summaryLine(s, r, WorkbookLabels.text("label.year"), null, last);
        Cells.number(s, r - 1, 1, BigDecimal.valueOf(ds.year()), styles.year);
        r = summaryLine(s, r, WorkbookLabels.text("eval.summary.score"), null, last);
        Cells.number(s, r - 1, 1, Numbers.round(ds.score()), styles.totalPoints);
        r = summaryLine(s, r, WorkbookLabels.text("eval.grade"), ds.grade(), last);
        r = summaryLine(s, r, WorkbookLabels.text("eval.summary.method"), WorkbookLabels.text("eval.summary.how",
                "method", Labels.method(ds.method()), "explanation", ds.explanation()), last);
        r = summaryLine(s, r, WorkbookLabels.text("eval.summary.profile"), WorkbookLabels.text("eval.summary.profileValue",
                "profile", ds.profile(), "thresholds", thresholds()), last);
        if (sheet != null) {
            r = summaryLine(s, r, sheet.name(), WorkbookLabels.text("eval.summary.evaluation", "score",
                    Numbers.text(sheet.score()), "grade", sheet.grade(), "sheet", sheetName), last);
        }
        r++;
        int c0 = 0;
        for (String key : SUMMARY_HEADERS) {
            Cells.text(s, r, c0++, WorkbookLabels.text(key), styles.header);
        }
        for (Achievement a : Achievement.values()) {
            Cells.text(s, r, c0++, Labels.achievement(a), styles.header);
        }
        r++;
        for (int i = 0; i < tables.size(); i++) {
            TableScore t = tables.get(i);
            Cell name = Cells.text(s, r, 0, t.name(), styles.text);
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + sheetNames.get(i).replace("'", "''") + "'!A1");
            name.setHyperlink(link);
            Cells.number(s, r, 1, Numbers.round(t.budget()), styles.money);
            Cells.number(s, r, 2, Numbers.round(t.spent()), styles.money);
            BudgetExecution be = t.budgetExecution();
            Cells.number(s, r, 3, be == null ? null : Numbers.round(be.rate()).movePointLeft(2), styles.percent);
            Cells.number(s, r, 4, Numbers.round(t.score()), styles.points);
            Cells.text(s, r, 5, t.grade(), styles.center);
            Cells.number(s, r, 6, BigDecimal.valueOf(t.indicators().size()), styles.year);
            int c = SUMMARY_HEADERS.size();
            for (Achievement a : Achievement.values()) {
                long n = t.indicators().stream().filter(x -> x.achievement() == a).count();
                Cells.number(s, r, c++, BigDecimal.valueOf(n), styles.year);
            }
            r++;
        }
        List<Finding> all = new ArrayList<>(ds.findings());
        tables.forEach(t -> all.addAll(t.findings()));
        if (sheet != null) {
            all.addAll(sheet.findings());
        }
        findingsTable(s, r + 1, all, last);
        print(s, 0);
        wb.setActiveSheet(0);
    }

    private int summaryLine(XSSFSheet s, int r, String label, String value, int last) {
        Cells.text(s, r, 0, label, styles.label);
        Cells.merge(s, r, r, 1, last, styles.text);
        Cells.text(s, r, 1, value, styles.text);
        Cells.fitHeight(s, r, value, SUMMARY_WIDTH - SUMMARY_WIDTHS[0]);
        return r + 1;
    }

    private void findingsTable(XSSFSheet s, int r, List<Finding> findings, int last) {
        if (findings.isEmpty()) {
            return;
        }
        Cells.merge(s, r, r, 0, last, styles.label);
        Cells.text(s, r++, 0, WorkbookLabels.text("eval.summary.findings", "count", findings.size()), styles.label);
        for (Finding f : findings) {
            Cells.merge(s, r, r, 0, last, styles.hint);
            Cells.text(s, r, 0, findingText(f), styles.hint);
            Cells.fitHeight(s, r++, findingText(f), SUMMARY_WIDTH);
        }
    }
}
