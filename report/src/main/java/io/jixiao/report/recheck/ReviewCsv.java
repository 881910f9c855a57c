package io.jixiao.report.recheck;

import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.value.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row per department (RFC 4180 quoting): the ranking first, then the departments that could not be
 * scored with their first error, and per department the number of 复核 findings of each kind. The findings
 * themselves are in the json, html and table formats.
 */
public final class ReviewCsv {

    private ReviewCsv() {
    }

    public static String render(BureauReport r) {
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("rank", "folder", "department", "year", "score", "grade", "method",
                "tables", "indicators"));
        for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
            header.add(k.key());
        }
        header.add("status");
        header.add("error");
        row(b, header);
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
            row(b, cells);
        }
        for (DepartmentRecheck d : r.failed()) {
            List<String> cells = new ArrayList<>(List.of("", d.folder(), d.department(),
                    d.year() == 0 ? "" : String.valueOf(d.year()), "", "", "", "", ""));
            for (int i = 0; i < RecheckFinding.Kind.values().length; i++) {
                cells.add("");
            }
            cells.add(d.crashed() ? "internal-error" : "failed");
            cells.add(d.errors().get(0).render() + (d.errors().size() > 1 ? " (+" + (d.errors().size() - 1) + " more)" : ""));
            row(b, cells);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(cells.get(i) == null ? "" : cells.get(i)));
        }
        b.append("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
