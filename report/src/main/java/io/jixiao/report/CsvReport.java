package io.jixiao.report;

import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.util.List;

/**
 * One CSV row per indicator, for spreadsheets (written by {@link Csv}, with its formula guard). The header is in the
 * language of the run (docs/formats.md#csv): in English the stable column names and status values
 * ({@code met|partial|missed|na}); in Chinese the 自评表's column names and the status as the 自评表 says it
 * (达成/部分达成/未达成/不适用, {@link Labels#achievement}).
 */
public final class CsvReport {

    private static final List<String> COLUMNS = List.of("department", "year", "table", "level1", "level2", "name",
            "target", "actual", "points", "score", "status", "rule", "explanation", "tableScore", "tableGrade");

    private CsvReport() {
    }

    public static String render(DepartmentScore d) {
        Csv csv = new Csv().row(COLUMNS.stream().map(c -> Labels.text("csv." + c)).toList());
        boolean words = Labels.chinese();
        for (TableScore t : d.tables()) {
            for (IndicatorScore i : t.indicators()) {
                csv.row(List.of(d.department(), String.valueOf(d.year()), t.name(), i.level1(), nz(i.level2()), i.name(),
                        i.target(), i.actual(), Numbers.text(i.points()), Numbers.text(i.score()),
                        words ? Labels.achievement(i) : i.status().label(), i.rule(), i.explanation(),
                        Numbers.text(t.score()), t.grade()));
            }
        }
        return csv.text();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
