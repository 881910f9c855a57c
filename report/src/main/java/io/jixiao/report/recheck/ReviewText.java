package io.jixiao.report.recheck;

import io.jixiao.problem.Finding;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.CategoryAverage;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.report.Labels;
import io.jixiao.report.TextWidth;
import io.jixiao.value.Numbers;
import java.util.Map;

/**
 * The review for a terminal, in the language of the run ({@link Labels}): summary, ranking, grades, category
 * averages, 复核 findings, failures.
 */
public final class ReviewText {

    private static final int NAME = 40;
    private static final int FOLDER = 18;

    private ReviewText() {
    }

    public static String render(BureauReport r) {
        StringBuilder b = new StringBuilder();
        b.append(Labels.text("reviewText.summary", "root", r.root(), "departments", r.departments(), "scored",
                r.ranking().size(), "failed", r.failed().size(), "tables", r.tables(), "indicators", r.indicators(),
                "profile", r.profile() == null ? Labels.text("reviewText.profile.each") : r.profile())).append("\n\n");
        ranking(b, r);
        grades(b, r);
        categories(b, r);
        findings(b, r);
        failed(b, r);
        return b.toString();
    }

    private static void ranking(StringBuilder b, BureauReport r) {
        b.append(Labels.text("reviewText.ranking")).append('\n');
        b.append("  ").append(TextWidth.padLeft(Labels.text("review.col.rank"), 5))
                .append(TextWidth.padLeft(Labels.text("review.col.total"), 8)).append("  ")
                .append(TextWidth.padRight(Labels.text("review.col.grade"), 6))
                .append(TextWidth.padRight(Labels.text("review.col.department"), NAME))
                .append(TextWidth.padRight(Labels.text("review.col.year"), 6))
                .append(TextWidth.padRight(Labels.text("review.col.folder"), FOLDER))
                .append(Labels.text("review.col.findings")).append('\n');
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
                s.append(s.length() == 0 ? "" : " · ").append(Labels.kind(k)).append(' ').append(n);
            }
        }
        return s.length() == 0 ? "—" : s.toString();
    }

    private static void grades(StringBuilder b, BureauReport r) {
        b.append(Labels.text("reviewText.grades")).append('\n');
        int total = Math.max(1, r.ranking().size());
        for (Map.Entry<String, Integer> g : r.grades().entrySet()) {
            int bar = (int) Math.round(40.0 * g.getValue() / total);
            b.append("  ").append(TextWidth.padRight(g.getKey(), 4)).append(TextWidth.padLeft(String.valueOf(g.getValue()), 6))
                    .append("  ").append("█".repeat(bar)).append('\n');
        }
        if (!r.failed().isEmpty()) {
            b.append("  ").append(Labels.text("reviewText.grades.failed", "count", r.failed().size())).append('\n');
        }
        b.append('\n');
    }

    private static void categories(StringBuilder b, BureauReport r) {
        b.append(Labels.text("reviewText.categories")).append('\n');
        for (CategoryAverage c : r.categories()) {
            b.append("  ").append(TextWidth.padRight(c.level1(), 22)).append(TextWidth.padRight(c.category(), 14))
                    .append(TextWidth.padLeft(Numbers.text(c.score()), 8)).append(" /")
                    .append(TextWidth.padLeft(Numbers.text(c.points()), 7)).append("   ")
                    .append(Labels.text("reviewText.categories.rate", "rate",
                            TextWidth.padLeft(Numbers.text(c.rate()) + "%", 8), "tables", c.tables())).append('\n');
        }
        b.append('\n');
    }

    private static void findings(StringBuilder b, BureauReport r) {
        StringBuilder s = new StringBuilder();
        r.counts().forEach((k, n) -> s.append(s.length() == 0 ? "" : " · ").append(Labels.kind(k)).append(' ').append(n));
        b.append(Labels.text("reviewText.findings", "count", r.findings().size(), "kinds", s)).append('\n');
        String folder = null;
        String table = null;
        for (RecheckFinding f : r.findings()) {
            if (!f.folder().equals(folder)) {
                folder = f.folder();
                table = null;
                b.append("  ").append(shown(f.folder())).append("  ").append(f.department()).append('\n');
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
        b.append(Labels.text("reviewText.failed", "count", r.failed().size())).append('\n');
        for (DepartmentRecheck d : r.failed()) {
            b.append("  ").append(shown(d.folder())).append(d.department().isEmpty() ? "" : "  " + d.department())
                    .append(d.crashed() ? "  " + Labels.text("reviewText.crashed") : "").append('\n');
            for (Finding f : d.errors()) {
                b.append("      ").append(f.render()).append('\n');
            }
        }
    }

    /** A folder as the report shows it: a very long one (a hostile tree) keeps its start and end, as locations do. */
    static String shown(String folder) {
        return io.jixiao.problem.Location.of(folder).toString();
    }
}
