package io.jixiao.report;

import io.jixiao.model.Category;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableProgress;
import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Prints what {@code jixiao validate} understood of one file, and its findings, in the language of the run
 * (io/jixiao/report/validation.properties and validation_zh.properties).
 */
public final class ValidationPrinter {

    private static final Catalogue T = Catalogue.of(ValidationPrinter.class, "validation");
    private static final int NAME_WIDTH = 34;
    private final PrintWriter out;

    public ValidationPrinter(PrintWriter out) {
        this.out = out;
    }

    public void header(String file, String kind) {
        out.println(T.text("header", "file", file, "kind", kind));
    }

    public void targets(DepartmentTargets d) {
        StringBuilder line = new StringBuilder("   " + T.text("department", "department", d.department(), "year",
                d.year()));
        if (d.budget() != null) {
            line.append(" · ").append(T.text("budget", "budget", money(d.budget())));
        }
        if (d.projectBudget() != null) {
            line.append(" · ").append(T.text("projectBudget", "budget", money(d.projectBudget())));
        }
        out.println(line);
        out.println("   " + TextWidth.padRight(T.text("column.table"), NAME_WIDTH)
                + TextWidth.padLeft(T.text("column.indicators"), 6) + TextWidth.padLeft(T.text("column.output"), 6)
                + TextWidth.padLeft(T.text("column.outcome"), 6) + TextWidth.padLeft(T.text("column.satisfaction"), 8)
                + TextWidth.padLeft(T.text("column.budget"), 12));
        int total = 0;
        for (IndicatorTable t : d.tables()) {
            Map<Category, Integer> counts = counts(t.indicators());
            total += t.indicators().size();
            out.println("   " + TextWidth.padRight(TextWidth.clip(t.name(), NAME_WIDTH - 1), NAME_WIDTH)
                    + TextWidth.padLeft(String.valueOf(t.indicators().size()), 6)
                    + TextWidth.padLeft(String.valueOf(counts.get(Category.OUTPUT)), 6)
                    + TextWidth.padLeft(String.valueOf(counts.get(Category.OUTCOME)), 6)
                    + TextWidth.padLeft(String.valueOf(counts.get(Category.SATISFACTION)), 8)
                    + TextWidth.padLeft(t.budget() == null ? "—" : money(t.budget()), 12));
        }
        out.println("   " + TextWidth.padRight(T.text("total", "tables", d.tables().size()), NAME_WIDTH)
                + TextWidth.padLeft(String.valueOf(total), 6));
    }

    public void actuals(DepartmentActuals a) {
        out.println("   " + T.text("department", "department", a.department(), "year", a.year()));
        // the counts right-aligned in a column as wide as the widest (13 个实际完成值 is wider than 13 actuals)
        int width = a.tables().stream().mapToInt(t -> TextWidth.of(T.text("actuals", "count", t.actuals().size())))
                .max().orElse(0);
        for (TableActuals t : a.tables()) {
            out.println("   " + TextWidth.padRight(TextWidth.clip(t.name(), NAME_WIDTH - 1), NAME_WIDTH)
                    + TextWidth.padLeft(T.text("actuals", "count", t.actuals().size()), Math.max(12, width))
                    + (t.spent() == null ? "" : "   " + T.text("spent", "spent", money(t.spent())))
                    + (t.selfScores().isEmpty() ? "" : "   " + T.text("selfScores", "count", t.selfScores().size())));
        }
    }

    /** A progress file (绩效运行监控): department, month, and per table the money spent to date and lines given. */
    public void progress(DepartmentProgress p) {
        out.println("   " + T.text("progress.department", "department", p.department(), "year", p.year(), "month",
                p.month()));
        for (TableProgress t : p.tables()) {
            out.println("   " + TextWidth.padRight(TextWidth.clip(t.name(), NAME_WIDTH - 1), NAME_WIDTH)
                    + TextWidth.padLeft(T.text("progress.lines", "count", t.indicators().size()), 12)
                    + (t.spentToDate() == null ? "" : "   " + T.text("progress.spentToDate", "month", p.month(), "spent",
                            money(t.spentToDate()))));
        }
    }

    public void findings(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        String summary = errors == 0
                ? infos == 0 ? T.text("summary.clean", "warnings", warnings)
                        : T.text("summary.cleanWithNotes", "warnings", warnings, "notes", infos)
                : infos == 0 ? T.text("summary.errors", "errors", errors, "warnings", warnings)
                        : T.text("summary.errorsWithNotes", "errors", errors, "warnings", warnings, "notes", infos);
        out.println("   " + summary);
        findings.forEach(f -> out.println("   " + f.render()));
        out.println();
    }

    private static Map<Category, Integer> counts(List<Indicator> indicators) {
        Map<Category, Integer> m = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            m.put(c, 0);
        }
        indicators.forEach(i -> m.merge(i.category(), 1, Integer::sum));
        return m;
    }

    private static String money(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
