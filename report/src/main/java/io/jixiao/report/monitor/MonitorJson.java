package io.jixiao.report.monitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.IndicatorMonitoring;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.TableMonitoring;
import io.jixiao.report.JsonReport;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;

/**
 * {@code jixiao monitor --format json}: the stable JSON of docs/formats.md#monitor-json, the shape of the issue that
 * asked for it and nothing else — pace and executionRate in percent (2 places), fraction 0–1 (4 places), lights
 * {@code green|yellow|red}, findings in the shape of every jixiao JSON. The 部门整体 table, when there is one, is the
 * first of {@code projects}.
 */
public final class MonitorJson {

    private MonitorJson() {
    }

    public static String render(DepartmentMonitoring m) {
        return JsonReport.write(node(m));
    }

    static ObjectNode node(DepartmentMonitoring m) {
        ObjectNode root = JsonReport.object();
        root.put("department", m.department());
        root.put("year", m.year());
        root.put("month", m.month());
        root.put("profile", m.profile());
        root.put("projectedScore", Numbers.round(m.projected().score()));
        root.put("projectedGrade", m.projected().grade());
        ObjectNode lights = root.putObject("lights");
        for (Light l : new Light[] {Light.RED, Light.YELLOW, Light.GREEN}) {
            lights.put(l.label(), m.lights().get(l));
        }
        ArrayNode projects = root.putArray("projects");
        for (TableMonitoring t : m.tables()) {
            ObjectNode p = projects.addObject();
            p.put("name", t.name());
            p.put("pace", Numbers.round(t.pace()));
            putOrNull(p, "executionRate", t.executionRate() == null ? null : Numbers.round(t.executionRate()));
            p.put("budgetLight", t.budgetLight() == null ? null : t.budgetLight().label());
            p.put("light", t.light().label());
            p.put("projectedScore", Numbers.round(t.projected().score()));
            p.put("projectedGrade", t.projected().grade());
            ArrayNode indicators = p.putArray("indicators");
            for (IndicatorMonitoring i : t.indicators()) {
                ObjectNode n = indicators.addObject();
                n.put("name", i.name());
                n.put("current", i.current());
                n.put("forecast", i.forecast());
                putOrNull(n, "fraction", i.fraction() == null ? null : Numbers.round(i.fraction(), 4));
                n.put("light", i.light().label());
                n.put("likelihood", i.likelihood() == null ? null : i.likelihood().word());
                n.set("findings", JsonReport.findings(i.findings()));
            }
            p.set("findings", JsonReport.findings(t.findings()));
        }
        root.set("findings", JsonReport.findings(m.findings()));
        return root;
    }

    private static void putOrNull(ObjectNode n, String key, BigDecimal v) {
        if (v == null) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }
}
