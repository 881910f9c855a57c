package io.jixiao.report.monitor;

import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.IndicatorMonitoring;
import io.jixiao.monitor.TableMonitoring;
import io.jixiao.report.Csv;
import io.jixiao.value.Numbers;
import java.util.List;

/**
 * {@code jixiao monitor --format csv}: one row per indicator with its table's pace, 预算执行率 and lights (written by
 * {@link Csv}, with its formula guard; docs/formats.md#csv).
 */
public final class MonitorCsv {

    static final List<String> HEADER = List.of("department", "year", "month", "table", "pace", "executionRate",
            "budgetLight", "tableLight", "tableProjectedScore", "tableProjectedGrade", "level1", "level2", "name",
            "target", "current", "forecast", "fraction", "light", "likelihood", "likelihoodDerived", "reason",
            "measures", "points", "projectedScore", "rule", "explanation");

    private MonitorCsv() {
    }

    public static String render(DepartmentMonitoring m) {
        Csv csv = new Csv().row(HEADER);
        for (TableMonitoring t : m.tables()) {
            for (IndicatorMonitoring i : t.indicators()) {
                csv.row(java.util.Arrays.asList(m.department(), String.valueOf(m.year()), String.valueOf(m.month()),
                        t.name(), Numbers.text(t.pace()), t.executionRate() == null ? "" : Numbers.text(t.executionRate()),
                        t.budgetLight() == null ? "" : t.budgetLight().label(), t.light().label(),
                        Numbers.text(t.projected().score()), t.projected().grade(), i.level1(), i.level2(), i.name(),
                        i.target(), i.current(), i.forecast(),
                        i.fraction() == null ? "" : Numbers.round(i.fraction(), 4).toPlainString(), i.light().label(),
                        i.likelihood() == null ? "" : i.likelihood().word(), String.valueOf(i.likelihoodDerived()),
                        i.reason(), i.measures(), Numbers.text(i.projected().points()),
                        Numbers.text(i.projected().score()), i.projected().rule(), i.explanation()));
            }
        }
        return csv.text();
    }
}
