package io.jixiao.report.recheck;

import static io.jixiao.report.HtmlText.esc;

import io.jixiao.problem.Finding;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.CategoryAverage;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.report.Labels;
import io.jixiao.report.html.Bars;
import io.jixiao.report.html.Page;
import io.jixiao.value.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The review (复核) of many departments as one self-contained HTML page, in the language of the run
 * ({@link Labels}): the summary; charts of the grade distribution and of the category averages; the ranking, sortable
 * by any column, each department linking to its own section; per department its 复核 findings by table; and the
 * departments that could not be scored. Nothing is fetched when it is viewed; a small inline script sorts the ranking
 * when a column heading is clicked, and the page reads the same without it (the ranking is printed in rank order).
 * Printed (A4), every page is numbered and no chart is cut from its caption.
 */
public final class ReviewHtml {

    /** Sorts a table.sortable by the clicked heading: numbers by data-value, text by the reader's collation. */
    private static final String SORT_SCRIPT = """
            (function () {
              function key(row, col, numeric) {
                var cell = row.cells[col], v = cell.getAttribute('data-value');
                if (v === null) { v = cell.textContent; }
                if (!numeric) { return v; }
                var n = parseFloat(v);
                return isNaN(n) ? -Infinity : n;
              }
              function sort(table, col, th) {
                var numeric = th.getAttribute('data-sort') === 'number';
                var ascending = th.getAttribute('aria-sort') === 'ascending' ? false
                    : th.getAttribute('aria-sort') === 'descending' ? true : !th.hasAttribute('data-descending');
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = key(a, col, numeric), y = key(b, col, numeric);
                  var c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : String(x).localeCompare(String(y), document.documentElement.lang);
                  return ascending ? c : -c;
                });
                rows.forEach(function (r) { body.appendChild(r); });
                Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
              }
              Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
                Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
                  if (!th.hasAttribute('data-sort')) { return; }
                  th.tabIndex = 0;
                  th.addEventListener('click', function () { sort(table, col, th); });
                  th.addEventListener('keydown', function (e) {
                    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(table, col, th); }
                  });
                });
                table.classList.add('sorting');
              });
            })();
            """;

    private final BureauReport r;
    private final StringBuilder b = new StringBuilder(64 * 1024);
    private int figures;

    private ReviewHtml(BureauReport r) {
        this.r = r;
    }

    public static String render(BureauReport r) {
        return new ReviewHtml(r).page();
    }

    private String page() {
        String title = Labels.text("review.pageTitle", "root", r.root());
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Page.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"jixiao\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append(Page.styles()).append("</style>\n</head>\n<body class=\"review\">\n<main>\n");
        hero();
        charts();
        ranking();
        departments();
        failed();
        b.append("<footer>").append(esc(Labels.text("review.footer"))).append("</footer>\n");
        b.append("</main>\n<script>\n").append(SORT_SCRIPT).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private void hero() {
        b.append("<header class=\"hero\">\n<div class=\"who\">\n<p class=\"kicker\">")
                .append(esc(Labels.text("review.kicker"))).append("</p>\n<h1>").append(esc(Labels.text("review.heading",
                        "root", r.root()))).append("</h1>\n<p class=\"how\">")
                .append(esc(Labels.text("review.summary", "departments", r.departments(), "scored", r.ranking().size(),
                        "failed", r.failed().size(), "tables", r.tables(), "indicators", r.indicators())))
                .append("</p>\n<p class=\"how\">").append(esc(r.profile() == null ? Labels.text("review.profile.each")
                        : Labels.text("review.profile", "profile", r.profile()))).append("</p>\n<p class=\"counts\">");
        r.counts().forEach((k, n) -> {
            if (n > 0) {
                b.append("<span class=\"status partial\">")
                        .append(esc(Labels.text("review.kindCount", "kind", Labels.kind(k), "count", n))).append("</span> ");
            }
        });
        b.append("</p>\n</div>\n</header>\n");
    }

    private void charts() {
        b.append("<section class=\"card overview\">\n<h2>").append(esc(Labels.text("review.grades"))).append("</h2>\n");
        List<Bars.Row> grades = new ArrayList<>();
        int scored = r.ranking().size();
        for (Map.Entry<String, Integer> g : r.grades().entrySet()) {
            grades.add(new Bars.Row(g.getKey(), g.getValue(), Bars.gradeColour(g.getKey()),
                    Labels.text("review.grades.count", "count", g.getValue(), "share", share(g.getValue(), scored))));
        }
        grades.add(new Bars.Row(Labels.text("review.failed.short"), r.failed().size(), "#6b7280",
                Labels.text("review.grades.failed", "count", r.failed().size())));
        int max = Math.max(1, Math.max(scored, r.failed().size()));
        figure(Labels.text("review.grades.figure"), Bars.render("grades", Labels.text("review.grades"), grades, max),
                Labels.text("review.grades.note"));
        b.append("<h2>").append(esc(Labels.text("review.categories"))).append("</h2>\n");
        List<Bars.Row> rows = new ArrayList<>();
        for (CategoryAverage c : r.categories()) {
            rows.add(new Bars.Row(c.level1(), c.rate().doubleValue(), rateColour(c.rate().doubleValue()),
                    Labels.text("review.categories.value", "rate", Numbers.text(c.rate()), "score", Numbers.text(c.score()),
                            "points", Numbers.text(c.points()))));
        }
        figure(Labels.text("review.categories.figure"), Bars.render("categories", Labels.text("review.categories"),
                rows, 100), Labels.text("review.categories.note"));
        b.append("<table class=\"categories-table\">\n<thead><tr><th>").append(esc(Labels.text("review.col.category")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("review.col.tables")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("review.col.points")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("review.col.score")))
                .append("</th><th class=\"num\">").append(esc(Labels.text("review.col.rate")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (CategoryAverage c : r.categories()) {
            b.append("<tr><td>").append(esc(c.level1())).append("</td><td class=\"num\">").append(c.tables())
                    .append("</td><td class=\"num\">").append(Numbers.text(c.points())).append("</td><td class=\"num\">")
                    .append(Numbers.text(c.score())).append("</td><td class=\"num\">").append(Numbers.text(c.rate()))
                    .append("%</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    /** A chart with its numbered caption and note, kept on one printed page. */
    private void figure(String title, String svg, String note) {
        int n = ++figures;
        b.append("<figure class=\"chart-block\" id=\"figure-").append(n).append("\">\n<figcaption>")
                .append(esc(Labels.text("html.figure", "n", n, "title", title))).append("</figcaption>\n")
                .append("<div class=\"chart-wrap\">").append(svg).append("</div>\n<p class=\"figure-note\">")
                .append(esc(Labels.text("html.figure.note", "n", n, "note", note))).append("</p>\n</figure>\n");
    }

    private void ranking() {
        b.append("<section class=\"card\" id=\"ranking\">\n<h2>").append(esc(Labels.text("review.ranking")))
                .append("</h2>\n<p class=\"note\">").append(esc(Labels.text("review.ranking.note"))).append("</p>\n")
                .append("<table class=\"ranking sortable\">\n<thead><tr>")
                .append("<th class=\"num\" data-sort=\"number\">").append(esc(Labels.text("review.col.rank")))
                .append("</th><th data-sort=\"text\">").append(esc(Labels.text("review.col.department")))
                .append("</th><th class=\"num\" data-sort=\"number\" data-descending>")
                .append(esc(Labels.text("review.col.total"))).append("</th><th data-sort=\"text\">")
                .append(esc(Labels.text("review.col.grade"))).append("</th><th class=\"num\" data-sort=\"number\">")
                .append(esc(Labels.text("review.col.year"))).append("</th><th data-sort=\"text\">")
                .append(esc(Labels.text("review.col.method"))).append("</th><th class=\"num\" data-sort=\"number\" ")
                .append("data-descending>").append(esc(Labels.text("review.col.findings"))).append("</th><th data-sort=\"text\">")
                .append(esc(Labels.text("review.col.folder"))).append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < r.ranking().size(); i++) {
            Ranked x = r.ranking().get(i);
            DepartmentRecheck d = x.review();
            b.append("<tr><td class=\"num\">").append(x.rank()).append("</td><td class=\"department\"><a href=\"#").append(anchor(i))
                    .append("\">").append(esc(d.department())).append("</a></td><td class=\"num strong\" data-value=\"")
                    .append(d.score().toPlainString()).append("\">").append(Numbers.text(d.score())).append("</td><td>")
                    .append(badge(d.grade())).append("</td><td class=\"num\">").append(d.year())
                    .append("</td><td class=\"method\">").append(esc(Labels.method(d.method()))).append("</td><td class=\"num\">").append(d.findings().size())
                    .append("</td><td class=\"folder\">").append(esc(ReviewText.shown(d.folder()))).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private void departments() {
        b.append("<section class=\"card\" id=\"departments\">\n<h2>")
                .append(esc(Labels.text("review.findings", "count", r.findings().size()))).append("</h2>\n");
        for (int i = 0; i < r.ranking().size(); i++) {
            Ranked x = r.ranking().get(i);
            DepartmentRecheck d = x.review();
            b.append("<section class=\"department\" id=\"").append(anchor(i)).append("\">\n<h3>")
                    .append(esc(Labels.text("review.department", "rank", x.rank(), "department", d.department())))
                    .append(" ").append(badge(d.grade())).append("</h3>\n<p class=\"note\">")
                    .append(esc(Labels.text("review.department.line", "score", Numbers.text(d.score()), "year", d.year(),
                            "method", Labels.method(d.method()), "tables", d.tables(), "indicators", d.indicators(),
                            "folder", d.folder()))).append("</p>\n");
            if (d.findings().isEmpty()) {
                b.append("<p class=\"note ok\">").append(esc(Labels.text("review.department.none"))).append("</p>\n");
            } else {
                b.append("<ul class=\"findings\">\n");
                for (RecheckFinding f : d.findings()) {
                    Finding x2 = f.finding();
                    b.append("<li class=\"").append(x2.severity().label()).append("\"><span class=\"sev\">")
                            .append(esc(Labels.kind(f.kind()))).append("</span> <code>").append(esc(x2.code()))
                            .append("</code> <span class=\"table-name\">").append(esc(Labels.text("review.table",
                                    "table", f.table()))).append("</span> ").append(esc(x2.message()));
                    if (!x2.hint().isEmpty()) {
                        b.append("<span class=\"hint\">").append(esc(x2.hint())).append("</span>");
                    }
                    if (x2.location().known()) {
                        b.append("<span class=\"where\">").append(esc(x2.location().toString())).append("</span>");
                    }
                    b.append("</li>\n");
                }
                b.append("</ul>\n");
            }
            b.append("<p class=\"back\"><a href=\"#ranking\">").append(esc(Labels.text("review.back")))
                    .append("</a></p>\n</section>\n");
        }
        b.append("</section>\n");
    }

    private void failed() {
        b.append("<section class=\"card\" id=\"failed\">\n<h2>")
                .append(esc(Labels.text("review.failed", "count", r.failed().size()))).append("</h2>\n");
        if (r.failed().isEmpty()) {
            b.append("<p class=\"note ok\">").append(esc(Labels.text("review.failed.none"))).append("</p>\n</section>\n");
            return;
        }
        b.append("<ul class=\"failed\">\n");
        for (DepartmentRecheck d : r.failed()) {
            b.append("<li><strong>").append(esc(ReviewText.shown(d.folder()))).append("</strong>")
                    .append(d.department().isEmpty() ? "" : " · " + esc(d.department()))
                    .append(d.crashed() ? " " + esc(Labels.text("review.failed.crashed")) : "")
                    .append("<ul class=\"findings\">\n");
            for (Finding f : d.errors()) {
                b.append("<li class=\"error\">").append(esc(f.render())).append("</li>\n");
            }
            b.append("</ul></li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    /** The anchor of the i-th department of the ranking (its position, whatever the order shown). */
    private static String anchor(int i) {
        return "d" + (i + 1);
    }

    private static String badge(String grade) {
        return "<span class=\"badge\" style=\"background:" + Bars.gradeColour(grade) + "\">" + esc(grade) + "</span>";
    }

    private static String share(int n, int total) {
        return total == 0 ? "0" : Numbers.text(java.math.BigDecimal.valueOf(100L * n)
                .divide(java.math.BigDecimal.valueOf(total), java.math.MathContext.DECIMAL64));
    }

    /** 得分率 at least 90%: blue; at least 60%: amber; less: red (as a table's category chart). */
    private static String rateColour(double rate) {
        return rate >= 90 ? "#1f6fb2" : rate >= 60 ? "#c77c02" : "#c0392b";
    }
}
