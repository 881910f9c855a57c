package io.jixiao.store;

import io.jixiao.problem.KpiException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The bureau's 复核 notes (table {@code review_note}, docs/web.md#notes): a reviewer's remark on a department-year or on
 * one of its indicators. A note belongs to the department and the year — a new revision of the year keeps its notes —
 * and records the revision it was written against. Who may write one is the workbench's to decide; the store checks
 * that the department-year and the indicator exist and that the note has words.
 */
public final class Notes {

    /** The longest note, in characters (the column's width). */
    public static final int MAX_CHARS = 4000;

    /**
     * One note.
     *
     * @param table     with {@code indicator}: the indicator's table (部门整体 or the project); null for the whole year
     * @param indicator the indicator's key as the store keeps it; null for the whole year
     * @param revision  the department-year's revision when it was written
     */
    public record Note(long id, String department, int year, int revision, String table, String indicator,
                       String author, OffsetDateTime at, String text) {

        /** Whether it is about one indicator. */
        public boolean onIndicator() {
            return indicator != null;
        }
    }

    private final Store store;

    public Notes(Store store) {
        this.store = store;
    }

    /**
     * Adds a note.
     *
     * @param table     with {@code indicator} (both or neither): the table's name and the indicator's key or name
     * @param author    the account writing it
     * @throws KpiException KPI-0509 when the department has no such year, KPI-0532 when the year has no such
     *                      indicator, KPI-0533 when the note is empty or longer than {@link #MAX_CHARS}
     */
    public Note add(String department, int year, String table, String indicator, String author, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_CHARS) {
            throw new KpiException(StoreProblems.noteLength(department, year, body.length(), MAX_CHARS));
        }
        long[] dy = departmentYear(department, year);
        String key = null;
        String tableName = null;
        if (indicator != null || table != null) {
            String t = table == null ? "" : table.strip();
            String i = indicator == null ? "" : indicator.strip();
            Optional<String> found = store.read(h -> h.createQuery("SELECT t.indicators FROM indicator_table t"
                            + " JOIN department_year y ON y.id = t.department_year_id WHERE y.department_id = :d"
                            + " AND y.budget_year = :y AND t.name = :t ORDER BY t.ordinal")
                    .bind("d", dy[0]).bind("y", year).bind("t", t).mapTo(String.class).list())
                    .stream().flatMap(doc -> Documents.readIndicators(doc).stream())
                    .filter(x -> x.key().equals(i) || i.equals(x.name())).map(Documents.StoredIndicator::key)
                    .findFirst();
            if (found.isEmpty()) {
                throw new KpiException(StoreProblems.noteOnUnknownIndicator(department, year, t + "/" + i));
            }
            key = found.get();
            tableName = t;
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        String k = key;
        String tn = tableName;
        long id = store.transaction(h -> h.createUpdate("INSERT INTO review_note (department_id, budget_year, revision,"
                        + " table_name, indicator_key, author, written_at, body) VALUES (:d, :y, :r, :t, :i, :a, :w, :b)")
                .bind("d", dy[0]).bind("y", year).bind("r", (int) dy[1]).bind("t", tn).bind("i", k).bind("a", author)
                .bind("w", at).bind("b", body).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Note(id, department, year, (int) dy[1], tn, k, author, at, body);
    }

    /**
     * The notes of a department-year, oldest first.
     *
     * @throws KpiException KPI-0509 when the department has no such year
     */
    public List<Note> of(String department, int year) {
        long[] dy = departmentYear(department, year);
        return store.read(h -> h.createQuery("SELECT id, revision, table_name, indicator_key, author, written_at, body"
                        + " FROM review_note WHERE department_id = :d AND budget_year = :y ORDER BY id")
                .bind("d", dy[0]).bind("y", year)
                .map((rs, ctx) -> new Note(rs.getLong(1), department, year, rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list());
    }

    /** The department's id and the year's current revision; KPI-0509 when there is no such year. */
    private long[] departmentYear(String department, int year) {
        return store.read(h -> h.createQuery("SELECT d.id, y.revision FROM department_year y JOIN department d"
                        + " ON d.id = y.department_id WHERE d.name = :n AND y.budget_year = :y")
                .bind("n", department).bind("y", year).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .findFirst())
                .orElseThrow(() -> new KpiException(StoreProblems.unknownYear(store.location().shown(), department,
                        year, new Catalog(store).years(department))));
    }
}
