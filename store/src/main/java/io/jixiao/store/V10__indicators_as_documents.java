package io.jixiao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 10: a table's indicators become one document ({@link Documents}: a JSON array in a text column) —
 * {@code indicator_table.indicators} with {@code indicator_table.indicator_count} — instead of a row each in
 * {@code indicator}: 100 of a department-year's ~110 rows since version 9, which nothing reads one by one (history and
 * the 审核 across years read a department's tables whole, {@code store list} counts them, a note finds its indicator in
 * its table). Issue 17, docs/performance.md#store (its eighth pass).
 *
 * <p>The stored rows move forward: each table's indicators in their ordinal order become its document (texts as
 * written, numbers as stored — 20 places — without trailing zeros, a field without a value left out), a table without
 * any gets an empty array; then {@code indicator} is dropped. Java for the reasons of
 * {@link V9__findings_and_categories_as_documents}: the documents are made by the same {@link Documents} an import
 * uses, and the column type differs by database (H2's {@code CLOB}, kept in its row since version 9, and
 * PostgreSQL's {@code text}). Registered in {@link Store}.
 */
public final class V10__indicators_as_documents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean h2 = V9__findings_and_categories_as_documents.h2(c);
        try (Statement s = c.createStatement()) {
            // IF NOT EXISTS / IF EXISTS: a test takes a store back to an earlier version by its schema history alone
            s.execute("ALTER TABLE indicator_table ADD COLUMN IF NOT EXISTS indicators " + (h2 ? "CLOB" : "text"));
            s.execute("ALTER TABLE indicator_table ADD COLUMN IF NOT EXISTS indicator_count INTEGER");
        }
        if (V9__findings_and_categories_as_documents.exists(c, "indicator")) {
            indicators(c);
        }
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE indicator_table SET indicators = '[]', indicator_count = 0 WHERE indicators IS NULL");
            s.execute("DROP TABLE IF EXISTS indicator");
        }
    }

    /** Every table's indicators, in order, into its document: one table at a time, none held. */
    private static void indicators(Connection c) throws SQLException {
        try (PreparedStatement write = c.prepareStatement(
                "UPDATE indicator_table SET indicators = ?, indicator_count = ? WHERE id = ?")) {
            StreamedReads.byParent(c, "SELECT table_id, indicator_key, name, level1, level2, target, cost_indicator,"
                    + " deduction, line, col, actual, category_group, points, score, status, rule, explanation,"
                    + " library_id, direction FROM indicator ORDER BY table_id, ordinal",
                    rs -> new Documents.StoredIndicator(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getInt(9),
                            rs.getInt(10), rs.getString(11), rs.getString(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
                            rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19)),
                    (parent, found) -> write(write, parent, found));
        }
    }

    private static void write(PreparedStatement write, long id, List<Documents.StoredIndicator> found)
            throws SQLException {
        write.setString(1, Documents.indicators(found));
        write.setInt(2, found.size());
        write.setLong(3, id);
        write.executeUpdate();
    }
}
