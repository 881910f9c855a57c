package io.jixiao.report.monitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.BureauMonitoring.Ranked;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.report.JsonReport;
import io.jixiao.value.Numbers;
import java.util.Map;

/** {@code jixiao monitor DIR --format json} (docs/formats.md#monitor-dir-json): stable keys, numbers as everywhere. */
public final class BureauJson {

    private BureauJson() {
    }

    public static String render(BureauMonitoring r) {
        ObjectNode root = JsonReport.object();
        root.put("root", r.root());
        root.put("profile", r.profile());
        root.put("departments", r.departments());
        root.put("monitored", r.ranking().size());
        root.put("failed", r.failed().size());
        root.put("tables", r.tables());
        root.put("indicators", r.indicators());
        lights(root.putObject("lights"), r.lights());
        ObjectNode grades = root.putObject("grades");
        r.grades().forEach(grades::put);
        ArrayNode ranking = root.putArray("ranking");
        for (Ranked x : r.ranking()) {
            MonitoredDepartment d = x.department();
            ObjectNode n = ranking.addObject();
            n.put("rank", x.rank());
            n.put("folder", d.folder());
            n.put("department", d.department());
            n.put("year", d.year());
            n.put("month", d.month());
            n.put("profile", d.profile());
            n.put("method", d.method());
            n.put("projectedScore", Numbers.round(d.projectedScore()));
            n.put("projectedGrade", d.projectedGrade());
            ObjectNode lights = n.putObject("lights");
            lights.put("red", d.red());
            lights.put("yellow", d.yellow());
            lights.put("green", d.green());
            ObjectNode indicatorLights = n.putObject("indicatorLights");
            indicatorLights.put("red", d.redIndicators());
            indicatorLights.put("yellow", d.yellowIndicators());
            n.put("warnings", d.warnings());
            ArrayNode projects = n.putArray("projects");
            for (MonitoredDepartment.TableLight t : d.lights()) {
                ObjectNode p = projects.addObject();
                p.put("name", t.table());
                p.put("light", t.light().label());
                p.put("pace", Numbers.round(t.pace()));
                if (t.executionRate() == null) {
                    p.putNull("executionRate");
                } else {
                    p.put("executionRate", Numbers.round(t.executionRate()));
                }
            }
        }
        ArrayNode failed = root.putArray("failedDepartments");
        for (MonitoredDepartment d : r.failed()) {
            ObjectNode n = failed.addObject();
            n.put("folder", d.folder());
            n.put("department", d.department());
            n.put("year", d.year());
            n.put("internalError", d.crashed());
            n.set("errors", JsonReport.findings(d.errors()));
        }
        return JsonReport.write(root);
    }

    private static void lights(ObjectNode n, Map<Light, Integer> counts) {
        for (Light l : new Light[] {Light.RED, Light.YELLOW, Light.GREEN}) {
            n.put(l.label(), counts.get(l));
        }
    }
}
