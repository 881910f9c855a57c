package io.jixiao.store;

import io.jixiao.problem.KpiException;
import io.jixiao.report.AtomicFiles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * What a store holds: its department-years ({@code jixiao store list}), a department found by name, code or part of
 * its name, and a department-year's files ({@code jixiao store export}).
 */
public final class Catalog {

    /**
     * One stored department-year, as {@code store list} shows it.
     *
     * @param score      null when it was not scored (targets without actuals)
     * @param monitoring its latest stored monitoring (a progress file's lights and projected score), or null
     */
    public record Entry(String department, String code, int year, int revision, String profile, BigDecimal score,
                        String grade, int tables, int indicators, int findings, int files, String origin,
                        String jixiaoVersion, History.Monitoring monitoring) {
    }

    private final Store store;

    public Catalog(Store store) {
        this.store = store;
    }

    /** Every department-year (of {@code year} when not null), by department name then year. */
    public List<Entry> list(Integer year) {
        return store.read(h -> {
            Map<Long, History.Monitoring> monitorings = Monitorings.latestById(h, year);
            return h.createQuery("SELECT d.name, d.code, y.budget_year, y.revision, y.profile, y.score,"
                        + " y.grade, (SELECT COUNT(*) FROM indicator_table t WHERE t.department_year_id = y.id),"
                        + " (SELECT COALESCE(SUM(t.indicator_count), 0) FROM indicator_table t"
                        + " WHERE t.department_year_id = y.id),"
                        + " y.finding_count,"
                        + " (SELECT COUNT(*) FROM source_file s WHERE s.department_year_id = y.id),"
                        + " y.origin, y.jixiao_version, y.id"
                        + " FROM department_year y JOIN department d ON d.id = y.department_id"
                        + (year == null ? "" : " WHERE y.budget_year = :year")
                        + " ORDER BY y.id")
                .bind("year", year)
                .map((rs, ctx) -> new Entry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), strip(rs.getBigDecimal(6)), rs.getString(7), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10), rs.getInt(11), rs.getString(12), rs.getString(13), monitorings.get(rs.getLong(14))))
                .list().stream()
                // sorted here, not by the database: H2 and PostgreSQL collate Chinese names differently
                .sorted(java.util.Comparator.comparing(Entry::department).thenComparingInt(Entry::year)).toList();
        });
    }

    /**
     * The revision of a department-year (1 at its first import, +1 whenever other files replace it), empty when the
     * store has no such year: one row, for callers that keep what they read of a year until it changes.
     */
    public Optional<Integer> revision(String department, int year) {
        return store.read(h -> h.createQuery("SELECT y.revision FROM department_year y JOIN department d"
                        + " ON d.id = y.department_id WHERE d.name = :n AND y.budget_year = :y")
                .bind("n", department).bind("y", year).mapTo(Integer.class).findFirst());
    }

    /** Every department's name, sorted. */
    public List<String> departments() {
        return store.read(h -> h.createQuery("SELECT name FROM department").mapTo(String.class).list()).stream()
                .sorted().toList();
    }

    /** The years stored of a department, ascending. */
    public List<Integer> years(String department) {
        return store.read(h -> h.createQuery("SELECT y.budget_year FROM department_year y JOIN department d"
                        + " ON d.id = y.department_id WHERE d.name = :n ORDER BY y.budget_year")
                .bind("n", department).mapTo(Integer.class).list());
    }

    /**
     * The department {@code given} names: its whole name, its code, or a part of its name (any letter case and
     * width) that no other department's name contains.
     *
     * @throws KpiException KPI-0507 when none matches, KPI-0508 when several do
     */
    public String department(String given) {
        List<String[]> all = store.read(h -> h.createQuery("SELECT name, code FROM department")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list()).stream()
                .sorted(java.util.Comparator.comparing((String[] d) -> d[0])).toList();
        for (String[] d : all) {
            if (d[0].equals(given)) {
                return d[0];
            }
        }
        List<String> byCode = all.stream().filter(d -> given.equals(d[1])).map(d -> d[0]).toList();
        if (byCode.size() == 1) {
            return byCode.get(0);
        }
        String key = Names.key(given);
        List<String> matches = all.stream().map(d -> d[0]).filter(n -> !key.isEmpty() && Names.key(n).contains(key))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new KpiException(StoreProblems.unknownDepartment(store.location().shown(), given,
                    all.stream().map(d -> d[0]).toList()));
        }
        throw new KpiException(StoreProblems.ambiguousDepartment(store.location().shown(), given, matches));
    }

    /**
     * A department-year's files as they were imported, in import order (targets first).
     *
     * @throws KpiException KPI-0509 when the department has no such year
     */
    public List<StoredFile> files(String department, int year) {
        List<StoredFile> files = store.read(h -> h.createQuery("SELECT s.role, s.name, s.content FROM source_file s"
                        + " JOIN department_year y ON y.id = s.department_year_id JOIN department d"
                        + " ON d.id = y.department_id WHERE d.name = :n AND y.budget_year = :y ORDER BY s.ordinal")
                .bind("n", department).bind("y", year)
                .map((rs, ctx) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).list());
        if (files.isEmpty()) {
            throw new KpiException(StoreProblems.unknownYear(store.location().shown(), department, year,
                    years(department)));
        }
        return files;
    }

    /**
     * Writes a department-year's files into {@code dir} (made when missing), byte for byte as imported.
     *
     * @param force overwrite files of the same names; without it an existing file is KPI-0512 and nothing is written
     * @return the files written
     */
    public List<Path> export(String department, int year, Path dir, boolean force) {
        List<StoredFile> files = files(department, year);
        if (!force) {
            Optional<StoredFile> clash = files.stream().filter(f -> Files.exists(dir.resolve(f.name()))).findFirst();
            if (clash.isPresent()) {
                throw new KpiException(StoreProblems.exportNotEmpty(dir.toString(), clash.get().name()));
            }
        }
        return files.stream().map(f -> {
            Path to = dir.resolve(f.name());
            AtomicFiles.write(to, f.content(), true);
            return to;
        }).toList();
    }

    static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    }

    /** For messages: lower-case without surprises. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
