package io.jixiao.report.recheck;

import io.jixiao.problem.Finding;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.CategoryAverage;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.report.TextWidth;
import io.jixiao.value.Numbers;
import java.util.Map;

/** The review for a terminal: summary, ranking, grades, category averages, 复核 findings, failures. */
public final class ReviewText {

    private static final int NAME = 40;
    private static final int FOLDER = 18;

    private ReviewText() {
    }

    public static String render(BureauReport r) {
        StringBuilder b = new StringBuilder();
        b.append("复核 ").append(r.root()).append(": ").append(r.departments()).append(" 个部门 (")
                .append(r.ranking().size()).append(" 评分, ").append(r.failed().size()).append(" 未能评分), ")
                .append(r.tables()).append(" 张表, ").append(r.indicators()).append(" 个指标 · 评分方案 ")
                .append(r.profile() == null ? "各部门 targets.yaml 所定 (默认 national)" : r.profile()).append("\n\n");
        ranking(b, r);
        grades(b, r);
        categories(b, r);
        findings(b, r);
        failed(b, r);
        return b.toString();
    }

    private static void ranking(StringBuilder b, BureauReport r) {
        b.append("■ 排名 ranking\n");
        b.append("  ").append(TextWidth.padLeft("名次", 5)).append(TextWidth.padLeft("得分", 8)).append("  等级  ")
                .append(TextWidth.padRight("部门", NAME)).append(TextWidth.padRight("年度", 6))
                .append(TextWidth.padRight("文件夹", FOLDER)).append("复核发现\n");
        for (Ranked x : r.ranking()) {
            DepartmentRecheck d = x.review();
            b.append("  ").append(TextWidth.padLeft(String.valueOf(x.rank()), 5))
                    .append(TextWidth.padLeft(Numbers.text(d.score()), 8)).append("  ")
                    .append(TextWidth.padRight(d.grade(), 6))
                    .append(TextWidth.padRight(TextWidth.clip(d.department(), NAME - 1), NAME))
                    .append(TextWidth.padRight(String.valueOf(d.year()), 6))
                    .append(TextWidth.padRight(TextWidth.clip(d.folder(), FOLDER - 1), FOLDER))
                    .append(counts(d)).append('\n');
        }
        b.append('\n');
    }

    private static String counts(DepartmentRecheck d) {
        StringBuilder s = new StringBuilder();
        for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
            long n = d.count(k);
            if (n > 0) {
                s.append(s.length() == 0 ? "" : " · ").append(k.label()).append(' ').append(n);
            }
        }
        return s.length() == 0 ? "—" : s.toString();
    }

    private static void grades(StringBuilder b, BureauReport r) {
        b.append("■ 等级分布 grades\n");
        int total = Math.max(1, r.ranking().size());
        for (Map.Entry<String, Integer> g : r.grades().entrySet()) {
            int bar = (int) Math.round(40.0 * g.getValue() / total);
            b.append("  ").append(TextWidth.padRight(g.getKey(), 4)).append(TextWidth.padLeft(String.valueOf(g.getValue()), 6))
                    .append("  ").append("█".repeat(bar)).append('\n');
        }
        if (!r.failed().isEmpty()) {
            b.append("  未能评分 ").append(r.failed().size()).append('\n');
        }
        b.append('\n');
    }

    private static void categories(StringBuilder b, BureauReport r) {
        b.append("■ 类别平均 category averages (每表平均得分/分值, 得分率 = Σ得分/Σ分值)\n");
        for (CategoryAverage c : r.categories()) {
            b.append("  ").append(TextWidth.padRight(c.level1(), 22)).append(TextWidth.padRight(c.category(), 14))
                    .append(TextWidth.padLeft(Numbers.text(c.score()), 8)).append(" /")
                    .append(TextWidth.padLeft(Numbers.text(c.points()), 7)).append("   得分率 ")
                    .append(TextWidth.padLeft(Numbers.text(c.rate()) + "%", 8)).append("   ").append(c.tables())
                    .append(" 张表\n");
        }
        b.append('\n');
    }

    private static void findings(StringBuilder b, BureauReport r) {
        b.append("■ 复核发现 findings (").append(r.findings().size()).append("): ");
        StringBuilder s = new StringBuilder();
        r.counts().forEach((k, n) -> s.append(s.length() == 0 ? "" : " · ").append(k.label()).append(' ').append(n));
        b.append(s).append('\n');
        String folder = null;
        String table = null;
        for (RecheckFinding f : r.findings()) {
            if (!f.folder().equals(folder)) {
                folder = f.folder();
                table = null;
                b.append("  ").append(f.folder()).append("  ").append(f.department()).append('\n');
            }
            if (!f.table().equals(table)) {
                table = f.table();
                b.append("    [").append(table).append("]\n");
            }
            b.append("      ").append(f.finding().render()).append('\n');
        }
        b.append('\n');
    }

    private static void failed(StringBuilder b, BureauReport r) {
        b.append("■ 未能评分 failed (").append(r.failed().size()).append(")\n");
        for (DepartmentRecheck d : r.failed()) {
            b.append("  ").append(d.folder()).append(d.department().isEmpty() ? "" : "  " + d.department())
                    .append(d.crashed() ? "  (internal error)" : "").append('\n');
            for (Finding f : d.errors()) {
                b.append("      ").append(f.render()).append('\n');
            }
        }
    }
}
