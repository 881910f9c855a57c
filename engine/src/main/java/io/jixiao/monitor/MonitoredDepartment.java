package io.jixiao.monitor;

import io.jixiao.problem.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the bureau's view of many departments keeps of one monitoring (docs/monitoring.md#bureau): the projected score
 * and grade, how many tables have each light, the warnings — or, when it could not be monitored, the coded errors.
 * The lines are not kept, so that a view of thousands of departments holds little memory.
 *
 * @param red       tables with a red light (rule 5)
 * @param warnings  the warnings of its monitoring (loading's, scoring's and the rules')
 * @param errors    empty when the department was monitored
 * @param crashed   true when the failure was a bug in jixiao rather than bad input
 */
public record MonitoredDepartment(String folder, String department, int year, int month, String profile,
                                  String method, BigDecimal projectedScore, String projectedGrade, int tables,
                                  int indicators, int red, int yellow, int green, int redIndicators,
                                  int yellowIndicators, List<TableLight> lights, int warnings, List<Finding> errors,
                                  boolean crashed) {

    public MonitoredDepartment {
        lights = List.copyOf(lights);
        errors = List.copyOf(errors);
    }

    /** A table's light, for the bureau's list of what is red and yellow. */
    public record TableLight(String table, Light light, BigDecimal executionRate, BigDecimal pace) {
    }

    /** The summary of a monitored department. */
    public static MonitoredDepartment of(String folder, DepartmentMonitoring m) {
        // one pass over the tables and their lines: the count of each light, of the lines and of the warnings
        int[] tableLights = new int[Light.values().length];
        int[] lineLights = new int[Light.values().length];
        int indicators = 0;
        long warnings = warnings(m.findings());
        List<TableLight> lights = new java.util.ArrayList<>(m.tables().size());
        for (TableMonitoring t : m.tables()) {
            tableLights[t.light().ordinal()]++;
            lights.add(new TableLight(t.name(), t.light(), t.executionRate(), t.pace()));
            warnings += warnings(t.findings());
            for (IndicatorMonitoring i : t.indicators()) {
                indicators++;
                lineLights[i.light().ordinal()]++;
                warnings += warnings(i.findings());
            }
        }
        return new MonitoredDepartment(folder, m.department(), m.year(), m.month(), m.profile(), m.projected().method(),
                m.projected().score(), m.projected().grade(), m.tables().size(), indicators,
                tableLights[Light.RED.ordinal()], tableLights[Light.YELLOW.ordinal()],
                tableLights[Light.GREEN.ordinal()], lineLights[Light.RED.ordinal()],
                lineLights[Light.YELLOW.ordinal()], lights, (int) warnings, List.of(), false);
    }

    /** The warnings among {@code findings}: counted where they are, every finding of a monitoring once. */
    private static long warnings(List<Finding> findings) {
        long n = 0;
        for (Finding f : findings) {
            if (f.severity() == io.jixiao.problem.Severity.WARNING) {
                n++;
            }
        }
        return n;
    }

    public static MonitoredDepartment failed(String folder, String department, int year, List<Finding> errors,
                                             boolean crashed) {
        return new MonitoredDepartment(folder, department == null ? "" : department, year, 0, null, null, null, null, 0,
                0, 0, 0, 0, 0, 0, List.of(), 0, errors, crashed);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }
}
