package io.jixiao.workbook;

import io.jixiao.model.TableKind;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.IndicatorMonitoring;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.Paces;
import io.jixiao.monitor.TableMonitoring;
import io.jixiao.problem.Finding;
import io.jixiao.report.monitor.LightWords;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code jixiao monitor … -o F.xlsx}: the filled 绩效监控表 — a 汇总 sheet for the department (projected score, how many
 * tables have each light, each table's light and figures), then one 项目支出绩效监控表 per table (部门整体 first):
 * 年初预算数 / 调整后预算数 / 1–N月执行数 / 预算执行率 / 序时进度 / 预计全年执行数, the budget's light, and one row per
 * indicator with 年度指标值 / 当前完成值 / 全年预计完成值 / f / 灯 / 完成目标可能性 / 偏差原因 / 纠偏措施 / 预计得分 and
 * the rule and arithmetic behind the light. Lights are cell colours (绿 / 黄 / 红) with the word in the cell; numbers
 * are numbers, rounded as every jixiao report shows them; nothing is recomputed. Deterministic bytes.
 */
public final class MonitoringWorkbook {

    /** Label keys (WorkbookLabels, the language of the run) of the indicator rows' columns. */
    static final List<String> INDICATOR_HEADERS = List.of("column.level1", "column.level2", "column.name",
            "column.target", "progress.column.current", "progress.column.forecast", "monitoring.column.fraction",
            "monitoring.column.light", "progress.column.likelihood", "progress.column.reason",
            "progress.column.measures", "column.points", "monitoring.projected", "monitoring.column.why");
    /** Label keys of the funds row's columns. */
    static final List<String> BUDGET_HEADERS = List.of("monitoring.budget.start", "monitoring.budget.adjusted",
            "monitoring.budget.spent", "monitoring.rate", "monitoring.pace", "monitoring.budget.expected",
            "monitoring.budgetLight", "monitoring.tableLight", "monitoring.projected", "monitoring.grade");
    /** Label keys of the summary sheet's table. */
    static final List<String> SUMMARY_HEADERS = List.of("label.table", "monitoring.tableLight", "monitoring.budgetLight",
            "monitoring.rate", "monitoring.pace", "monitoring.count.red", "monitoring.count.yellow",
            "monitoring.count.green", "monitoring.projected", "monitoring.grade");
    /** The light columns of a table sheet (0-based). */
    static final int LIGHT = 7;
    static final int LAST = 13;

    private static final int[] WIDTHS = {11, 11, 22, 13, 13, 13, 8, 8, 12, 14, 22, 8, 9, 56};
    private static final int[] SUMMARY_WIDTHS = {30, 9, 9, 11, 10, 9, 9, 9, 10, 8};

    private final DepartmentMonitoring m;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Styles styles = new Styles(wb);
    private final Map<Light, CellStyle> lights = new EnumMap<>(Light.class);

    private MonitoringWorkbook(DepartmentMonitoring m) {
        this.m = m;
        lights.put(Light.GREEN, styles.filled(Styles.rgb(0xC6, 0xEF, 0xCE), Styles.rgb(0x00, 0x61, 0x00)));
        lights.put(Light.YELLOW, styles.filled(Styles.rgb(0xFF, 0xEB, 0x9C), Styles.rgb(0x9C, 0x57, 0x00)));
        lights.put(Light.RED, styles.filled(Styles.rgb(0xFF, 0xC7, 0xCE), Styles.rgb(0x9C, 0x00, 0x06)));
    }

    /** The filled 绩效监控表 as .xlsx bytes. */
    public static byte[] write(DepartmentMonitoring m) {
        return new MonitoringWorkbook(m).build();
    }

    private byte[] build() {
        SheetNames names = new SheetNames();
        XSSFSheet summary = wb.createSheet(names.claim(WorkbookLabels.text("sheet.summary")));
        List<String> sheetNames = new ArrayList<>();
        for (TableMonitoring t : m.tables()) {
            // never cut: a name Excel does not allow whole becomes 表n, the full name stays in the sheet's title
            String name = names.claim(t.name(), sheetNames.size() + 1);
            sheetNames.add(name);
            table(wb.createSheet(name), t);
        }
        summary(summary, sheetNames);
        wb.setActiveSheet(0);
        return Cells.bytes(wb);
    }

    private void table(XSSFSheet s, TableMonitoring t) {
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        boolean overall = t.kind() == TableKind.OVERALL;
        int r = 0;
        Cells.merge(s, r, r, 0, LAST, styles.title);
        Cells.text(s, r, 0, WorkbookLabels.text(overall ? "progress.form.overall" : "progress.form.project"),
                styles.title);
        s.getRow(r).setHeightInPoints(30);
        r++;
        Cells.merge(s, r, r, 0, LAST, styles.subtitle);
        Cells.text(s, r, 0, WorkbookLabels.text("monitoring.subtitle", "year", m.year(), "month", m.month(),
                "profile", m.profile()), styles.subtitle);
        r++;
        r = labelled(s, r, WorkbookLabels.text(overall ? "label.department" : "label.project"),
                overall ? m.department() : t.name());
        if (!overall) {
            r = labelled(s, r, WorkbookLabels.text("eval.owner"), m.department());
        }
        for (int c = 0; c < BUDGET_HEADERS.size(); c++) {
            Cells.text(s, r, c + 3, WorkbookLabels.text(BUDGET_HEADERS.get(c)), styles.header);
        }
        Cells.merge(s, r, r + 1, 0, 2, styles.label);
        Cells.text(s, r, 0, WorkbookLabels.text(overall ? "eval.funds.overall" : "eval.funds.project"), styles.label);
        r++;
        Cells.number(s, r, 3, Numbers.round(t.initialBudget()), styles.money);
        Cells.number(s, r, 4, t.adjusted() ? Numbers.round(t.budget()) : null, styles.money);
        Cells.number(s, r, 5, Numbers.round(t.spentToDate()), styles.money);
        Cells.number(s, r, 6, t.executionRate() == null ? null : Numbers.round(t.executionRate()).movePointLeft(2),
                styles.percent);
        Cells.number(s, r, 7, Numbers.round(t.pace()).movePointLeft(2), styles.percent);
        Cells.number(s, r, 8, Numbers.round(t.projectedSpent()), styles.money);
        light(s, r, 9, t.budgetLight());
        light(s, r, 10, t.light());
        Cells.number(s, r, 11, Numbers.round(t.projected().score()), styles.points);
        Cells.text(s, r, 12, t.projected().grade(), styles.center);
        r++;
        r = why(s, r, "monitoring.pace", t.paceExplanation());
        if (t.executionRate() != null) {
            r = why(s, r, "monitoring.rate", t.executionExplanation());
            r = why(s, r, "monitoring.budgetLight", t.gapExplanation() + Paces.separator() + t.budgetExplanation());
        }
        if (t.goalProgress() != null) {
            r = why(s, r, "monitoring.goal", t.goalExplanation());
        }
        r = why(s, r, "monitoring.tableLight", t.lightExplanation());
        r = why(s, r, "monitoring.projected", t.projectedSpentExplanation() + Paces.separator()
                + t.projected().explanation());
        r++;
        for (int c = 0; c < INDICATOR_HEADERS.size(); c++) {
            Cells.text(s, r, c, WorkbookLabels.text(INDICATOR_HEADERS.get(c)), styles.header);
        }
        int headerRow = r++;
        for (IndicatorMonitoring i : t.indicators()) {
            indicator(s, r, i);
            Cells.fitRow(s, r++, WIDTHS);
        }
        r = findings(s, r + 1, t.findings(), t.indicators());
        s.createFreezePane(0, headerRow + 1);
        print(s, headerRow);
    }

    private void indicator(XSSFSheet s, int r, IndicatorMonitoring i) {
        Cells.text(s, r, 0, i.level1(), styles.center);
        Cells.text(s, r, 1, i.level2(), styles.center);
        Cells.text(s, r, 2, i.name(), styles.text);
        Cells.text(s, r, 3, i.target(), styles.center);
        Cells.text(s, r, 4, i.current(), styles.center);
        Cells.text(s, r, 5, i.forecast(), styles.center);
        Cells.number(s, r, 6, i.fraction() == null ? null : Numbers.round(i.fraction(), 4), styles.fraction);
        light(s, r, LIGHT, i.light());
        Cells.text(s, r, 8, i.likelihood() == null ? null : i.likelihoodDerived()
                ? WorkbookLabels.text("monitoring.derived", "likelihood", i.likelihood().word())
                : i.likelihood().word(), styles.center);
        Cells.text(s, r, 9, i.reason(), styles.text);
        Cells.text(s, r, 10, i.measures(), styles.text);
        Cells.number(s, r, 11, Numbers.round(i.projected().points()), styles.points);
        Cells.number(s, r, 12, Numbers.round(i.projected().score()), styles.points);
        Cells.text(s, r, 13, i.explanation(), styles.hint);
    }

    private void light(XSSFSheet s, int r, int c, Light l) {
        Cells.text(s, r, c, LightWords.of(l), l == null ? styles.center : lights.get(l));
    }

    private int labelled(XSSFSheet s, int r, String label, String value) {
        Cells.merge(s, r, r, 0, 2, styles.label);
        Cells.text(s, r, 0, label, styles.label);
        Cells.merge(s, r, r, 3, LAST, styles.text);
        Cells.text(s, r, 3, value, styles.text);
        return r + 1;
    }

    private int why(XSSFSheet s, int r, String labelKey, String text) {
        Cells.merge(s, r, r, 0, 2, styles.label);
        Cells.text(s, r, 0, WorkbookLabels.text(labelKey), styles.label);
        Cells.merge(s, r, r, 3, LAST, styles.text);
        Cells.text(s, r, 3, text, styles.text);
        Cells.fitHeight(s, r, text, width(3, LAST));
        return r + 1;
    }

    private int findings(XSSFSheet s, int r, List<Finding> table, List<IndicatorMonitoring> indicators) {
        List<Finding> all = new ArrayList<>(table);
        indicators.forEach(i -> all.addAll(i.findings()));
        all.sort(Finding.ORDER);
        if (all.isEmpty()) {
            return r;
        }
        Cells.merge(s, r, r, 0, LAST, styles.label);
        Cells.text(s, r++, 0, WorkbookLabels.text("eval.findings", "count", all.size()), styles.label);
        for (Finding f : all) {
            String text = SelfEvaluationWorkbook.findingText(f);
            Cells.merge(s, r, r, 0, LAST, styles.hint);
            Cells.text(s, r, 0, text, styles.hint);
            Cells.fitHeight(s, r++, text, width(0, LAST));
        }
        return r;
    }

    private static int width(int from, int to) {
        int w = 0;
        for (int c = from; c <= to; c++) {
            w += WIDTHS[c];
        }
        return w;
    }

    private void summary(XSSFSheet s, List<String> sheetNames) {
        for (int c = 0; c < SUMMARY_WIDTHS.length; c++) {
            s.setColumnWidth(c, SUMMARY_WIDTHS[c] * 256);
        }
        int last = SUMMARY_HEADERS.size() - 1;
        int r = 0;
        Cells.merge(s, r, r, 0, last, styles.title);
        Cells.text(s, r, 0, WorkbookLabels.text("monitoring.summary.heading", "year", m.year(), "month", m.month()),
                styles.title);
        s.getRow(r).setHeightInPoints(30);
        r += 2;
        r = summaryLine(s, r, "label.department", m.department(), last);
        r = summaryLine(s, r, "progress.label.month", WorkbookLabels.text("monitoring.month", "month", m.month()),
                last);
        r = summaryLine(s, r, "monitoring.projected", null, last);
        Cells.number(s, r - 1, 1, Numbers.round(m.projected().score()), styles.totalPoints);
        r = summaryLine(s, r, "monitoring.projectedGrade", m.projected().grade(), last);
        r = summaryLine(s, r, "eval.summary.method", WorkbookLabels.text("eval.summary.how", "method",
                m.projected().method(), "explanation", m.projected().explanation()), last);
        r = summaryLine(s, r, "monitoring.tableLight", WorkbookLabels.text("monitoring.lightCounts", "red",
                m.lights().get(Light.RED), "yellow", m.lights().get(Light.YELLOW), "green",
                m.lights().get(Light.GREEN)), last);
        r = summaryLine(s, r, "monitoring.profile", m.profile(), last);
        r++;
        for (int c = 0; c < SUMMARY_HEADERS.size(); c++) {
            Cells.text(s, r, c, WorkbookLabels.text(SUMMARY_HEADERS.get(c)), styles.header);
        }
        r++;
        for (int i = 0; i < m.tables().size(); i++) {
            TableMonitoring t = m.tables().get(i);
            Cell name = Cells.text(s, r, 0, t.name(), styles.text);
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + sheetNames.get(i).replace("'", "''") + "'!A1");
            name.setHyperlink(link);
            light(s, r, 1, t.light());
            light(s, r, 2, t.budgetLight());
            Cells.number(s, r, 3, t.executionRate() == null ? null : Numbers.round(t.executionRate()).movePointLeft(2),
                    styles.percent);
            Cells.number(s, r, 4, Numbers.round(t.pace()).movePointLeft(2), styles.percent);
            Cells.number(s, r, 5, BigDecimal.valueOf(t.count(Light.RED)), styles.year);
            Cells.number(s, r, 6, BigDecimal.valueOf(t.count(Light.YELLOW)), styles.year);
            Cells.number(s, r, 7, BigDecimal.valueOf(t.count(Light.GREEN)), styles.year);
            Cells.number(s, r, 8, Numbers.round(t.projected().score()), styles.points);
            Cells.text(s, r, 9, t.projected().grade(), styles.center);
            r++;
        }
        if (!m.findings().isEmpty()) {
            r++;
            Cells.merge(s, r, r, 0, last, styles.label);
            Cells.text(s, r++, 0, WorkbookLabels.text("eval.findings", "count", m.findings().size()), styles.label);
            for (Finding f : m.findings()) {
                Cells.merge(s, r, r, 0, last, styles.hint);
                Cells.text(s, r++, 0, SelfEvaluationWorkbook.findingText(f), styles.hint);
            }
        }
        print(s, 0);
    }

    private int summaryLine(XSSFSheet s, int r, String labelKey, String value, int last) {
        Cells.text(s, r, 0, WorkbookLabels.text(labelKey), styles.label);
        Cells.merge(s, r, r, 1, last, styles.text);
        Cells.text(s, r, 1, value, styles.text);
        return r + 1;
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
}
