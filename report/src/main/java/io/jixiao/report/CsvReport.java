package io.jixiao.report;

import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.util.List;

/** One CSV row per indicator (RFC 4180 quoting), for spreadsheets. */
public final class CsvReport {

    private static final List<String> HEADER = List.of("department", "year", "table", "level1", "level2", "name",
            "target", "actual", "points", "score", "status", "rule", "explanation", "tableScore", "tableGrade");

    private CsvReport() {
    }

    public static String render(DepartmentScore d) {
        StringBuilder b = new StringBuilder();
        row(b, HEADER);
        for (TableScore t : d.tables()) {
            for (IndicatorScore i : t.indicators()) {
                row(b, List.of(d.department(), String.valueOf(d.year()), t.name(), i.level1(), nz(i.level2()), i.name(),
                        i.target(), i.actual(), Numbers.text(i.points()), Numbers.text(i.score()), i.status().label(),
                        i.rule(), i.explanation(), Numbers.text(t.score()), t.grade()));
            }
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(cells.get(i)));
        }
        b.append("\r\n");
    }

    /**
     * A cell as CSV: quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with
     * an apostrophe so that Excel/WPS show '=24小时' as text instead of reading a formula.
     */
    static String quote(String raw) {
        String s = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
