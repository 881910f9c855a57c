package io.jixiao.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.report.HtmlText;
import io.jixiao.report.JsonReport;
import io.jixiao.report.TextWidth;
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

    /** {@code {"department", "years": [{"year", "score", "grade", "tables": [{"name", "score", "grade"}]}], "changes": [{"year", "table", "indicator", "kind", "from", "to"}]}}. */
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
        sb.append(h.department()).append(" · 历年绩效 (history) · ").append(yearsText(h)).append("\n\n");
        List<String> tables = tableNames(h);
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("年度", "部门得分", "等级"));
        head.addAll(tables);
        rows.add(head);
        for (History.Year y : h.years()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(y.year()), num(y.score()), dash(y.grade())));
            for (String t : tables) {
                row.add(y.tables().stream().filter(x -> x.name().equals(t)).findFirst()
                        .map(x -> x.score() == null ? "未评分" : num(x.score()) + " " + dash(x.grade())).orElse("—"));
            }
            rows.add(row);
        }
        columns(sb, rows, "");
        sb.append('\n');
        if (h.changes().isEmpty()) {
            sb.append("变化 (changes): 无\n");
        } else {
            sb.append("变化 (changes)\n");
            List<List<String>> cr = new ArrayList<>();
            cr.add(List.of("年度", "表", "指标", "变化", "从", "到"));
            for (History.Change c : h.changes()) {
                cr.add(List.of(String.valueOf(c.year()), c.table(), c.indicator(), label(c.kind()), dash(c.from()),
                        dash(c.to())));
            }
            columns(sb, cr, "  ");
        }
        Map<String, Set<String>> flagged = flagged(h);
        for (String t : tables) {
            sb.append("\n■ ").append(t).append("  目标 / 实际\n");
            List<List<String>> ir = new ArrayList<>();
            List<String> ih = new ArrayList<>(List.of("指标"));
            h.years().forEach(y -> ih.add(String.valueOf(y.year())));
            ih.add("");
            ir.add(ih);
            for (String ind : indicatorNames(h, t)) {
                List<String> row = new ArrayList<>(List.of(ind));
                for (History.Year y : h.years()) {
                    row.add(line(y, t, ind).map(l -> l.target() + " / " + dash(l.actual())).orElse("—"));
                }
                Set<String> kinds = flagged.getOrDefault(t + "\u0000" + ind, Set.of());
                row.add(kinds.isEmpty() ? "" : "⚑ " + kinds.stream().map(HistoryReport::label)
                        .collect(Collectors.joining("，")));
                ir.add(row);
            }
            columns(sb, ir, "  ");
        }
        return sb.toString();
    }

    /** One self-contained page: no scripts, no outside resources. */
    public static String html(History h) {
        StringBuilder sb = new StringBuilder();
        String title = h.department() + " · 历年绩效";
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlText.esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}")
                .append("th{background:#f3f3f3}td.num{text-align:right}tr.flag td{background:#fff3cd}")
                .append(".kind{font-weight:bold;color:#a94400}\n</style>\n</head>\n<body>\n<h1>")
                .append(HtmlText.esc(title)).append("</h1>\n<p>").append(HtmlText.esc(yearsText(h))).append("</p>\n");
        List<String> tables = tableNames(h);
        sb.append("<h2>得分</h2>\n<table>\n<tr><th>年度</th><th>部门得分</th><th>等级</th>");
        tables.forEach(t -> sb.append("<th>").append(HtmlText.esc(t)).append("</th>"));
        sb.append("</tr>\n");
        for (History.Year y : h.years()) {
            sb.append("<tr><td>").append(y.year()).append("</td><td class=\"num\">").append(num(y.score()))
                    .append("</td><td>").append(HtmlText.esc(dash(y.grade()))).append("</td>");
            for (String t : tables) {
                sb.append("<td class=\"num\">").append(HtmlText.esc(y.tables().stream().filter(x -> x.name().equals(t))
                        .findFirst().map(x -> x.score() == null ? "未评分" : num(x.score()) + " " + dash(x.grade()))
                        .orElse("—"))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n<h2>变化</h2>\n");
        if (h.changes().isEmpty()) {
            sb.append("<p>无</p>\n");
        } else {
            sb.append("<table>\n<tr><th>年度</th><th>表</th><th>指标</th><th>变化</th><th>从</th><th>到</th></tr>\n");
            for (History.Change c : h.changes()) {
                sb.append("<tr><td>").append(c.year()).append("</td><td>").append(HtmlText.esc(c.table()))
                        .append("</td><td>").append(HtmlText.esc(c.indicator())).append("</td><td class=\"kind\">")
                        .append(HtmlText.esc(label(c.kind()))).append("</td><td>").append(HtmlText.esc(dash(c.from())))
                        .append("</td><td>").append(HtmlText.esc(dash(c.to()))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        Map<String, Set<String>> flagged = flagged(h);
        for (String t : tables) {
            sb.append("<h2>").append(HtmlText.esc(t)).append("</h2>\n<table>\n<tr><th>指标</th>");
            h.years().forEach(y -> sb.append("<th>").append(y.year()).append(" 目标 / 实际</th>"));
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
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    static String label(String kind) {
        return switch (kind) {
            case History.TARGET_LOWERED -> "目标降低 target-lowered";
            case History.TARGET_BELOW_LAST_ACTUAL -> "低于上年实际 target-below-last-actual";
            case History.DROPPED -> "删除 dropped";
            case History.ADDED -> "新增 added";
            default -> kind;
        };
    }

    private static String yearsText(History h) {
        return h.years().size() + " 个年度 (" + h.years().stream().map(y -> String.valueOf(y.year()))
                .collect(Collectors.joining(", ")) + ")";
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

    private static void columns(StringBuilder sb, List<List<String>> rows, String indent) {
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[n];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], TextWidth.of(r.get(i)));
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.size(); i++) {
                line.append(i == r.size() - 1 ? r.get(i) : TextWidth.padRight(r.get(i), width[i]) + "  ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String num(BigDecimal v) {
        return v == null ? "—" : Numbers.text(v);
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
