package io.jixiao.report.html;

import static io.jixiao.report.HtmlText.esc;

import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code jixiao report … -o F.html}: one self-contained page (inline CSS and SVG, no script, nothing fetched)
 * with the department's score and grade, a bar per table, each table's categories against their points and
 * its indicators with status colours and the explanation of every score. Renders; never recomputes.
 */
public final class HtmlReport {

    private static final Map<Status, String> STATUS_WORDS = Map.of(Status.MET, "达标", Status.PARTIAL, "部分完成",
            Status.MISSED, "未完成", Status.NA, "不适用");
    private static final String CSS = css();

    private final ScoredDepartment d;
    private final StringBuilder b = new StringBuilder(64 * 1024);

    private HtmlReport(ScoredDepartment d) {
        this.d = d;
    }

    public static String render(ScoredDepartment d) {
        return new HtmlReport(d).page();
    }

    private String page() {
        DepartmentScore s = d.score();
        String title = s.department() + " " + s.year() + "年度绩效自评报告";
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"jixiao\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        hero(s);
        overview(s);
        List<TableScore> tables = s.tables();
        for (int i = 0; i < tables.size(); i++) {
            table(tables.get(i), anchor(i));
        }
        departmentFindings(s.findings());
        b.append("<footer>本报告由 jixiao 根据绩效目标与实际完成值评分生成。评分方案 ").append(esc(s.profile()))
                .append("；分数四舍五入保留两位；每项得分的规则与算式见“评分说明”。</footer>\n");
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private void hero(DepartmentScore s) {
        String colour = Html.gradeColour(s.grade());
        b.append("<header class=\"hero\">\n<div class=\"who\">\n<p class=\"kicker\">").append(s.year())
                .append("年度 · 绩效自评报告</p>\n<h1>").append(esc(s.department())).append("</h1>\n<p class=\"how\">")
                .append("计算：").append(esc(s.explanation())).append("</p>\n")
                .append("<p class=\"counts\">").append(s.tables().size()).append(" 张绩效目标表 · ")
                .append(s.tables().stream().mapToInt(t -> t.indicators().size()).sum()).append(" 项指标 ")
                .append(statusCounts(s.tables())).append("</p>\n")
                .append("<p class=\"how\">评分方案 ").append(esc(s.profile())).append("（").append(esc(thresholds()))
                .append("）</p>\n</div>\n<div class=\"result\" style=\"--grade:").append(colour).append("\">\n")
                .append("<div class=\"score\" id=\"department-score\">").append(Numbers.text(s.score()))
                .append("<span>分</span></div>\n<div class=\"grade\" id=\"department-grade\">").append(esc(s.grade()))
                .append("</div>\n</div>\n</header>\n");
    }

    private void overview(DepartmentScore s) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<TableScore> tables = s.tables();
        for (int i = 0; i < tables.size(); i++) {
            TableScore t = tables.get(i);
            bars.add(new BarChart.Bar(t.name(), t.score(), t.grade(), anchor(i)));
        }
        b.append("<section class=\"card\">\n<h2>各表得分</h2>\n<p class=\"note\">每张绩效目标表满分 100 分；")
                .append(s.overall() != null ? "部门得分取部门整体表得分。" : "部门得分为各项目得分的"
                        + ("mean".equals(s.method()) ? "平均。" : "预算加权平均。"))
                .append("点击条形跳到该表。</p>\n<div class=\"chart-wrap\">")
                .append(BarChart.render(bars, d.profile().grades())).append("</div>\n");
        b.append("<table class=\"summary\">\n<thead><tr><th>绩效目标表</th><th class=\"num\">预算数（万元）</th>")
                .append("<th class=\"num\">全年执行数（万元）</th><th class=\"num\">执行率</th><th class=\"num\">得分</th>")
                .append("<th>等级</th><th>指标</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < tables.size(); i++) {
            TableScore t = tables.get(i);
            BudgetExecution be = t.budgetExecution();
            b.append("<tr><td><a href=\"#").append(anchor(i)).append("\">").append(esc(t.name())).append("</a></td>")
                    .append("<td class=\"num\">").append(Numbers.text(t.budget())).append("</td>")
                    .append("<td class=\"num\">").append(Numbers.text(t.spent())).append("</td>")
                    .append("<td class=\"num\">").append(be == null ? "—" : Numbers.text(be.rate()) + "%").append("</td>")
                    .append("<td class=\"num strong\">").append(Numbers.text(t.score())).append("</td>")
                    .append("<td>").append(gradeBadge(t.grade())).append("</td><td>").append(statusCounts(t))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private void table(TableScore t, String anchor) {
        b.append("<section class=\"card table\" id=\"").append(anchor).append("\">\n<div class=\"table-head\">\n<div>\n")
                .append("<p class=\"kicker\">").append(t.kind() == TableKind.OVERALL ? "部门整体绩效目标" : "项目")
                .append("</p>\n<h2>").append(esc(t.name())).append("</h2>\n<p class=\"note\">").append(esc(t.explanation()))
                .append("</p>\n</div>\n<div class=\"table-score\" style=\"--grade:").append(Html.gradeColour(t.grade()))
                .append("\"><span class=\"n\">").append(Numbers.text(t.score())).append("</span>")
                .append(gradeBadge(t.grade())).append("</div>\n</div>\n");
        b.append("<div class=\"split\">\n<div>\n<h3>分类得分 / 分值</h3>\n")
                .append(CategoryChart.render(categoryRows(t))).append("\n</div>\n<div class=\"budget\">\n<h3>预算执行</h3>\n");
        BudgetExecution be = t.budgetExecution();
        if (be == null) {
            b.append("<p class=\"note\">预算数或全年执行数未知：预算执行率不计分，其余分类按比例折算。</p>\n");
        } else {
            b.append("<dl><dt>预算数</dt><dd>").append(Numbers.text(be.budget())).append(" 万元</dd>")
                    .append("<dt>全年执行数</dt><dd>").append(Numbers.text(be.spent())).append(" 万元</dd>")
                    .append("<dt>执行率</dt><dd>").append(Numbers.text(be.rate())).append("%</dd>")
                    .append("<dt>得分</dt><dd>").append(Numbers.text(be.score())).append(" / ")
                    .append(Numbers.text(be.points())).append("</dd></dl>\n<p class=\"note\">").append(esc(be.explanation()))
                    .append("</p>\n");
        }
        b.append("</div>\n</div>\n");
        indicators(t);
        findings(t.findings(), "本表提示");
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
            rows.add(new CategoryChart.Row("预算执行率", be.points(), be.score(), false));
        }
        return rows;
    }

    private void indicators(TableScore t) {
        Map<String, String> reasons = d.reasons(t);
        b.append("<h3>指标</h3>\n<table class=\"indicators\">\n<thead><tr><th>指标</th><th>年度指标值</th><th>实际完成值</th>")
                .append("<th class=\"num\">分值</th><th class=\"num\">得分</th><th>状态</th><th>评分说明</th></tr></thead>\n")
                .append("<tbody>\n");
        for (IndicatorScore i : t.indicators()) {
            String status = i.status().label();
            b.append("<tr class=\"").append(status).append("\"><td><span class=\"levels\">").append(esc(i.level1()));
            if (i.level2() != null && !i.level2().isBlank()) {
                b.append(" · ").append(esc(i.level2()));
            }
            b.append("</span>").append(esc(i.name())).append("</td><td class=\"val\">").append(esc(i.target()))
                    .append("</td><td class=\"val\">").append(esc(i.actual())).append("</td><td class=\"num\">").append(Numbers.text(i.points()))
                    .append("</td><td class=\"num strong\">").append(Numbers.text(i.score())).append("</td>")
                    .append("<td><span class=\"status ").append(status).append("\">")
                    .append(STATUS_WORDS.get(i.status())).append("</span></td><td class=\"why\">").append(esc(i.explanation()));
            String reason = reasons.get(i.key());
            if (reason != null && !reason.isBlank()) {
                b.append("<span class=\"reason\">未完成原因：").append(esc(reason)).append("</span>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private void findings(List<Finding> findings, String heading) {
        if (findings.isEmpty()) {
            return;
        }
        b.append("<h3>").append(esc(heading)).append("</h3>\n<ul class=\"findings\">\n");
        for (Finding f : findings) {
            b.append("<li class=\"").append(f.severity().label()).append("\"><span class=\"sev\">")
                    .append(esc(f.severity().label())).append("</span> <code>").append(esc(f.code())).append("</code> ")
                    .append(esc(f.message())).append("<span class=\"hint\">").append(esc(f.hint())).append("</span></li>\n");
        }
        b.append("</ul>\n");
    }

    private void departmentFindings(List<Finding> findings) {
        if (!findings.isEmpty()) {
            b.append("<section class=\"card\">\n");
            findings(findings, "部门提示");
            b.append("</section>\n");
        }
    }

    private static String statusCounts(TableScore t) {
        return statusCounts(List.of(t));
    }

    private static String statusCounts(List<TableScore> tables) {
        StringBuilder c = new StringBuilder();
        for (Status st : Status.values()) {
            long n = tables.stream().flatMap(t -> t.indicators().stream()).filter(i -> i.status() == st).count();
            if (n > 0) {
                c.append("<span class=\"status ").append(st.label()).append("\">").append(STATUS_WORDS.get(st)).append(' ')
                        .append(n).append("</span> ");
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
        return String.join("，", parts);
    }

    private static String anchor(int i) {
        return "t" + (i + 1);
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
