package io.jixiao.report.recheck;

import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.report.Csv;
import io.jixiao.report.Labels;
import io.jixiao.value.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row per department (written by {@link Csv}, with its formula guard): the ranking first, then the
 * departments that could not be scored with their first error, and per department the number of 复核 findings
 * of each kind. The findings themselves are in the json, html and table formats. The header and the words in cells
 * are in the language of the run ({@link Labels}); in English they are the stable names they always were.
 */
public final class ReviewCsv {

    private ReviewCsv() {
    }

    public static String render(BureauReport r) {
        Csv csv = new Csv();
        List<String> header = new ArrayList<>();
        for (String column : List.of("rank", "folder", "department", "year", "score", "grade", "method", "tables",
                "indicators")) {
            header.add(Labels.text("reviewCsv." + column));
        }
        for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
            header.add(Labels.text("reviewCsv.kind." + k.key()));
        }
        header.add(Labels.text("reviewCsv.status"));
        header.add(Labels.text("reviewCsv.error"));
        csv.row(header);
        for (Ranked x : r.ranking()) {
            DepartmentRecheck d = x.review();
            List<String> cells = new ArrayList<>(List.of(String.valueOf(x.rank()), d.folder(), d.department(),
                    String.valueOf(d.year()), Numbers.text(d.score()), d.grade(), Labels.method(d.method()),
                    String.valueOf(d.tables()), String.valueOf(d.indicators())));
            for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
                cells.add(String.valueOf(d.count(k)));
            }
            cells.add(Labels.text("reviewCsv.scored"));
            cells.add("");
            csv.row(cells);
        }
        for (DepartmentRecheck d : r.failed()) {
            List<String> cells = new ArrayList<>(List.of("", d.folder(), d.department(),
                    d.year() == 0 ? "" : String.valueOf(d.year()), "", "", "", "", ""));
            for (int i = 0; i < RecheckFinding.Kind.values().length; i++) {
                cells.add("");
            }
            cells.add(Labels.text(d.crashed() ? "reviewCsv.crashed" : "reviewCsv.failed"));
            cells.add(d.errors().size() > 1 ? Labels.text("reviewCsv.more", "error", d.errors().get(0).render(), "more",
                    d.errors().size() - 1) : d.errors().get(0).render());
            csv.row(cells);
        }
        return csv.text();
    }
}
