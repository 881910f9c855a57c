package io.jixiao.report.recheck;

import static io.jixiao.report.HtmlText.esc;

import io.jixiao.problem.Finding;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.CategoryAverage;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.value.Numbers;
import java.util.Map;

/**
 * The review as one self-contained HTML page (no script, no external files): summary, grade bars, category
 * averages, the ranking, 复核 findings grouped by department (foldable), and the failures.
 */
public final class ReviewHtml {

    private ReviewHtml() {
    }

    public static String render(BureauReport r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>复核 ")
                .append(esc(r.root())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #ccc;padding:3px 8px}\n")
                .append("th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append(".bar{display:inline-block;height:0.9em;background:#4a7ebb}.warn{color:#a35b00}.err{color:#b00020}\n")
                .append("details{margin:0.3em 0}summary{cursor:pointer}li{margin:0.15em 0}\n")
                .append("</style>\n</head>\n<body>\n");
        b.append("<h1>复核 · ").append(esc(r.root())).append("</h1>\n<p>").append(r.departments()).append(" 个部门（")
                .append(r.ranking().size()).append(" 评分，").append(r.failed().size()).append(" 未能评分），")
                .append(r.tables()).append(" 张表，").append(r.indicators()).append(" 个指标 · 评分方案 ")
                .append(esc(r.profile() == null ? "各部门 targets.yaml 所定（默认 national）" : r.profile())).append("</p>\n");
        grades(b, r);
        categories(b, r);
        ranking(b, r);
        findings(b, r);
        failed(b, r);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void grades(StringBuilder b, BureauReport r) {
        b.append("<h2>等级分布</h2>\n<table>\n<tr><th>等级</th><th>部门数</th><th></th></tr>\n");
        int total = Math.max(1, r.ranking().size());
        for (Map.Entry<String, Integer> g : r.grades().entrySet()) {
            b.append("<tr><td>").append(esc(g.getKey())).append("</td><td class=\"n\">").append(g.getValue())
                    .append("</td><td><span class=\"bar\" style=\"width:").append(Math.round(300.0 * g.getValue() / total))
                    .append("px\"></span></td></tr>\n");
        }
        b.append("<tr><td>未能评分</td><td class=\"n\">").append(r.failed().size()).append("</td><td></td></tr>\n</table>\n");
    }

    private static void categories(StringBuilder b, BureauReport r) {
        b.append("<h2>类别平均</h2>\n<table>\n<tr><th>类别</th><th>组</th><th>表数</th><th>平均分值</th><th>平均得分</th>"
                + "<th>得分率</th></tr>\n");
        for (CategoryAverage c : r.categories()) {
            b.append("<tr><td>").append(esc(c.level1())).append("</td><td>").append(esc(c.category()))
                    .append("</td><td class=\"n\">").append(c.tables()).append("</td><td class=\"n\">")
                    .append(Numbers.text(c.points())).append("</td><td class=\"n\">").append(Numbers.text(c.score()))
                    .append("</td><td class=\"n\">").append(Numbers.text(c.rate())).append("%</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void ranking(StringBuilder b, BureauReport r) {
        b.append("<h2>排名</h2>\n<table>\n<tr><th>名次</th><th>得分</th><th>等级</th><th>部门</th><th>年度</th><th>文件夹</th>"
                + "<th>方法</th>");
        for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
            b.append("<th>").append(esc(k.label())).append("</th>");
        }
        b.append("</tr>\n");
        for (Ranked x : r.ranking()) {
            DepartmentRecheck d = x.review();
            b.append("<tr><td class=\"n\">").append(x.rank()).append("</td><td class=\"n\">").append(Numbers.text(d.score()))
                    .append("</td><td>").append(esc(d.grade())).append("</td><td>").append(esc(d.department()))
                    .append("</td><td>").append(d.year()).append("</td><td>").append(esc(d.folder())).append("</td><td>")
                    .append(esc(d.method())).append("</td>");
            for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
                long n = d.count(k);
                b.append("<td class=\"n\">").append(n == 0 ? "" : String.valueOf(n)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void findings(StringBuilder b, BureauReport r) {
        b.append("<h2>复核发现（").append(r.findings().size()).append("）</h2>\n<p>");
        StringBuilder s = new StringBuilder();
        r.counts().forEach((k, n) -> s.append(s.length() == 0 ? "" : " · ").append(esc(k.label())).append(' ').append(n));
        b.append(s).append("</p>\n");
        String folder = null;
        for (RecheckFinding f : r.findings()) {
            if (!f.folder().equals(folder)) {
                if (folder != null) {
                    b.append("</ul></details>\n");
                }
                folder = f.folder();
                b.append("<details><summary>").append(esc(f.department())).append(" · ").append(esc(f.folder()))
                        .append("</summary><ul>\n");
            }
            b.append("<li class=\"warn\">").append(esc("[" + f.table() + "] " + f.finding().render())).append("</li>\n");
        }
        if (folder != null) {
            b.append("</ul></details>\n");
        }
    }

    private static void failed(StringBuilder b, BureauReport r) {
        b.append("<h2>未能评分（").append(r.failed().size()).append("）</h2>\n");
        if (r.failed().isEmpty()) {
            return;
        }
        b.append("<ul>\n");
        for (DepartmentRecheck d : r.failed()) {
            b.append("<li>").append(esc(d.folder())).append(d.department().isEmpty() ? "" : " · " + esc(d.department()))
                    .append(d.crashed() ? "（内部错误）" : "").append("<ul>\n");
            for (Finding f : d.errors()) {
                b.append("<li class=\"err\">").append(esc(f.render())).append("</li>\n");
            }
            b.append("</ul></li>\n");
        }
        b.append("</ul>\n");
    }
}
