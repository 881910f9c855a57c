package io.jixiao.report.monitor;

import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.BureauMonitoring.Ranked;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.report.Csv;
import io.jixiao.value.Numbers;
import java.util.List;

/**
 * {@code jixiao monitor DIR --format csv}: one row per department (written by {@link Csv}, with its formula guard):
 * the ranking first, then the departments that could not be monitored with their first error.
 */
public final class BureauCsv {

    static final List<String> HEADER = List.of("rank", "folder", "department", "year", "month", "projectedScore",
            "projectedGrade", "red", "yellow", "green", "redIndicators", "yellowIndicators", "warnings", "status",
            "error");

    private BureauCsv() {
    }

    public static String render(BureauMonitoring r) {
        Csv csv = new Csv().row(HEADER);
        for (Ranked x : r.ranking()) {
            MonitoredDepartment d = x.department();
            csv.row(List.of(String.valueOf(x.rank()), d.folder(), d.department(), String.valueOf(d.year()),
                    String.valueOf(d.month()), Numbers.text(d.projectedScore()), d.projectedGrade(),
                    String.valueOf(d.red()), String.valueOf(d.yellow()), String.valueOf(d.green()),
                    String.valueOf(d.redIndicators()), String.valueOf(d.yellowIndicators()),
                    String.valueOf(d.warnings()), "monitored", ""));
        }
        for (MonitoredDepartment d : r.failed()) {
            csv.row(List.of("", d.folder(), d.department(), d.year() == 0 ? "" : String.valueOf(d.year()), "", "", "",
                    "", "", "", "", "", "", d.crashed() ? "internal-error" : "failed", d.errors().get(0).render()
                            + (d.errors().size() > 1 ? " (+" + (d.errors().size() - 1) + " more)" : "")));
        }
        return csv.text();
    }
}
