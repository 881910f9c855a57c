package io.jixiao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 9: a department-year's findings and each table's category scores become one document each
 * ({@link Documents}: a JSON array in a text column) — {@code department_year.findings} with
 * {@code department_year.finding_count}, {@code indicator_table.categories} — instead of a row each in {@code finding}
 * and {@code category_score}: ~90 of a department-year's ~200 rows, which nothing reads one by one (the bureau's
 * review reads a department-year's 复核 findings and its tables' categories whole; {@code store list} counts the
 * findings). Issue 17's seventh pass, docs/performance.md#store.
 *
 * <p>The stored rows move forward: each department-year's findings in their ordinal order become its document, each
 * table's category scores likewise (numbers as stored, 20 places, written without trailing zeros), a year or table
 * without any gets an empty array; then the two tables are dropped. Java rather than SQL: the documents are made by
 * the same {@link Documents} an import uses, so a migrated store holds the bytes a new import of the same files
 * writes; the column type differs by database (H2's {@code CLOB}, kept in the row up to {@value #IN_ROW} characters,
 * and PostgreSQL's {@code text}). Registered in {@link Store}.
 */
public final class V9__findings_and_categories_as_documents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean h2 = h2(c);
        String text = h2 ? "CLOB" : "text";
        try (Statement s = c.createStatement()) {
            // IF NOT EXISTS / IF EXISTS: a test takes a store back to an earlier version by its schema history alone
            s.execute("ALTER TABLE department_year ADD COLUMN IF NOT EXISTS findings " + text);
            s.execute("ALTER TABLE department_year ADD COLUMN IF NOT EXISTS finding_count INTEGER");
            s.execute("ALTER TABLE indicator_table ADD COLUMN IF NOT EXISTS categories " + text);
        }
        if (h2) {
            inRow(c);
        }
        if (exists(c, "finding")) {
            findings(c);
        }
        if (exists(c, "category_score")) {
            categories(c);
        }
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE department_year SET findings = '[]', finding_count = 0 WHERE findings IS NULL");
            s.execute("UPDATE indicator_table SET categories = '[]' WHERE categories IS NULL");
            s.execute("DROP TABLE IF EXISTS finding");
            s.execute("DROP TABLE IF EXISTS category_score");
        }
    }

    /**
     * H2 keeps a CLOB of more than 256 characters in its LOB storage, apart from the row: three more maps written for
     * each document, a fifth of the writer's samples in a profile of the import (issue 17's seventh pass). Up to
     * {@value #IN_ROW} characters — the rows' own limit for a text — it keeps them in the row (a setting the
     * database keeps). A user without the right to change it (a server's H2 reached by URL; H2's error 90040) keeps
     * the default: slower, the same documents; any other failure fails the migration.
     */
    private static void inRow(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET MAX_LENGTH_INPLACE_LOB " + IN_ROW);
        } catch (SQLException e) {
            if (e.getErrorCode() != org.h2.api.ErrorCode.ADMIN_RIGHTS_REQUIRED) {
                throw e;
            }
            // not an admin: the documents go to H2's LOB storage, as any CLOB's
        }
    }

    /** The longest document H2 keeps in its row: the length H2 allows a VARCHAR. */
    static final int IN_ROW = 1_000_000;

    /** Every department-year's findings, in order, into its document. */
    private static void findings(Connection c) throws SQLException {
        try (PreparedStatement write = c.prepareStatement(
                "UPDATE department_year SET findings = ?, finding_count = ? WHERE id = ?")) {
            StreamedReads.byParent(c, "SELECT department_year_id, severity, code, message, hint, file, line, col,"
                    + " table_name, recheck FROM finding ORDER BY department_year_id, ordinal",
                    rs -> new Documents.StoredFinding(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                            rs.getString(10)),
                    (parent, found) -> write(write, parent, Documents.findings(found), found.size()));
        }
    }

    /** Every table's category scores, in order, into its document. */
    private static void categories(Connection c) throws SQLException {
        try (PreparedStatement write = c.prepareStatement("UPDATE indicator_table SET categories = ? WHERE id = ?")) {
            StreamedReads.byParent(c, "SELECT table_id, category, level1, points, score FROM category_score"
                    + " ORDER BY table_id, ordinal",
                    rs -> new Documents.StoredCategory(rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5)),
                    (parent, found) -> write(write, parent, Documents.categories(found), null));
        }
    }

    /** Updates one row with its document (and the findings' number when there is one): one at a time, none held. */
    private static void write(PreparedStatement write, long id, String document, Integer count) throws SQLException {
        write.setString(1, document);
        if (count == null) {
            write.setLong(2, id);
        } else {
            write.setInt(2, count);
            write.setLong(3, id);
        }
        write.executeUpdate();
    }

    /** Whether {@code c} is H2's (else PostgreSQL's or a compatible server's). */
    static boolean h2(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }

    /** Whether the current schema has the table (H2 keeps names in upper case, PostgreSQL in lower). */
    static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE LOWER(table_name) = ? AND table_schema = CURRENT_SCHEMA")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }
}
