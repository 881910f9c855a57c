package io.jixiao.workbook;

import io.jixiao.monitor.Light;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbench's ranking of a year as a workbook (docs/web.md#pages): one row per department-year with its rank,
 * score, grade, change against last year, findings, monitoring light and 结果应用 — the lines the overview shows,
 * written as they are (nothing is computed here). Scores are numeric cells rounded HALF_UP to 2 places; the words
 * are in the language of the run ({@link WorkbookLabels}); the same lines give the same bytes ({@link Cells#bytes}).
 */
public final class RankingWorkbook {

    /**
     * One line of the ranking.
     *
     * @param rank      0 for a department-year that is not scored (no rank)
     * @param score     null when not scored
     * @param change    against the department's previous stored year; null without one
     * @param light     the worst light of its monitoring; null without a progress file
     * @param resultUse the profile's 结果应用 for the grade; null without one
     * @param reduction the share of next year's budget cut, in percent; null without a 结果应用
     */
    public record Line(int rank, String department, int year, BigDecimal score, String grade, BigDecimal change,
                      int findings, Light light, String resultUse, BigDecimal reduction) {
    }

    private static final List<String> HEADERS = List.of("ranking.rank", "ranking.department", "ranking.year",
            "ranking.score", "ranking.grade", "ranking.change", "ranking.findings", "ranking.light",
            "ranking.resultUse", "ranking.reduction");
    private static final int[] WIDTHS = {7, 40, 8, 10, 8, 10, 10, 10, 16, 10};

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Styles styles = new Styles(wb);
    private final Map<Light, CellStyle> lights = new EnumMap<>(Light.class);

    private RankingWorkbook() {
        lights.put(Light.GREEN, styles.filled(Styles.rgb(0xC6, 0xEF, 0xCE), Styles.rgb(0x00, 0x61, 0x00)));
        lights.put(Light.YELLOW, styles.filled(Styles.rgb(0xFF, 0xEB, 0x9C), Styles.rgb(0x9C, 0x57, 0x00)));
        lights.put(Light.RED, styles.filled(Styles.rgb(0xFF, 0xC7, 0xCE), Styles.rgb(0x9C, 0x00, 0x06)));
    }

    /** The ranking of {@code year} as .xlsx bytes: a title row, a header row, then {@code lines} in their order. */
    public static byte[] write(int year, List<Line> lines) {
        return new RankingWorkbook().build(year, lines);
    }

    private byte[] build(int year, List<Line> lines) {
        XSSFSheet s = wb.createSheet(WorkbookLabels.text("ranking.sheet"));
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Cells.merge(s, 0, 0, 0, HEADERS.size() - 1, styles.title);
        Cells.text(s, 0, 0, WorkbookLabels.text("ranking.heading", "year", year), styles.title);
        s.getRow(0).setHeightInPoints(30);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cells.text(s, 1, c, WorkbookLabels.text(HEADERS.get(c)), styles.header);
        }
        int r = 2;
        for (Line l : lines) {
            Cells.number(s, r, 0, l.rank() == 0 ? null : BigDecimal.valueOf(l.rank()), styles.year);
            Cells.text(s, r, 1, l.department(), styles.text);
            Cells.number(s, r, 2, BigDecimal.valueOf(l.year()), styles.year);
            if (l.score() == null) {
                Cells.text(s, r, 3, WorkbookLabels.text("ranking.unscored"), styles.center);
            } else {
                Cells.number(s, r, 3, Numbers.round(l.score()), styles.points);
            }
            Cells.text(s, r, 4, l.grade(), styles.center);
            Cells.number(s, r, 5, l.change() == null ? null : Numbers.round(l.change()), styles.points);
            Cells.number(s, r, 6, BigDecimal.valueOf(l.findings()), styles.year);
            if (l.light() == null) {
                Cells.text(s, r, 7, "—", styles.center);
            } else {
                Cells.text(s, r, 7, WorkbookLabels.text("ranking.light." + l.light().label()), lights.get(l.light()));
            }
            Cells.text(s, r, 8, l.resultUse(), styles.text);
            Cells.number(s, r, 9, l.reduction() == null ? null
                    : l.reduction().movePointLeft(2), styles.percent);
            r++;
        }
        s.createFreezePane(0, 2);
        return Cells.bytes(wb);
    }
}
