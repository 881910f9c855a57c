package io.jixiao.report.recheck;

import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.report.Csv;
import io.jixiao.value.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row per department (written by {@link Csv}, with its formula guard): the ranking first, then the
 * departments that could not be scored with their first error, and per department the number of 复核 findings
 * of each kind. The findings themselves are in the json, html and table formats.
 */
public final class ReviewCsv {

    private ReviewCsv() {
    }

    public static String render(BureauReport r) {
        Csv csv = new Csv();
        List<String> header = new ArrayList<>(List.of("rank", "folder", "department", "year", "score", "grade", "method",
                "tables", "indicators"));
        for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
            header.add(k.key());
        }
        header.add("status");
        header.add("error");
        csv.row(header);
        for (Ranked x : r.ranking()) {
            DepartmentRecheck d = x.review();
            List<String> cells = new ArrayList<>(List.of(String.valueOf(x.rank()), d.folder(), d.department(),
                    String.valueOf(d.year()), Numbers.text(d.score()), d.grade(), d.method(),
                    String.valueOf(d.tables()), String.valueOf(d.indicators())));
            for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
                cells.add(String.valueOf(d.count(k)));
            }
            cells.add("scored");
            cells.add("");
            csv.row(cells);
        }
        for (DepartmentRecheck d : r.failed()) {
            List<String> cells = new ArrayList<>(List.of("", d.folder(), d.department(),
                    d.year() == 0 ? "" : String.valueOf(d.year()), "", "", "", "", ""));
            for (int i = 0; i < RecheckFinding.Kind.values().length; i++) {
                cells.add("");
            }
            cells.add(d.crashed() ? "internal-error" : "failed");
            cells.add(d.errors().get(0).render() + (d.errors().size() > 1 ? " (+" + (d.errors().size() - 1) + " more)" : ""));
            csv.row(cells);
        }
        return csv.text();
    }
}
