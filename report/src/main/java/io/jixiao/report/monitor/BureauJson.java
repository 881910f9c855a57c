package io.jixiao.report.monitor;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.BureauMonitoring.Ranked;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.report.JsonReport;
import io.jixiao.value.Numbers;
import java.io.IOException;
import java.util.Map;

/**
 * {@code jixiao monitor DIR --format json} (docs/formats.md#monitor-dir-json): stable keys, numbers as everywhere.
 * Written as it is generated ({@link JsonReport#stream}): a bureau's ranking is tens of thousands of values.
 */
public final class BureauJson {

    private BureauJson() {
    }

    public static String render(BureauMonitoring r) {
        return JsonReport.stream(g -> {
            g.writeStartObject();
            g.writeStringField("root", r.root());
            g.writeStringField("profile", r.profile());
            g.writeNumberField("departments", r.departments());
            g.writeNumberField("monitored", r.ranking().size());
            g.writeNumberField("failed", r.failed().size());
            g.writeNumberField("tables", r.tables());
            g.writeNumberField("indicators", r.indicators());
            g.writeObjectFieldStart("lights");
            lights(g, r.lights());
            g.writeEndObject();
            g.writeObjectFieldStart("grades");
            for (Map.Entry<String, Integer> e : r.grades().entrySet()) {
                JsonReport.count(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("ranking");
            for (Ranked x : r.ranking()) {
                ranked(g, x);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("failedDepartments");
            for (MonitoredDepartment d : r.failed()) {
                JsonReport.failedDepartment(g, d.folder(), d.department(), d.year(), d.crashed(), d.errors());
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void ranked(JsonGenerator g, Ranked x) throws IOException {
        MonitoredDepartment d = x.department();
        g.writeStartObject();
        g.writeNumberField("rank", x.rank());
        g.writeStringField("folder", d.folder());
        g.writeStringField("department", d.department());
        g.writeNumberField("year", d.year());
        g.writeNumberField("month", d.month());
        g.writeStringField("profile", d.profile());
        g.writeStringField("method", d.method());
        JsonReport.amount(g, "projectedScore", d.projectedScore());
        g.writeStringField("projectedGrade", d.projectedGrade());
        g.writeObjectFieldStart("lights");
        g.writeNumberField("red", d.red());
        g.writeNumberField("yellow", d.yellow());
        g.writeNumberField("green", d.green());
        g.writeEndObject();
        g.writeObjectFieldStart("indicatorLights");
        g.writeNumberField("red", d.redIndicators());
        g.writeNumberField("yellow", d.yellowIndicators());
        g.writeEndObject();
        g.writeNumberField("warnings", d.warnings());
        g.writeArrayFieldStart("projects");
        for (MonitoredDepartment.TableLight t : d.lights()) {
            g.writeStartObject();
            g.writeStringField("name", t.table());
            g.writeStringField("light", t.light().label());
            JsonReport.amount(g, "pace", t.pace());
            JsonReport.amount(g, "executionRate", t.executionRate());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void lights(JsonGenerator g, Map<Light, Integer> counts) throws IOException {
        for (Light l : new Light[] {Light.RED, Light.YELLOW, Light.GREEN}) {
            JsonReport.count(g, l.label(), counts.get(l));
        }
    }
}
