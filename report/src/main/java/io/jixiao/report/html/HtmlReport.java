package io.jixiao.report.html;

import static io.jixiao.report.HtmlText.esc;

import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.report.Labels;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.scoring.Achievement;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jixiao report … -o F.html}: the self-evaluation report a unit's head signs — one self-contained page (inline
 * CSS and SVG, no script, nothing fetched) in the language of the run ({@link Labels}): the department's score and
 * grade; the basic information with the evaluation date and the data sources; a bar per table; per table its
 * 绩效目标 (年度总体目标), its categories against their points, its 预算执行率 and its indicators with their
 * 评（扣）分标准, status and the arithmetic of every score; the findings; a 填报人 / 审核人 / 单位负责人 / (盖章)
 * block. Printed (A4) every page is numbered, each table starts a page and no chart is cut from its title. Renders;
 * never recomputes.
 */
public final class HtmlReport {

    /** The CSS class of a line's colour, by how it is labelled: 达成 green, 部分达成 amber, 未达成 red, 不适用 grey. */
    private static final Map<Achievement, String> CLASSES = new EnumMap<>(Map.of(Achievement.ACHIEVED, "met",
            Achievement.PARTLY_ACHIEVED, "partial", Achievement.NOT_ACHIEVED, "missed", Achievement.NOT_APPLICABLE,
            "na"));

    private final ScoredDepartment d;
    private final LocalDate date;
    private final StringBuilder b = new StringBuilder(64 * 1024);
    private int figures;

    private HtmlReport(ScoredDepartment d, LocalDate date) {
        this.d = d;
        this.date = date;
    }

    /** The page without an evaluation date: its line is left blank, to be filled in by hand. */
    public static String render(ScoredDepartment d) {
        return render(d, null);
    }

    /**
     * The page.
     *
     * @param date the evaluation date (评价日期) printed on it (the command's {@code --date}); null leaves a blank line
     *             to fill in by hand — never today's date, so that the same input gives the same page
     */
    public static String render(ScoredDepartment d, LocalDate date) {
        return new HtmlReport(d, date).page();
    }

    private String page() {
        DepartmentScore s = d.score();
        String title = Labels.text("html.pageTitle", "department", s.department(), "year", s.year());
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Page.lang())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"jixiao\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append(Page.styles()).append("</style>\n</head>\n<body>\n<main>\n");
        hero(s);
        information(s);
        overview(s);
        List<TableScore> tables = s.tables();
        for (int i = 0; i < tables.size(); i++) {
            table(tables.get(i), anchor(i));
        }
        if (s.evaluation() != null) {
            evaluation(s.evaluation());
        }
        departmentFindings(s.findings());
        signatures();
        b.append("<footer>").append(esc(Labels.text("html.footer", "profile", s.profile()))).append("</footer>\n");
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private void hero(DepartmentScore s) {
        String colour = Html.gradeColour(s.grade());
        b.append("<header class=\"hero\">\n<div class=\"who\">\n<p class=\"kicker\">")
                .append(esc(Labels.text("html.kicker", "year", s.year()))).append("</p>\n<h1>")
                .append(esc(s.department())).append("</h1>\n<p class=\"how\">")
                .append(esc(Labels.text("html.how", "method", Labels.method(s.method()), "explanation", s.explanation())))
                .append("</p>\n<p class=\"counts\">")
                .append(esc(Labels.text("html.counts", "tables", s.tables().size(), "indicators",
                        s.tables().stream().mapToInt(t -> t.indicators().size()).sum())))
                .append(' ').append(statusCounts(s.tables())).append("</p>\n")
                .append("</div>\n<div class=\"result\" style=\"--grade:").append(colour).append("\">\n")
                .append("<div class=\"caption\">").append(esc(Labels.text("html.departmentScore"))).append("</div>\n")
                .append("<div class=\"score\" id=\"department-score\">").append(Numbers.text(s.score()))
                .append("<span>").append(esc(Labels.text("html.points"))).append("</span></div>\n")
                .append("<div class=\"grade\" id=\"department-grade\">").append(esc(s.grade())).append("</div>\n")
                .append("<div class=\"caption\">").append(esc(Labels.text("html.grade"))).append("</div>\n")
                .append("</div>\n</header>\n");
    }

    private void information(DepartmentScore s) {
        b.append("<section class=\"card info\">\n<h2>").append(esc(Labels.text("html.info"))).append("</h2>\n<dl>\n");
        item("html.info.department", esc(s.department()));
        item("html.info.year", esc(Labels.text("html.info.yearValue", "year", s.year())));
        if (d.targets().budget() != null) {
            item("html.info.budget", esc(Labels.text("html.amount", "amount", Numbers.text(d.targets().budget()))));
        }
        item("html.info.date", date == null ? "<span class=\"blank\" id=\"evaluation-date\">"
                + esc(Labels.text("html.info.dateBlank")) + "</span>"
                : "<span id=\"evaluation-date\">" + esc(Labels.text("html.info.dateValue", "year", date.getYear(),
                "month", date.getMonthValue(), "day", date.getDayOfMonth())) + "</span>");
        b.append("<dt>").append(esc(Labels.text("html.info.sources"))).append("</dt><dd><ul class=\"sources\">")
                .append("<li>").append(esc(Labels.text("html.info.targets", "file", file(d.targets().file()))))
                .append("</li><li>").append(esc(Labels.text("html.info.actuals", "file", file(d.actuals().file()))))
                .append("</li><li>").append(esc(Labels.text("html.info.profile", "profile", s.profile(),
                        "thresholds", thresholds()))).append("</li></ul></dd>\n");
        b.append("</dl>\n</section>\n");
    }

    private void item(String label, String valueHtml) {
        b.append("<dt>").append(esc(Labels.text(label))).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private static String file(String file) {
        return file == null || file.isBlank() ? "—" : file;
    }

    private void overview(DepartmentScore s) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<TableScore> tables = s.tables();
        for (int i = 0; i < tables.size(); i++) {
            TableScore t = tables.get(i);
            bars.add(new BarChart.Bar(t.name(), t.score(), t.grade(), anchor(i)));
        }
        String note = s.overall() != null ? "html.overview.overall"
                : "mean".equals(s.method()) ? "html.overview.mean" : "html.overview.weighted";
        b.append("<section class=\"card overview\">\n<h2>").append(esc(Labels.text("html.overview"))).append("</h2>\n")
                .append("<p class=\"note\">").append(esc(Labels.text(note))).append("</p>\n");
        figure(Labels.text("html.figure.bars"), BarChart.render(bars, d.profile().grades()),
                Labels.text("html.figure.bars.note"));
        b.append("<table class=\"summary\">\n<thead><tr><th>").append(esc(Labels.text("html.col.table")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("html.col.budget")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("html.col.spent")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("html.col.rate")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("html.col.total")))
                .append("</th><th>").append(esc(Labels.text("html.col.grade")))
                .append("</th><th>").append(esc(Labels.text("html.col.lines"))).append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < tables.size(); i++) {
            TableScore t = tables.get(i);
            BudgetExecution be = t.budgetExecution();
            b.append("<tr><td><a href=\"#").append(anchor(i)).append("\">").append(esc(t.name())).append("</a></td>")
                    .append("<td class=\"num\">").append(Numbers.text(t.budget())).append("</td>")
                    .append("<td class=\"num\">").append(Numbers.text(t.spent())).append("</td>")
                    .append("<td class=\"num\">").append(be == null ? "—" : Numbers.text(be.rate()) + "%").append("</td>")
                    .append("<td class=\"num strong\">").append(Numbers.text(t.score())).append("</td>")
                    .append("<td>").append(gradeBadge(t.grade())).append("</td><td>").append(statusCounts(List.of(t)))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * A chart with its numbered caption above and its note below, kept together on one printed page (CSS
     * {@code break-inside: avoid}); the browser test finds "图N" and its note on the same page of the PDF.
     */
    private void figure(String title, String svg, String note) {
        int n = ++figures;
        b.append("<figure class=\"chart-block\" id=\"figure-").append(n).append("\">\n<figcaption>")
                .append(esc(Labels.text("html.figure", "n", n, "title", title))).append("</figcaption>\n")
                .append("<div class=\"chart-wrap\">").append(svg).append("</div>\n<p class=\"figure-note\">")
                .append(esc(Labels.text("html.figure.note", "n", n, "note", note))).append("</p>\n</figure>\n");
    }

    private void table(TableScore t, String anchor) {
        Optional<IndicatorTable> source = d.table(t);
        b.append("<section class=\"card table\" id=\"").append(anchor).append("\">\n<div class=\"table-head\">\n<div>\n")
                .append("<p class=\"kicker\">").append(esc(Labels.text(t.kind() == TableKind.OVERALL
                        ? "html.table.overall" : "html.table.project"))).append("</p>\n<h2>").append(esc(t.name()))
                .append("</h2>\n<p class=\"note\">").append(esc(t.explanation())).append("</p>\n</div>\n")
                .append("<div class=\"table-score\" style=\"--grade:").append(Html.gradeColour(t.grade()))
                .append("\"><span class=\"n\">").append(Numbers.text(t.score())).append("</span>")
                .append(gradeBadge(t.grade())).append("</div>\n</div>\n");
        goals(source.map(IndicatorTable::goals).orElse(List.of()));
        b.append("<div class=\"split\">\n<div class=\"categories\">\n");
        figure(Labels.text("html.figure.categories", "table", t.name()), CategoryChart.render(categoryRows(t)),
                Labels.text("html.figure.categories.note"));
        b.append("</div>\n<div class=\"budget\">\n<h3>").append(esc(Labels.text("html.budget"))).append("</h3>\n");
        BudgetExecution be = t.budgetExecution();
        if (be == null) {
            b.append("<p class=\"note\">").append(esc(Labels.text("html.budget.unknown"))).append("</p>\n");
        } else {
            boolean adjusted = be.initialBudget() == null || be.initialBudget().compareTo(be.budget()) != 0;
            b.append("<dl>");
            if (adjusted) {
                b.append("<dt>").append(esc(Labels.text("html.budget.initial"))).append("</dt><dd>")
                        .append(be.initialBudget() == null ? "—" : esc(Labels.text("html.amount", "amount",
                                Numbers.text(be.initialBudget())))).append("</dd>")
                        .append("<dt>").append(esc(Labels.text("html.budget.adjusted"))).append("</dt><dd>");
            } else {
                b.append("<dt>").append(esc(Labels.text("html.budget.budget"))).append("</dt><dd>");
            }
            b.append(esc(Labels.text("html.amount", "amount", Numbers.text(be.budget())))).append("</dd>")
                    .append("<dt>").append(esc(Labels.text("html.budget.spent"))).append("</dt><dd>")
                    .append(esc(Labels.text("html.amount", "amount", Numbers.text(be.spent())))).append("</dd>")
                    .append("<dt>").append(esc(Labels.text("html.budget.rate"))).append("</dt><dd>")
                    .append(Numbers.text(be.rate())).append("%</dd>")
                    .append("<dt>").append(esc(Labels.text("html.budget.score"))).append("</dt><dd>")
                    .append(Numbers.text(be.score())).append(" / ").append(Numbers.text(be.points()))
                    .append("</dd></dl>\n<p class=\"note\">").append(esc(be.explanation())).append("</p>\n");
        }
        b.append("</div>\n</div>\n");
        indicators(t, source);
        findings(t.findings(), Labels.text("html.findings.table"));
        b.append("</section>\n");
    }

    private void goals(List<String> goals) {
        b.append("<div class=\"goals\">\n<h3>").append(esc(Labels.text("html.goals"))).append("</h3>\n");
        if (goals.isEmpty()) {
            b.append("<p class=\"note\">").append(esc(Labels.text("html.goals.none"))).append("</p>\n");
        } else {
            b.append("<ol>");
            goals.forEach(g -> b.append("<li>").append(esc(g)).append("</li>"));
            b.append("</ol>\n");
        }
        b.append("</div>\n");
    }

    /**
     * The 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): its score and grade, its 一级指标 sections against their
     * points, its indicators; it does not enter the department's score.
     */
    private void evaluation(TableScore t) {
        b.append("<section class=\"card table\" id=\"evaluation\">\n<div class=\"table-head\">\n<div>\n")
                .append("<p class=\"kicker\">").append(esc(Labels.text("html.evaluation"))).append("</p>\n<h2>")
                .append(esc(t.name())).append("</h2>\n<p class=\"note\">")
                .append(esc(Labels.text("html.evaluation.note", "explanation", t.explanation())))
                .append("</p>\n</div>\n<div class=\"table-score\" style=\"--grade:")
                .append(Html.gradeColour(t.grade())).append("\"><span class=\"n\">").append(Numbers.text(t.score()))
                .append("</span>").append(gradeBadge(t.grade())).append("</div>\n</div>\n");
        b.append("<div class=\"split\">\n<div class=\"categories\">\n");
        figure(Labels.text("html.figure.sections", "table", t.name()), CategoryChart.render(categoryRows(t)),
                Labels.text("html.figure.categories.note"));
        b.append("</div>\n</div>\n");
        indicators(t, d.table(t));
        findings(t.findings(), Labels.text("html.findings.evaluation"));
        b.append("</section>\n");
    }

    private static List<CategoryChart.Row> categoryRows(TableScore t) {
        List<CategoryChart.Row> rows = new ArrayList<>();
        for (CategoryScore c : t.categories()) {
            List<IndicatorScore> in = t.indicators().stream().filter(i -> c.category().equals(i.group())).toList();
            boolean na = !in.isEmpty() && in.stream().allMatch(i -> i.status() == Status.NA);
            rows.add(new CategoryChart.Row(c.level1(), c.points(), c.score(), na));
        }
        BudgetExecution be = t.budgetExecution();
        if (be != null) {
            rows.add(new CategoryChart.Row(Labels.text("html.budget"), be.points(), be.score(), false));
        }
        return rows;
    }

    private void indicators(TableScore t, Optional<IndicatorTable> source) {
        Map<String, String> reasons = d.reasons(t);
        b.append("<h3 class=\"indicators-title\">").append(esc(Labels.text("html.indicators"))).append("</h3>\n")
                .append("<table class=\"indicators\">\n<colgroup><col class=\"c-name\"><col class=\"c-val\">")
                .append("<col class=\"c-val\"><col class=\"c-standard\"><col class=\"c-num\"><col class=\"c-num\">")
                .append("<col class=\"c-status\"><col class=\"c-why\"></colgroup>\n")
                .append("<thead><tr><th>").append(esc(Labels.text("html.col.indicator")))
                .append("</th><th>").append(esc(Labels.text("column.target")))
                .append("</th><th>").append(esc(Labels.text("column.actual")))
                .append("</th><th>").append(esc(Labels.text("html.col.standard")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("column.points")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("column.score")))
                .append("</th><th>").append(esc(Labels.text("column.status")))
                .append("</th><th>").append(esc(Labels.text("column.basis"))).append("</th></tr></thead>\n<tbody>\n");
        for (IndicatorScore i : t.indicators()) {
            String css = CLASSES.get(i.achievement());
            b.append("<tr class=\"").append(css).append("\"><td><span class=\"levels\">").append(esc(i.level1()));
            if (i.level2() != null && !i.level2().isBlank()) {
                b.append(" · ").append(esc(i.level2()));
            }
            b.append("</span>").append(esc(i.name())).append("</td><td class=\"val\">").append(esc(i.target()))
                    .append("</td><td class=\"val\">").append(esc(i.actual())).append("</td><td class=\"standard\">")
                    .append(standard(source, i)).append("</td><td class=\"num\">").append(Numbers.text(i.points()))
                    .append("</td><td class=\"num strong\">").append(Numbers.text(i.score())).append("</td>")
                    .append("<td><span class=\"status ").append(css).append("\">").append(esc(Labels.achievement(i)))
                    .append("</span></td><td class=\"why\">")
                    // the rule in words, its name (docs/scoring.md) on hover
                    .append(Labels.text("basis", "rule", "<span class=\"rule\" title=\"" + esc(i.rule()) + "\">"
                            + esc(Labels.rule(i.rule())) + "</span>", "explanation", esc(i.explanation())));
            String reason = reasons.get(i.key());
            if (reason != null && !reason.isBlank()) {
                b.append("<span class=\"reason\">").append(esc(Labels.text("html.reason", "reason", reason)))
                        .append("</span>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** The indicator's 评（扣）分标准 as the targets write it, or a note that there is none and which rule scored it. */
    private static String standard(Optional<IndicatorTable> source, IndicatorScore line) {
        Optional<Indicator> indicator = source.flatMap(t -> t.indicators().stream()
                .filter(i -> i.key().equals(line.key())).findFirst());
        if (indicator.isPresent() && indicator.get().deduction() != null) {
            String text = indicator.get().deduction().text();
            return text == null || text.isBlank() ? esc(Labels.text("html.standard.structured")) : esc(text);
        }
        return "<span class=\"none\">" + esc(Labels.standard(line.rule())) + "</span>";
    }

    private void findings(List<Finding> findings, String heading) {
        if (findings.isEmpty()) {
            return;
        }
        b.append("<div class=\"findings-block\">\n<h3>").append(esc(heading)).append("</h3>\n<ul class=\"findings\">\n");
        for (Finding f : findings) {
            b.append("<li class=\"").append(f.severity().label()).append("\"><span class=\"sev\">")
                    .append(esc(Labels.text("severity." + f.severity().label()))).append("</span> <code>")
                    .append(esc(f.code())).append("</code> ").append(esc(f.message()));
            if (!f.hint().isEmpty()) {
                b.append("<span class=\"hint\">").append(esc(f.hint())).append("</span>");
            }
            if (f.location().known()) {
                b.append("<span class=\"where\">").append(esc(f.location().toString())).append("</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n</div>\n");
    }

    private void departmentFindings(List<Finding> findings) {
        if (!findings.isEmpty()) {
            b.append("<section class=\"card\">\n");
            findings(findings, Labels.text("html.findings.department"));
            b.append("</section>\n");
        }
    }

    /** 填报人 / 审核人 / 单位负责人 lines and the place of the unit's seal: what makes the page a signed document. */
    private void signatures() {
        b.append("<section class=\"card signatures\" id=\"signatures\">\n<h2>").append(esc(Labels.text("html.sign")))
                .append("</h2>\n<p class=\"note\">").append(esc(Labels.text("html.sign.note"))).append("</p>\n")
                .append("<div class=\"sign-body\">\n<div class=\"sign-grid\">\n");
        for (String who : List.of("html.sign.filler", "html.sign.reviewer", "html.sign.head")) {
            b.append("<div class=\"sign\"><span class=\"who\">").append(esc(Labels.text(who)))
                    .append("</span><span class=\"line\"></span><span class=\"who date\">")
                    .append(esc(Labels.text("html.sign.date"))).append("</span><span class=\"line short\"></span></div>\n");
        }
        b.append("</div>\n<div class=\"seal\"><span>").append(esc(Labels.text("html.sign.seal")))
                .append("</span></div>\n</div>\n</section>\n");
    }

    private static String statusCounts(List<TableScore> tables) {
        StringBuilder c = new StringBuilder();
        for (Achievement a : Achievement.values()) {
            long n = tables.stream().flatMap(t -> t.indicators().stream()).filter(i -> i.achievement() == a).count();
            if (n > 0) {
                c.append("<span class=\"status ").append(CLASSES.get(a)).append("\">")
                        .append(esc(Labels.text("html.statusCount", "status", Labels.achievement(a), "count", n)))
                        .append("</span> ");
            }
        }
        return c.toString().strip();
    }

    private static String gradeBadge(String grade) {
        return "<span class=\"badge\" style=\"background:" + Html.gradeColour(grade) + "\">" + esc(grade) + "</span>";
    }

    private String thresholds() {
        List<String> parts = new ArrayList<>();
        d.profile().grades().entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .forEach(e -> parts.add(e.getKey() + " ≥" + e.getValue().stripTrailingZeros().toPlainString()));
        return String.join(Labels.text("html.listSeparator"), parts);
    }

    private static String anchor(int i) {
        return "t" + (i + 1);
    }
}
