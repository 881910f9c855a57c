package io.jixiao.report.monitor;

import static io.jixiao.report.HtmlText.esc;
import static io.jixiao.report.monitor.Labels.light;
import static io.jixiao.report.monitor.Labels.t;

import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.BureauMonitoring.Ranked;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Language;
import io.jixiao.value.Numbers;
import java.util.Map;

/**
 * {@code jixiao monitor DIR --format html}: the bureau's traffic-light page (one self-contained file, no script): the
 * lights over all departments, the ranking by red then yellow tables with each department's tables as dots, the
 * projected grades, and what could not be monitored.
 */
public final class BureauHtml {

    private BureauHtml() {
    }

    public static String render(BureauMonitoring r) {
        String title = t("bureau.heading", "root", r.root(), "departments", r.departments(), "monitored",
                r.ranking().size(), "failed", r.failed().size(), "tables", r.tables(), "indicators", r.indicators(),
                "profile", r.profile() == null ? t("bureau.ownProfile") : r.profile());
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Language.current() == Language.ZH ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(MonitorHtml.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<h1>").append(esc(title)).append("</h1>\n<section class=\"card hero\"><div class=\"lamps\">");
        for (Light l : new Light[] {Light.RED, Light.YELLOW, Light.GREEN}) {
            b.append("<div class=\"lamp\"><b class=\"").append(l.label()).append("\">").append(r.lights().get(l))
                    .append("</b>").append(esc(light(l))).append("</div>");
        }
        b.append("</div><div><p class=\"kicker\">").append(esc(t("bureau.grades").replace("■ ", ""))).append("</p>");
        for (Map.Entry<String, Integer> g : r.grades().entrySet()) {
            b.append(esc(g.getKey())).append(' ').append(g.getValue()).append("&nbsp;&nbsp; ");
        }
        b.append("</div></section>\n<section class=\"card\">\n<h2>").append(esc(t("bureau.ranking").replace("■ ", "")))
                .append("</h2>\n<table>\n<tr>");
        for (String h : new String[] {"rank", "red", "yellow", "green", "score", "grade", "department", "month",
                "folder", "redTables"}) {
            b.append("<th>").append(esc(t("bureau.head." + h))).append("</th>");
        }
        b.append("</tr>\n");
        for (Ranked x : r.ranking()) {
            MonitoredDepartment d = x.department();
            b.append("<tr><td class=\"n\">").append(x.rank()).append("</td><td class=\"n\">").append(d.red())
                    .append("</td><td class=\"n\">").append(d.yellow()).append("</td><td class=\"n\">").append(d.green())
                    .append("</td><td class=\"n\">").append(Numbers.text(d.projectedScore())).append("</td><td>")
                    .append(esc(d.projectedGrade())).append("</td><td>").append(esc(d.department())).append("</td><td>")
                    .append(d.month()).append("</td><td>").append(esc(d.folder())).append("</td><td>");
            for (MonitoredDepartment.TableLight tl : d.lights()) {
                b.append("<span class=\"dot ").append(tl.light().label()).append("\" title=\"")
                        .append(esc(tl.table() + " · " + light(tl.light()))).append("\"></span>");
            }
            b.append("<br><span class=\"why\">").append(esc(BureauText.atRisk(d))).append("</span></td></tr>\n");
        }
        b.append("</table>\n</section>\n<section class=\"card\">\n<h2>").append(esc(t("bureau.failed", "count",
                r.failed().size()).replace("■ ", ""))).append("</h2>\n");
        if (!r.failed().isEmpty()) {
            b.append("<ul class=\"findings\">\n");
            for (MonitoredDepartment d : r.failed()) {
                for (Finding f : d.errors()) {
                    b.append("<li class=\"error\">").append(esc(d.folder() + (d.crashed() ? " " + t("bureau.internal")
                            : "") + ": " + f.render())).append("</li>\n");
                }
            }
            b.append("</ul>\n");
        }
        b.append("</section>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }
}
