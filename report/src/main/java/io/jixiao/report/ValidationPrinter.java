package io.jixiao.report;

import io.jixiao.model.Category;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableProgress;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Prints what {@code jixiao validate} understood of one file, and its findings. */
public final class ValidationPrinter {

    private static final int NAME_WIDTH = 34;
    private final PrintWriter out;

    public ValidationPrinter(PrintWriter out) {
        this.out = out;
    }

    public void header(String file, String kind) {
        out.println("━━ " + file + "  (" + kind + ")");
    }

    public void targets(DepartmentTargets d) {
        StringBuilder line = new StringBuilder("   部门 " + d.department() + " · " + d.year() + "年");
        if (d.budget() != null) {
            line.append(" · 预算 ").append(money(d.budget())).append("万元");
        }
        if (d.projectBudget() != null) {
            line.append(" · 项目支出 ").append(money(d.projectBudget())).append("万元");
        }
        out.println(line);
        out.println("   " + TextWidth.padRight("表 (table)", NAME_WIDTH) + TextWidth.padLeft("指标", 6)
                + TextWidth.padLeft("产出", 6) + TextWidth.padLeft("效益", 6) + TextWidth.padLeft("满意度", 8)
                + TextWidth.padLeft("预算(万元)", 12));
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
        out.println("   " + TextWidth.padRight("合计 (" + d.tables().size() + " tables)", NAME_WIDTH)
                + TextWidth.padLeft(String.valueOf(total), 6));
    }

    public void actuals(DepartmentActuals a) {
        out.println("   部门 " + a.department() + " · " + a.year() + "年");
        for (TableActuals t : a.tables()) {
            out.println("   " + TextWidth.padRight(TextWidth.clip(t.name(), NAME_WIDTH - 1), NAME_WIDTH)
                    + TextWidth.padLeft(t.actuals().size() + " actuals", 12)
                    + (t.spent() == null ? "" : "   执行数 " + money(t.spent()) + "万元")
                    + (t.selfScores().isEmpty() ? "" : "   自评得分 " + t.selfScores().size()));
        }
    }

    /** A progress file (绩效运行监控): department, month, and per table the money spent to date and lines given. */
    public void progress(DepartmentProgress p) {
        out.println("   部门 " + p.department() + " · " + p.year() + "年 · 截至" + p.month() + "月");
        for (TableProgress t : p.tables()) {
            out.println("   " + TextWidth.padRight(TextWidth.clip(t.name(), NAME_WIDTH - 1), NAME_WIDTH)
                    + TextWidth.padLeft(t.indicators().size() + " lines", 12)
                    + (t.spentToDate() == null ? "" : "   1–" + p.month() + "月执行数 " + money(t.spentToDate()) + "万元"));
        }
    }

    public void findings(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        String notes = infos == 0 ? "" : ", " + infos + " note(s)";
        out.println(errors == 0 ? "   ✔ no errors, " + warnings + " warning(s)" + notes
                : "   ✘ " + errors + " error(s), " + warnings + " warning(s)" + notes);
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
