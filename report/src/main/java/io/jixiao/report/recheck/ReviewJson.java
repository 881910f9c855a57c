package io.jixiao.report.recheck;

import io.jixiao.problem.Finding;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.CategoryAverage;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.report.JsonReport;
import java.util.Map;

/**
 * The review as JSON (stable keys; numbers rounded HALF_UP to 2 places as everywhere), written as it is generated
 * ({@link JsonReport#stream}): a bureau's findings are tens of thousands of objects.
 */
public final class ReviewJson {

    private ReviewJson() {
    }

    public static String render(BureauReport r) {
        return JsonReport.stream(g -> {
            g.writeStartObject();
            g.writeStringField("root", r.root());
            g.writeStringField("profile", r.profile());
            g.writeNumberField("departments", r.departments());
            g.writeNumberField("scored", r.ranking().size());
            g.writeNumberField("failed", r.failed().size());
            g.writeNumberField("tables", r.tables());
            g.writeNumberField("indicators", r.indicators());
            g.writeObjectFieldStart("grades");
            for (Map.Entry<String, Integer> e : r.grades().entrySet()) {
                JsonReport.count(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("categories");
            for (CategoryAverage c : r.categories()) {
                g.writeStartObject();
                g.writeStringField("category", c.category());
                g.writeStringField("level1", c.level1());
                g.writeNumberField("tables", c.tables());
                JsonReport.amount(g, "points", c.points());
                JsonReport.amount(g, "score", c.score());
                JsonReport.amount(g, "rate", c.rate());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("findingCounts");
            for (Map.Entry<RecheckFinding.Kind, Integer> e : r.counts().entrySet()) {
                JsonReport.count(g, e.getKey().key(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("ranking");
            for (Ranked x : r.ranking()) {
                DepartmentRecheck d = x.review();
                g.writeStartObject();
                g.writeNumberField("rank", x.rank());
                g.writeStringField("folder", d.folder());
                g.writeStringField("department", d.department());
                g.writeNumberField("year", d.year());
                g.writeStringField("profile", d.profile());
                g.writeStringField("method", d.method());
                JsonReport.amount(g, "score", d.score());
                g.writeStringField("grade", d.grade());
                g.writeNumberField("tables", d.tables());
                g.writeNumberField("indicators", d.indicators());
                g.writeObjectFieldStart("findings");
                for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
                    g.writeNumberField(k.key(), d.count(k));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("failedDepartments");
            for (DepartmentRecheck d : r.failed()) {
                JsonReport.failedDepartment(g, d.folder(), d.department(), d.year(), d.crashed(), d.errors());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (RecheckFinding f : r.findings()) {
                Finding x = f.finding();
                g.writeStartObject();
                g.writeStringField("folder", f.folder());
                g.writeStringField("department", f.department());
                g.writeStringField("table", f.table().isEmpty() ? null : f.table());
                g.writeStringField("kind", f.kind().key());
                g.writeStringField("severity", x.severity().label());
                g.writeStringField("code", x.code());
                g.writeStringField("message", x.message());
                g.writeStringField("hint", x.hint());
                g.writeStringField("location", x.location().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
