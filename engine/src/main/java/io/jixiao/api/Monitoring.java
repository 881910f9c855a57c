package io.jixiao.api;

import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.Light;
import io.jixiao.pipeline.Monitored;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department monitored mid-year (绩效运行监控, docs/monitoring.md), read-only: every finding, and — when it could be
 * monitored — the month, how many tables have each light, the projected year-end score and grade, and each table
 * ({@link ProjectProgress}) with its indicators ({@link IndicatorProgress}). What {@code jixiao monitor} reports.
 *
 * <p>Bad input does not throw: the result is then not {@link #ok()} and {@link #findings()} says what is wrong and
 * where. The accessors of the monitoring — {@link #month()}, {@link #projectedScore()}, {@link #projectedRounded()},
 * {@link #projectedGrade()}, {@link #lights()}, {@link #projects()}, {@link #project(String)} — then throw a
 * {@link KpiException} holding the {@link #errors()}.
 */
public final class Monitoring {

    private final Monitored monitored;

    private Monitoring(Monitored monitored) {
        this.monitored = monitored;
    }

    static Monitoring of(Monitored m) {
        return new Monitoring(m);
    }

    /**
     * The department's name.
     *
     * @return as the targets give it; null when they did not load
     */
    public String department() {
        return monitored.targets() == null ? null : monitored.targets().department();
    }

    /**
     * The budget year.
     *
     * @return as the targets give it; 0 when they did not load
     */
    public int year() {
        return monitored.targets() == null ? 0 : monitored.targets().year();
    }

    /**
     * The scoring profile whose rules and {@code monitoring:} thresholds applied.
     *
     * @return its name; null when it was not found
     */
    public String profile() {
        return monitored.profile() == null ? null : monitored.profile().name();
    }

    /**
     * Whether the department was monitored.
     *
     * @return true when no finding is an error
     */
    public boolean ok() {
        return monitored.ok();
    }

    /**
     * Every finding — loading's, pairing's, the projected scoring's and the monitoring rules' — in
     * {@link Finding#ORDER}.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return monitored.findings();
    }

    /**
     * The errors among {@link #findings()}.
     *
     * @return what stopped the monitoring; empty when it ran
     */
    public List<Finding> errors() {
        return monitored.errors();
    }

    /**
     * This result, or the exception holding its errors.
     *
     * @return this, when {@link #ok()}
     * @throws KpiException with the errors otherwise
     */
    public Monitoring orThrow() {
        if (!ok()) {
            throw new KpiException(errors());
        }
        return this;
    }

    /**
     * The month the progress covers (监控截至月份).
     *
     * @return 1–12
     * @throws KpiException when the department was not monitored
     */
    public int month() {
        return done().month();
    }

    /**
     * The projected year-end score (预计得分): the year-end scoring of the targets with the forecasts and the
     * projected spending.
     *
     * @return the department's projected score, unrounded
     * @throws KpiException when the department was not monitored
     */
    public BigDecimal projectedScore() {
        return done().projected().score();
    }

    /**
     * The projected score as reports show it.
     *
     * @return HALF_UP to two places
     * @throws KpiException when the department was not monitored
     */
    public BigDecimal projectedRounded() {
        return Numbers.round(projectedScore());
    }

    /**
     * The grade of the projected score.
     *
     * @return 优, 良, 中 or 差 (the profile's grades)
     * @throws KpiException when the department was not monitored
     */
    public String projectedGrade() {
        return done().projected().grade();
    }

    /**
     * How many tables have each light.
     *
     * @return {@code red}, {@code yellow}, {@code green} (in that order) and their counts
     * @throws KpiException when the department was not monitored
     */
    public Map<String, Integer> lights() {
        Map<Light, Integer> counts = done().lights();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Light l : List.of(Light.RED, Light.YELLOW, Light.GREEN)) {
            out.put(l.label(), counts.get(l));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Every table: the 部门整体 table (if any) first, then the projects, in the targets' order.
     *
     * @return the tables
     * @throws KpiException when the department was not monitored
     */
    public List<ProjectProgress> projects() {
        return done().tables().stream().map(ProjectProgress::of).toList();
    }

    /**
     * One table by name ({@code 部门整体} or {@code overall} for the department-wide one).
     *
     * @param name the project's name
     * @return its line
     * @throws IllegalArgumentException when there is no such table
     * @throws KpiException             when the department was not monitored
     */
    public ProjectProgress project(String name) {
        return projects().stream().filter(p -> p.name().equals(name) || p.overall() && "overall".equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a table of "
                        + department()));
    }

    private DepartmentMonitoring done() {
        if (monitored.monitoring() == null) {
            throw new KpiException(errors());
        }
        return monitored.monitoring();
    }
}
