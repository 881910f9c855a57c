package io.jixiao.store;

import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a department's stored years for {@link History}: one query, ordered as stored. */
public final class HistoryReader {

    private final Store store;

    public HistoryReader(Store store) {
        this.store = store;
    }

    /** The history of the department {@code given} names (see {@link Catalog#department}). */
    public History history(String given) {
        String department = new Catalog(store).department(given);
        return History.of(department, years(department, null));
    }

    /** The department's stored years up to {@code before} (exclusive; all when null), ascending. */
    public List<History.Year> years(String department, Integer before) {
        record Row(int year, BigDecimal score, String grade, int table, String tableName, BigDecimal tableScore,
                   String tableGrade, String file, String indicators) {
        }
        List<Row> rows = store.read(h -> h.createQuery("SELECT y.budget_year, y.score, y.grade, t.ordinal, t.name,"
                        + " t.score, t.grade, y.origin,"
                        + " (SELECT s.name FROM source_file s WHERE s.department_year_id = y.id AND s.role = 'targets'),"
                        + " t.indicators"
                        + " FROM department_year y JOIN department d ON d.id = y.department_id"
                        + " JOIN indicator_table t ON t.department_year_id = y.id"
                        + " WHERE d.name = :n" + (before == null ? "" : " AND y.budget_year < :before")
                        + " ORDER BY y.budget_year, t.ordinal")
                .bind("n", department).bind("before", before)
                .map((rs, ctx) -> new Row(rs.getInt(1), Catalog.strip(rs.getBigDecimal(2)), rs.getString(3),
                        rs.getInt(4), rs.getString(5), Catalog.strip(rs.getBigDecimal(6)), rs.getString(7),
                        rs.getString(8) + "/" + rs.getString(9), rs.getString(10)))
                .list());
        Map<Integer, History.Monitoring> monitoring = Monitorings.latestByYear(store, department);
        Map<Integer, List<Row>> byYear = new LinkedHashMap<>();
        for (Row r : rows) {
            byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
        }
        List<History.Year> years = new ArrayList<>();
        byYear.forEach((year, tables) -> {
            List<History.Table> ts = new ArrayList<>();
            for (Row t : tables) {
                List<History.Line> lines = new ArrayList<>();
                for (Documents.StoredIndicator i : Documents.readIndicators(t.indicators())) {
                    // as the rows were read: an indicator without a name is no line of a history
                    if (i.name() != null) {
                        lines.add(new History.Line(i.name(), i.target(), i.actual(), History.direction(i.direction()),
                                new Location(t.file(), i.line(), i.col()), i.library()));
                    }
                }
                ts.add(new History.Table(t.tableName(), t.tableScore(), t.tableGrade(), List.copyOf(lines)));
            }
            Row first = tables.get(0);
            years.add(new History.Year(year, first.score(), first.grade(), ts, monitoring.get(year)));
        });
        return years;
    }
}
