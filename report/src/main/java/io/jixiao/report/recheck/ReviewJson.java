package io.jixiao.report.recheck;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.problem.Finding;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.CategoryAverage;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.report.JsonReport;
import io.jixiao.value.Numbers;

/** The review as JSON (stable keys; numbers rounded HALF_UP to 2 places as everywhere). */
public final class ReviewJson {

    private ReviewJson() {
    }

    public static String render(BureauReport r) {
        ObjectNode root = JsonReport.object();
        root.put("root", r.root());
        if (r.profile() == null) {
            root.putNull("profile");
        } else {
            root.put("profile", r.profile());
        }
        root.put("departments", r.departments());
        root.put("scored", r.ranking().size());
        root.put("failed", r.failed().size());
        root.put("tables", r.tables());
        root.put("indicators", r.indicators());
        ObjectNode grades = root.putObject("grades");
        r.grades().forEach(grades::put);
        ArrayNode cats = root.putArray("categories");
        for (CategoryAverage c : r.categories()) {
            ObjectNode n = cats.addObject();
            n.put("category", c.category());
            n.put("level1", c.level1());
            n.put("tables", c.tables());
            n.put("points", Numbers.round(c.points()));
            n.put("score", Numbers.round(c.score()));
            n.put("rate", Numbers.round(c.rate()));
        }
        ObjectNode counts = root.putObject("findingCounts");
        r.counts().forEach((k, v) -> counts.put(k.key(), v));
        ArrayNode ranking = root.putArray("ranking");
        for (Ranked x : r.ranking()) {
            DepartmentRecheck d = x.review();
            ObjectNode n = ranking.addObject();
            n.put("rank", x.rank());
            n.put("folder", d.folder());
            n.put("department", d.department());
            n.put("year", d.year());
            n.put("profile", d.profile());
            n.put("method", d.method());
            n.put("score", Numbers.round(d.score()));
            n.put("grade", d.grade());
            n.put("tables", d.tables());
            n.put("indicators", d.indicators());
            ObjectNode f = n.putObject("findings");
            for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
                f.put(k.key(), d.count(k));
            }
        }
        ArrayNode failed = root.putArray("failedDepartments");
        for (DepartmentRecheck d : r.failed()) {
            ObjectNode n = failed.addObject();
            n.put("folder", d.folder());
            n.put("department", d.department());
            n.put("year", d.year());
            n.put("internalError", d.crashed());
            n.set("errors", JsonReport.findings(d.errors()));
        }
        ArrayNode findings = root.putArray("findings");
        for (RecheckFinding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("folder", f.folder());
            n.put("department", f.department());
            n.put("table", f.table().isEmpty() ? null : f.table());
            n.put("kind", f.kind().key());
            Finding x = f.finding();
            n.put("severity", x.severity().label());
            n.put("code", x.code());
            n.put("message", x.message());
            n.put("hint", x.hint());
            n.put("location", x.location().toString());
        }
        return JsonReport.write(root);
    }
}
