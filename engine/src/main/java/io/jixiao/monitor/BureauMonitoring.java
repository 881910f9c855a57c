package io.jixiao.monitor;

import io.jixiao.value.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bureau's view of many departments' monitorings (jixiao monitor DIR, docs/monitoring.md#bureau): departments
 * ranked by how many tables are red, then yellow, with their projected scores; the lights and projected grades over
 * all of them; and the departments that could not be monitored. Built from the departments in folder order, so it is
 * the same whatever the number of worker threads.
 *
 * @param root    the folder as given
 * @param profile the --profile override, or null when each targets file's own profile was used
 */
public record BureauMonitoring(String root, String profile, List<Ranked> ranking, List<MonitoredDepartment> failed,
                               Map<Light, Integer> lights, Map<String, Integer> grades, int tables, int indicators) {

    static final List<String> GRADE_ORDER = List.of("优", "良", "中", "差");

    public BureauMonitoring {
        ranking = List.copyOf(ranking);
        failed = List.copyOf(failed);
    }

    /** A monitored department and its place: departments with as many red and yellow tables share a rank. */
    public record Ranked(int rank, MonitoredDepartment department) {
    }

    /**
     * Ranking order: most red tables first, then most yellow; then the lower projected score (unrounded) first; ties
     * by department name, year and folder, so that the order never depends on which worker finished first.
     */
    static final Comparator<MonitoredDepartment> RANKING = Comparator.comparingInt(MonitoredDepartment::red).reversed()
            .thenComparing(Comparator.comparingInt(MonitoredDepartment::yellow).reversed())
            .thenComparing(MonitoredDepartment::projectedScore)
            .thenComparing(MonitoredDepartment::department).thenComparingInt(MonitoredDepartment::year)
            .thenComparing(MonitoredDepartment::folder);

    public static BureauMonitoring of(String root, String profile, List<MonitoredDepartment> all) {
        List<MonitoredDepartment> done = all.stream().filter(d -> !d.failed()).sorted(RANKING).toList();
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            MonitoredDepartment d = done.get(i);
            MonitoredDepartment before = i == 0 ? null : done.get(i - 1);
            boolean tie = before != null && before.red() == d.red() && before.yellow() == d.yellow();
            ranking.add(new Ranked(tie ? ranking.get(i - 1).rank() : i + 1, d));
        }
        List<MonitoredDepartment> failed = all.stream().filter(MonitoredDepartment::failed)
                .sorted(Comparator.comparing(MonitoredDepartment::folder)).toList();
        Map<Light, Integer> lights = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            lights.put(l, 0);
        }
        Map<String, Integer> grades = new LinkedHashMap<>();
        GRADE_ORDER.forEach(g -> grades.put(g, 0));
        for (MonitoredDepartment d : done) {
            lights.merge(Light.RED, d.red(), Integer::sum);
            lights.merge(Light.YELLOW, d.yellow(), Integer::sum);
            lights.merge(Light.GREEN, d.green(), Integer::sum);
        }
        done.stream().map(MonitoredDepartment::projectedGrade).sorted().forEach(g -> grades.merge(g, 1, Integer::sum));
        return new BureauMonitoring(root, profile, ranking, failed, lights, grades,
                done.stream().mapToInt(MonitoredDepartment::tables).sum(),
                done.stream().mapToInt(MonitoredDepartment::indicators).sum());
    }

    public int departments() {
        return ranking.size() + failed.size();
    }

    public boolean anyCrashed() {
        return failed.stream().anyMatch(MonitoredDepartment::crashed);
    }

}
