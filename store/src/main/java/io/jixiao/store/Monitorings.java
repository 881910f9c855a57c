package io.jixiao.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The monitorings stored with department-years (schema version 5): the latest one of each — the progress file of the
 * latest month, the last of them by name when two give the same month — as {@code store list} and {@code history}
 * show its light.
 */
final class Monitorings {

    private static final String COLUMNS = "m.department_year_id, m.source_name, m.monitor_month, m.light, m.red,"
            + " m.yellow, m.green, m.projected_score, m.projected_grade, y.budget_year FROM monitoring m"
            + " JOIN department_year y ON y.id = m.department_year_id";

    private Monitorings() {
    }

    /** The latest monitoring of each department-year, by its id. */
    static Map<Long, History.Monitoring> latestById(Handle h, Integer year) {
        Map<Long, History.Monitoring> latest = new HashMap<>();
        for (Row r : rows(h, COLUMNS + (year == null ? "" : " WHERE y.budget_year = :year"), "year", year)) {
            latest.put(r.id(), r.monitoring());
        }
        return latest;
    }

    /** The latest monitoring of each of a department's years, by year. */
    static Map<Integer, History.Monitoring> latestByYear(Store store, String department) {
        return store.read(h -> {
            Map<Integer, History.Monitoring> latest = new HashMap<>();
            for (Row r : rows(h, COLUMNS + " JOIN department d ON d.id = y.department_id WHERE d.name = :n", "n",
                    department)) {
                latest.put(r.year(), r.monitoring());
            }
            return latest;
        });
    }

    private record Row(long id, int year, History.Monitoring monitoring) {
    }

    /** The rows in the order that leaves the latest of each department-year last: by month, then by ordinal. */
    private static List<Row> rows(Handle h, String sql, String name, Object value) {
        return h.createQuery("SELECT " + sql + " ORDER BY m.department_year_id, m.monitor_month, m.ordinal")
                .bind(name, value)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getInt(10), new History.Monitoring(rs.getString(2),
                        rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        Catalog.strip(rs.getBigDecimal(8)), rs.getString(9))))
                .list();
    }
}
