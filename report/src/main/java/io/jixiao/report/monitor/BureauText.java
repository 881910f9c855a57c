package io.jixiao.report.monitor;

import static io.jixiao.report.monitor.Labels.light;
import static io.jixiao.report.monitor.Labels.t;

import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.BureauMonitoring.Ranked;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.problem.Finding;
import io.jixiao.report.TextWidth;
import io.jixiao.value.Numbers;
import java.util.Map;

/**
 * {@code jixiao monitor DIR} for a terminal: departments ranked by red, then yellow tables, with their projected
 * scores and the tables that are red or yellow; the lights and projected grades over all; what could not be monitored.
 */
public final class BureauText {

    private static final int NAME = 36;
    private static final int FOLDER = 16;

    private BureauText() {
    }

    public static String render(BureauMonitoring r) {
        StringBuilder b = new StringBuilder();
        b.append(t("bureau.heading", "root", r.root(), "departments", r.departments(), "monitored", r.ranking().size(),
                "failed", r.failed().size(), "tables", r.tables(), "indicators", r.indicators(), "profile",
                r.profile() == null ? t("bureau.ownProfile") : r.profile())).append("\n\n");
        b.append(t("bureau.ranking")).append('\n');
        b.append("  ").append(TextWidth.padLeft(t("bureau.head.rank"), 5))
                .append(TextWidth.padLeft(t("bureau.head.red"), 8)).append(TextWidth.padLeft(t("bureau.head.yellow"), 8))
                .append(TextWidth.padLeft(t("bureau.head.green"), 8)).append(TextWidth.padLeft(t("bureau.head.score"), 10))
                .append("  ").append(TextWidth.padRight(t("bureau.head.grade"), 6))
                .append(TextWidth.padRight(t("bureau.head.department"), NAME))
                .append(TextWidth.padRight(t("bureau.head.month"), 6))
                .append(TextWidth.padRight(t("bureau.head.folder"), FOLDER)).append(t("bureau.head.redTables"))
                .append('\n');
        for (Ranked x : r.ranking()) {
            MonitoredDepartment d = x.department();
            b.append("  ").append(TextWidth.padLeft(String.valueOf(x.rank()), 5))
                    .append(TextWidth.padLeft(String.valueOf(d.red()), 8))
                    .append(TextWidth.padLeft(String.valueOf(d.yellow()), 8))
                    .append(TextWidth.padLeft(String.valueOf(d.green()), 8))
                    .append(TextWidth.padLeft(Numbers.text(d.projectedScore()), 10)).append("  ")
                    .append(TextWidth.padRight(d.projectedGrade(), 6))
                    .append(TextWidth.padRight(TextWidth.clip(d.department(), NAME - 1), NAME))
                    .append(TextWidth.padRight(String.valueOf(d.month()), 6))
                    .append(TextWidth.padRight(TextWidth.clip(d.folder(), FOLDER - 1), FOLDER))
                    .append(atRisk(d)).append('\n');
        }
        b.append('\n').append(t("bureau.lights")).append('\n');
        for (Light l : new Light[] {Light.RED, Light.YELLOW, Light.GREEN}) {
            b.append("  ").append(TextWidth.padRight(light(l), 8)).append(TextWidth.padLeft(String.valueOf(
                    r.lights().get(l)), 6)).append('\n');
        }
        b.append('\n').append(t("bureau.grades")).append('\n');
        int total = Math.max(1, r.ranking().size());
        for (Map.Entry<String, Integer> g : r.grades().entrySet()) {
            b.append("  ").append(TextWidth.padRight(g.getKey(), 4)).append(TextWidth.padLeft(String.valueOf(
                    g.getValue()), 6)).append("  ").append("█".repeat((int) Math.round(40.0 * g.getValue() / total)))
                    .append('\n');
        }
        b.append('\n').append(t("bureau.failed", "count", r.failed().size())).append('\n');
        for (MonitoredDepartment d : r.failed()) {
            b.append("  ").append(d.folder()).append(d.department().isEmpty() ? "" : "  " + d.department())
                    .append(d.crashed() ? "  " + t("bureau.internal") : "").append('\n');
            for (Finding f : d.errors()) {
                b.append("      ").append(f.render()).append('\n');
            }
        }
        return b.toString();
    }

    /** The red tables, then the yellow ones: "申遗经费 (红灯) · 文物保护 (黄灯)"; a dash for none. */
    static String atRisk(MonitoredDepartment d) {
        StringBuilder s = new StringBuilder();
        for (Light l : new Light[] {Light.RED, Light.YELLOW}) {
            for (MonitoredDepartment.TableLight t : d.lights()) {
                if (t.light() == l) {
                    s.append(s.length() == 0 ? "" : " · ").append(t.table()).append(" (").append(light(l)).append(')');
                }
            }
        }
        return s.length() == 0 ? "—" : s.toString();
    }
}
