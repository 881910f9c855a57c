package io.jixiao.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 8: the rows an import writes most of — {@code indicator}, {@code finding}, {@code category_score},
 * ~190 of a department-year's ~200 — lose their unique key on (parent, ordinal). H2 2.5 keeps a B-tree for the table
 * and one for every index, and gives each foreign key an index of exactly its column of its own (a key led by the
 * column is not reused), so each of these rows cost three B-tree insertions and three commit decisions: now two
 * (the row and its parent's index), a fifth of the import's writing (issue 17's fifth pass, docs/performance.md#store).
 * The ordinals are the writer's ({@link Rows}: 0, 1, 2 … in the pipeline's order, under a parent written in the same
 * transaction), so the key checked what is true by construction; readers order by the ordinal as before.
 *
 * <p>PostgreSQL makes no index for a foreign key, and the dropped keys were its only index on {@code finding}'s and
 * {@code category_score}'s parent: there it gets a plain index on (parent, ordinal) instead — the same reads and
 * cascading deletes, without the uniqueness. Java rather than SQL because the two databases need different indexes
 * for the same logical schema; registered in {@link Store}.
 */
public final class V8__child_rows_without_ordinal_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean h2 = V9__findings_and_categories_as_documents.h2(c);
        try (Statement s = c.createStatement()) {
            // IF EXISTS: a test takes a store back to an earlier version by its schema history alone
            // indicator keeps indicator_by_table (its foreign key's index on H2, created in V1 on both)
            // indicator is gone from version 10 on (V10__indicators_as_documents)
            s.execute("ALTER TABLE IF EXISTS indicator DROP CONSTRAINT IF EXISTS indicator_ordinal");
            // finding and category_score are gone from version 9 on (V9__findings_and_categories_as_documents)
            s.execute("ALTER TABLE IF EXISTS finding DROP CONSTRAINT IF EXISTS finding_key");
            s.execute("ALTER TABLE IF EXISTS category_score DROP CONSTRAINT IF EXISTS category_score_key");
            if (!h2 && V9__findings_and_categories_as_documents.exists(c, "finding")) {
                s.execute("CREATE INDEX IF NOT EXISTS finding_by_year ON finding (department_year_id, ordinal)");
                s.execute("CREATE INDEX IF NOT EXISTS category_score_by_table ON category_score (table_id, ordinal)");
            }
        }
    }
}
