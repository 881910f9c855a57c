package io.jixiao.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.report.HtmlText;
import io.jixiao.report.JsonReport;
import io.jixiao.report.TextColumns;
import io.jixiao.report.html.BarChart;
import io.jixiao.report.html.Page;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code jixiao history}: a {@link History} as a table (the default), JSON (docs/store.md#history-json) or one
 * self-contained HTML page. Everything shown comes from the store (no clock): the same store gives the same bytes.
 */
public final class HistoryReport {

    private HistoryReport() {
    }

    /**
     * {@code {"department", "years": [{"year", "score", "grade", "tables": [{"name", "score", "grade"}], "monitoring"}],
     * "changes": [{"year", "table", "indicator", "kind", "from", "to"}]}}; {@code monitoring} is the year's latest
     * stored monitoring or null.
     */
    public static String json(History h) {
        ObjectNode root = JsonReport.object();
        root.put("department", h.department());
        ArrayNode years = root.putArray("years");
        for (History.Year y : h.years()) {
            ObjectNode yn = years.addObject();
            yn.put("year", y.year());
            score(yn, y.score());
            yn.put("grade", y.grade());
            ArrayNode tables = yn.putArray("tables");
            for (History.Table t : y.tables()) {
                ObjectNode tn = tables.addObject();
                tn.put("name", t.name());
                score(tn, t.score());
                tn.put("grade", t.grade());
            }
            monitoring(yn, y.monitoring());
        }
        ArrayNode changes = root.putArray("changes");
        for (History.Change c : h.changes()) {
            ObjectNode cn = changes.addObject();
            cn.put("year", c.year());
            cn.put("table", c.table());
            cn.put("indicator", c.indicator());
            cn.put("kind", c.kind());
            cn.put("from", c.from());
            cn.put("to", c.to());
        }
        return JsonReport.write(root);
    }

    /** The year's latest monitoring: {@code {"file", "month", "light", "red", "yellow", "green", "projectedScore", "projectedGrade"}}, or null. */
    private static void monitoring(ObjectNode n, History.Monitoring m) {
        if (m == null) {
            n.putNull("monitoring");
            return;
        }
        ObjectNode mn = n.putObject("monitoring");
        mn.put("file", m.file());
        mn.put("month", m.month());
        mn.put("light", m.light());
        mn.put("red", m.red());
        mn.put("yellow", m.yellow());
        mn.put("green", m.green());
        if (m.projectedScore() == null) {
            mn.putNull("projectedScore");
        } else {
            mn.put("projectedScore", Numbers.round(m.projectedScore()));
        }
        mn.put("projectedGrade", m.projectedGrade());
    }

    private static void score(ObjectNode n, BigDecimal score) {
        if (score == null) {
            n.putNull("score");
        } else {
            n.put("score", Numbers.round(score));
        }
    }

    /** The terminal table: scores by year, the changes, then every indicator's target and actual by year. */
    public static String text(History h) {
        StringBuilder sb = new StringBuilder();
        sb.append(title(h)).append("\n\n");
        List<String> tables = tableNames(h);
        List<List<String>> rows = new ArrayList<>();
        boolean monitored = monitored(h);
        List<String> head = new ArrayList<>(List.of(t("history.year"), t("history.score"), t("history.grade")));
        if (monitored) {
            head.add(t("history.light"));
        }
        head.addAll(tables);
        rows.add(head);
        for (History.Year y : h.years()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(y.year()), num(y.score()), dash(y.grade())));
            if (monitored) {
                row.add(Listings.light(y.monitoring()));
            }
            for (String t : tables) {
                row.add(tableScore(y, t));
            }
            rows.add(row);
        }
        sb.append(TextColumns.render(rows, "")).append('\n');
        if (h.changes().isEmpty()) {
            sb.append(t("history.changes.none")).append('\n');
        } else {
            sb.append(t("history.changes")).append('\n');
            List<List<String>> cr = new ArrayList<>();
            cr.add(List.of(t("history.year"), t("history.table"), t("history.indicator"), t("history.change"),
                    t("history.from"), t("history.to")));
            for (History.Change c : h.changes()) {
                cr.add(List.of(String.valueOf(c.year()), c.table(), c.indicator(), StoreLabels.kind(c.kind()),
                        dash(c.from()), dash(c.to())));
            }
            sb.append(TextColumns.render(cr, "  "));
        }
        Map<String, Set<String>> flagged = flagged(h);
        for (String t : tables) {
            sb.append("\n■ ").append(t).append("  ").append(t("history.targetActual")).append('\n');
            List<List<String>> ir = new ArrayList<>();
            List<String> ih = new ArrayList<>(List.of(t("history.indicator")));
            h.years().forEach(y -> ih.add(String.valueOf(y.year())));
            ih.add("");
            ir.add(ih);
            for (String ind : indicatorNames(h, t)) {
                List<String> row = new ArrayList<>(List.of(ind));
                for (History.Year y : h.years()) {
                    row.add(line(y, t, ind).map(l -> l.target() + " / " + dash(l.actual())).orElse("—"));
                }
                Set<String> kinds = flagged.getOrDefault(t + "\u0000" + ind, Set.of());
                row.add(kinds.isEmpty() ? "" : "⚑ " + kinds.stream().map(StoreLabels::kind)
                        .collect(Collectors.joining(t("history.kindSeparator"))));
                ir.add(row);
            }
            sb.append(TextColumns.render(ir, "  "));
        }
        return sb.toString();
    }

    /**
     * One self-contained page (no scripts, no outside resources): the department score by year as a bar chart
     * ({@code svg.chart}, a bar per scored year), the scores table, the changes ({@code table.changes}, a row per
     * change with its kind in {@code data-kind}) and each table's indicators, the changed ones flagged.
     */
    public static String html(History h) {
        StringBuilder sb = new StringBuilder();
        String title = title(h);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(Page.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlText.esc(title)).append("</title>\n<style>\n").append(Page.styles())
                .append("tr.flag td{background:#fff3cd}.kind{font-weight:bold;color:#a94400}")
                .append("td.light[data-light=red]{color:#c0392b}td.light[data-light=yellow]{color:#b26a00}")
                .append("td.light[data-light=green]{color:#1b7f3b}\n</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(HtmlText.esc(title)).append("</h1>\n");
        List<String> tables = tableNames(h);
        List<BarChart.Bar> bars = h.years().stream().filter(y -> y.score() != null)
                .map(y -> new BarChart.Bar(String.valueOf(y.year()), y.score(), dash(y.grade()), null)).toList();
        sb.append("<h2>").append(HtmlText.esc(t("history.scores"))).append("</h2>\n");
        if (!bars.isEmpty()) {
            sb.append(BarChart.render(t("history.chart"), bars, Map.of())).append('\n');
        }
        sb.append("<table class=\"scores\">\n<tr><th>").append(HtmlText.esc(t("history.year"))).append("</th><th>")
                .append(HtmlText.esc(t("history.score"))).append("</th><th>").append(HtmlText.esc(t("history.grade")))
                .append("</th>");
        boolean monitored = monitored(h);
        if (monitored) {
            sb.append("<th>").append(HtmlText.esc(t("history.light"))).append("</th>");
        }
        tables.forEach(t -> sb.append("<th>").append(HtmlText.esc(t)).append("</th>"));
        sb.append("</tr>\n");
        for (History.Year y : h.years()) {
            sb.append("<tr><td>").append(y.year()).append("</td><td class=\"num\">").append(num(y.score()))
                    .append("</td><td>").append(HtmlText.esc(dash(y.grade()))).append("</td>");
            if (monitored) {
                String light = y.monitoring() == null || y.monitoring().light() == null ? "" : y.monitoring().light();
                sb.append("<td class=\"light\" data-light=\"").append(light).append("\">")
                        .append(HtmlText.esc(Listings.light(y.monitoring()))).append("</td>");
            }
            for (String t : tables) {
                sb.append("<td class=\"num\">").append(HtmlText.esc(tableScore(y, t))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n<h2>").append(HtmlText.esc(t("history.changes"))).append("</h2>\n");
        if (h.changes().isEmpty()) {
            sb.append("<p>").append(HtmlText.esc(t("history.changes.none"))).append("</p>\n");
        } else {
            sb.append("<table class=\"changes\">\n<tr>");
            for (String k : List.of("history.year", "history.table", "history.indicator", "history.change",
                    "history.from", "history.to")) {
                sb.append("<th>").append(HtmlText.esc(t(k))).append("</th>");
            }
            sb.append("</tr>\n");
            for (History.Change c : h.changes()) {
                sb.append("<tr data-kind=\"").append(c.kind()).append("\"><td>").append(c.year()).append("</td><td>")
                        .append(HtmlText.esc(c.table())).append("</td><td>").append(HtmlText.esc(c.indicator()))
                        .append("</td><td class=\"kind\">").append(HtmlText.esc(StoreLabels.kind(c.kind())))
                        .append("</td><td>").append(HtmlText.esc(dash(c.from()))).append("</td><td>")
                        .append(HtmlText.esc(dash(c.to()))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        Map<String, Set<String>> flagged = flagged(h);
        for (String t : tables) {
            sb.append("<h2>").append(HtmlText.esc(t)).append("</h2>\n<table class=\"indicators\">\n<tr><th>")
                    .append(HtmlText.esc(t("history.indicator"))).append("</th>");
            h.years().forEach(y -> sb.append("<th>").append(HtmlText.esc(t("history.yearTargetActual", "year", y.year())))
                    .append("</th>"));
            sb.append("</tr>\n");
            for (String ind : indicatorNames(h, t)) {
                boolean flag = flagged.containsKey(t + "\u0000" + ind);
                sb.append(flag ? "<tr class=\"flag\">" : "<tr>").append("<td>").append(HtmlText.esc(ind)).append("</td>");
                for (History.Year y : h.years()) {
                    sb.append("<td>").append(HtmlText.esc(line(y, t, ind)
                            .map(l -> l.target() + " / " + dash(l.actual())).orElse("—"))).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** True when a year has a stored monitoring: then the scores show its light. */
    private static boolean monitored(History h) {
        return h.years().stream().anyMatch(y -> y.monitoring() != null);
    }

    private static String title(History h) {
        return t("history.heading", "department", h.department(), "years", t("history.years", "count", h.years().size(),
                "list", h.years().stream().map(y -> String.valueOf(y.year())).collect(Collectors.joining(", "))));
    }

    private static String tableScore(History.Year y, String table) {
        return y.tables().stream().filter(x -> x.name().equals(table)).findFirst()
                .map(x -> x.score() == null ? t("history.notScored") : num(x.score()) + " " + dash(x.grade()))
                .orElse("—");
    }

    private static String t(String key, Object... pairs) {
        return StoreLabels.text(key, pairs);
    }

    /** Table names in first-seen order over the years. */
    private static List<String> tableNames(History h) {
        List<String> names = new ArrayList<>();
        h.years().forEach(y -> y.tables().forEach(t -> {
            if (!names.contains(t.name())) {
                names.add(t.name());
            }
        }));
        return names;
    }

    private static List<String> indicatorNames(History h, String table) {
        List<String> names = new ArrayList<>();
        h.years().forEach(y -> y.tables().stream().filter(t -> t.name().equals(table))
                .forEach(t -> t.indicators().forEach(l -> {
                    if (!names.contains(l.name())) {
                        names.add(l.name());
                    }
                })));
        return names;
    }

    private static java.util.Optional<History.Line> line(History.Year y, String table, String indicator) {
        return y.tables().stream().filter(t -> t.name().equals(table)).flatMap(t -> t.indicators().stream())
                .filter(l -> l.name().equals(indicator)).findFirst();
    }

    private static Map<String, Set<String>> flagged(History h) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        h.changes().forEach(c -> out.computeIfAbsent(c.table() + "\u0000" + c.indicator(),
                k -> new java.util.LinkedHashSet<>()).add(c.kind()));
        return out;
    }

    private static String num(BigDecimal v) {
        return v == null ? "—" : Numbers.text(v);
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
