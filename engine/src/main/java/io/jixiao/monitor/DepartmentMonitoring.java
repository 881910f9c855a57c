package io.jixiao.monitor;

import io.jixiao.problem.Finding;
import io.jixiao.scoring.DepartmentScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A department at a monitoring (绩效运行监控, docs/monitoring.md): every table's lines, how many tables have each light
 * (rule 5), the projected year-end score (rule 6), and the findings of loading and of the monitoring.
 *
 * @param month     监控截至月份
 * @param projected the year-end scoring of the targets with the forecasts and the projected spending
 * @param tables    the 部门整体 table (if any) first, then the projects, in the targets' order
 * @param findings  the department's own: loading's and the projected scoring's; tables and indicators hold theirs
 */
public record DepartmentMonitoring(String department, int year, int month, String profile, DepartmentScore projected,
                                   List<TableMonitoring> tables, List<Finding> findings) {

    public DepartmentMonitoring {
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
    }

    /** How many tables have each light (every light, 0 when none). */
    public Map<Light, Integer> lights() {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : new Light[] {Light.RED, Light.YELLOW, Light.GREEN}) {
            counts.put(l, (int) tables.stream().filter(t -> t.light() == l).count());
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Every finding — the department's, each table's and each indicator's — in {@link Finding#ORDER}. */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        for (TableMonitoring t : tables) {
            all.addAll(t.findings());
            t.indicators().forEach(i -> all.addAll(i.findings()));
        }
        all.sort(Finding.ORDER);
        return all;
    }
}
