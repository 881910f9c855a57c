package io.jixiao.report;

import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.util.List;

/** One CSV row per indicator, for spreadsheets (written by {@link Csv}, with its formula guard). */
public final class CsvReport {

    private static final List<String> HEADER = List.of("department", "year", "table", "level1", "level2", "name",
            "target", "actual", "points", "score", "status", "rule", "explanation", "tableScore", "tableGrade");

    private CsvReport() {
    }

    public static String render(DepartmentScore d) {
        Csv csv = new Csv().row(HEADER);
        for (TableScore t : d.tables()) {
            for (IndicatorScore i : t.indicators()) {
                csv.row(List.of(d.department(), String.valueOf(d.year()), t.name(), i.level1(), nz(i.level2()), i.name(),
                        i.target(), i.actual(), Numbers.text(i.points()), Numbers.text(i.score()), i.status().label(),
                        i.rule(), i.explanation(), Numbers.text(t.score()), t.grade()));
            }
        }
        return csv.text();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
