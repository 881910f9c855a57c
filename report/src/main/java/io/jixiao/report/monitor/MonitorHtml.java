package io.jixiao.report.monitor;

import static io.jixiao.report.HtmlText.esc;
import static io.jixiao.report.monitor.Labels.light;
import static io.jixiao.report.monitor.Labels.t;

import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.IndicatorMonitoring;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.TableMonitoring;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Language;
import io.jixiao.scoring.method.Explain;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code jixiao monitor -o F.html}: the monitoring as one self-contained traffic-light page (no script, no external
 * file): the projected score and how many tables have each light, then per table its light, pace against
 * 预算执行率 as two bars, the budget's light, the projected score, and the indicators with their lights, values,
 * f, 完成目标可能性 and the arithmetic. Renders; never recomputes.
 */
public final class MonitorHtml {

    static final String CSS = """
            :root{--green:#1b7f3b;--yellow:#c99a00;--red:#c0392b;--none:#9aa5b1;--ink:#1f2933;--muted:#616e7c;\
            --line:#e4e7eb;--bg:#f3f5f8}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 "PingFang SC","Microsoft YaHei",\
            "Noto Sans CJK SC",system-ui,sans-serif}
            main{max-width:1100px;margin:0 auto;padding:24px}
            h1{font-size:24px;margin:4px 0}h2{font-size:18px;margin:0}
            .kicker,.note{color:var(--muted);font-size:13px;margin:2px 0}
            .card{background:#fff;border-radius:10px;padding:18px 24px;margin-top:18px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            .hero{display:flex;gap:36px;align-items:center;flex-wrap:wrap}
            .score{font-size:52px;font-weight:700;line-height:1}.score small{font-size:18px;color:var(--muted)}
            .lamps{display:flex;gap:18px}.lamp{text-align:center;font-size:13px;color:var(--muted)}
            .lamp b{display:block;width:54px;height:54px;border-radius:50%;color:#fff;font-size:22px;line-height:54px;\
            margin:0 auto 4px}
            .dot{display:inline-block;width:14px;height:14px;border-radius:50%;vertical-align:-2px;margin-right:6px}
            .green{background:var(--green)}.yellow{background:var(--yellow)}.red{background:var(--red)}\
            .none{background:var(--none)}
            .head{display:flex;justify-content:space-between;align-items:baseline;gap:16px;flex-wrap:wrap}
            .bars{margin:10px 0}.bar{display:flex;align-items:center;gap:8px;font-size:13px;margin:3px 0}
            .bar span.l{width:110px;color:var(--muted)}.bar .track{flex:1;max-width:520px;height:12px;background:#edf0f4;\
            border-radius:6px;overflow:hidden}.bar .fill{height:12px}
            .why{font-size:12.5px;color:#3e4c59;margin:2px 0}
            table{width:100%;border-collapse:collapse;margin-top:8px}
            th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{font-size:12px;color:var(--muted);background:#f8f9fb;white-space:nowrap}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.why{font-size:12.5px;color:#3e4c59}
            ul.findings{list-style:none;padding:0;margin:6px 0;font-size:12.5px}
            ul.findings li{padding:4px 8px;border-left:3px solid var(--line);margin:3px 0;background:#fafbfc}
            ul.findings li.error{border-color:var(--red)}ul.findings li.warning{border-color:var(--yellow)}\
            ul.findings li.info{border-color:#1f6fb2}
            """;

    private MonitorHtml() {
    }

    public static String render(DepartmentMonitoring m) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Language.current() == Language.ZH ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>")
                .append(esc(t("page.heading", "department", m.department(), "year", m.year())))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        b.append("<p class=\"kicker\">").append(esc(t("page.kicker", "year", m.year(), "month", m.month(), "profile",
                m.profile()))).append("</p>\n<h1>").append(esc(m.department())).append("</h1>\n");
        b.append("<section class=\"card hero\">\n<div><p class=\"kicker\">").append(esc(t("page.projected")))
                .append("</p><div class=\"score\">").append(Numbers.text(m.projected().score())).append(" <small>")
                .append(esc(m.projected().grade())).append("</small></div><p class=\"why\">")
                .append(esc(m.projected().method() + ": " + m.projected().explanation())).append("</p></div>\n");
        b.append("<div><p class=\"kicker\">").append(esc(t("page.lights"))).append("</p><div class=\"lamps\">");
        for (Light l : new Light[] {Light.RED, Light.YELLOW, Light.GREEN}) {
            b.append("<div class=\"lamp\"><b class=\"").append(l.label()).append("\">").append(m.lights().get(l))
                    .append("</b>").append(esc(light(l))).append("</div>");
        }
        b.append("</div></div>\n</section>\n");
        for (TableMonitoring tm : m.tables()) {
            table(b, tm);
        }
        if (!m.findings().isEmpty()) {
            b.append("<section class=\"card\">\n<h2>").append(esc(t("page.findings", "count", m.findings().size())))
                    .append("</h2>\n");
            findings(b, m.findings());
            b.append("</section>\n");
        }
        b.append("<p class=\"note\">").append(esc(t("page.note"))).append("</p>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void table(StringBuilder b, TableMonitoring tm) {
        b.append("<section class=\"card\">\n<div class=\"head\"><h2><span class=\"dot ").append(tm.light().label())
                .append("\"></span>").append(esc(tm.name())).append("</h2><div><b>")
                .append(Numbers.text(tm.projected().score())).append("</b> ").append(esc(tm.projected().grade()))
                .append("</div></div>\n<p class=\"why\">").append(esc(t("tableLight", "light", light(tm.light()), "why",
                        tm.lightExplanation()))).append("</p>\n<div class=\"bars\">\n");
        bar(b, t("page.pace"), tm.pace(), "none");
        if (tm.executionRate() != null) {
            bar(b, t("page.rate"), tm.executionRate(), tm.budgetLight().label());
        }
        b.append("</div>\n<p class=\"why\">").append(esc(tm.paceExplanation())).append("</p>\n");
        if (tm.executionRate() != null) {
            b.append("<p class=\"why\">").append(esc(tm.executionExplanation())).append("</p>\n<p class=\"why\"><span class=\"dot ")
                    .append(tm.budgetLight().label()).append("\"></span>").append(esc(t("budgetLight", "light",
                            light(tm.budgetLight()), "why", tm.gapExplanation() + io.jixiao.monitor.Paces.separator()
                                    + tm.budgetExplanation()))).append("</p>\n");
        } else {
            b.append("<p class=\"why\">").append(esc(t("noBudget"))).append("</p>\n");
        }
        if (tm.goalProgress() != null) {
            b.append("<p class=\"why\">").append(esc(t("goal", "goal", Numbers.text(tm.goalProgress()) + "%", "why",
                    tm.goalExplanation()))).append("</p>\n");
        }
        b.append("<p class=\"why\">").append(esc(t("projectedLine", "spent", tm.projectedSpentExplanation(), "score",
                tm.projected().explanation()))).append("</p>\n");
        b.append("<table>\n<tr><th>").append(esc(t("head.indicator"))).append("</th><th>").append(esc(t("head.target")))
                .append("</th><th>").append(esc(t("head.current"))).append("</th><th>")
                .append(esc(t("head.forecast"))).append("</th><th>").append(esc(t("head.fraction")))
                .append("</th><th>").append(esc(t("head.likelihood"))).append("</th><th>").append(esc(t("head.why")))
                .append("</th></tr>\n");
        for (IndicatorMonitoring i : tm.indicators()) {
            b.append("<tr><td><span class=\"dot ").append(i.light().label()).append("\" title=\"")
                    .append(esc(light(i.light()))).append("\"></span>").append(esc(i.name())).append("</td><td>")
                    .append(esc(i.target())).append("</td><td>").append(esc(dash(i.current()))).append("</td><td>")
                    .append(esc(dash(i.forecast()))).append("</td><td class=\"n\">")
                    .append(i.fraction() == null ? "—" : Numbers.round(i.fraction(), 4).toPlainString())
                    .append("</td><td>").append(esc(i.likelihood() == null ? "—" : i.likelihoodDerived()
                            ? t("derived", "likelihood", i.likelihood().word()) : i.likelihood().word()))
                    .append("</td><td class=\"why\">").append(esc(i.explanation()));
            if (i.reason() != null || i.measures() != null) {
                b.append("<br>").append(esc(t("deviation", "reason", dash(i.reason()), "measures", dash(i.measures()))));
            }
            if (!i.findings().isEmpty()) {
                findings(b, i.findings());
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (!tm.findings().isEmpty()) {
            findings(b, tm.findings());
        }
        b.append("</section>\n");
    }

    private static void bar(StringBuilder b, String label, BigDecimal percent, String colour) {
        BigDecimal width = percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        b.append("<div class=\"bar\"><span class=\"l\">").append(esc(label)).append("</span><span class=\"track\">")
                .append("<span class=\"fill ").append(colour).append("\" style=\"display:block;width:")
                .append(Explain.num(Numbers.round(width))).append("%\"></span></span><span>")
                .append(Numbers.text(percent)).append("%</span></div>\n");
    }

    private static void findings(StringBuilder b, List<Finding> findings) {
        b.append("<ul class=\"findings\">\n");
        for (Finding f : findings) {
            b.append("<li class=\"").append(f.severity().label()).append("\">").append(esc(f.render())).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
