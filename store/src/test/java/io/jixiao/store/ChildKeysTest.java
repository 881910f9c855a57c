package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema version 8 ({@link V8__child_rows_without_ordinal_keys}): the rows an import writes most of have one index
 * besides the table — their parent's — on H2 and on PostgreSQL, made new or migrated from version 1; the reads that
 * order them by ordinal give what was imported. (The findings and category scores, its other two such tables, are
 * documents from version 9 on: {@link DocumentsMigrationTest}.)
 */
class ChildKeysTest {

    /** The indexes of each child table, by database: what an inserted row costs besides itself. */
    private static List<String> indexes(Store s, String table) {
        boolean h2 = s.location().url().startsWith("jdbc:h2:");
        return s.read(h -> h2
                ? h.createQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = :t ORDER BY 1")
                        .bind("t", table.toUpperCase(Locale.ROOT)).mapTo(String.class).list()
                : h.createQuery("SELECT indexname FROM pg_indexes WHERE tablename = :t ORDER BY 1")
                        .bind("t", table).mapTo(String.class).list());
    }

    private static void oneIndexBesidesTheTable(Store s) {
        boolean h2 = s.location().url().startsWith("jdbc:h2:");
        // H2: the identity key is the table's own B-tree (PRIMARY_KEY_…), the foreign key's index is the one index
        assertThat(indexes(s, "indicator")).hasSize(2).contains(h2 ? "INDICATOR_BY_TABLE" : "indicator_by_table");
        // findings and category scores are documents from version 9 on (DocumentsMigrationTest): no rows, no indexes
        assertThat(indexes(s, "finding")).isEmpty();
        assertThat(indexes(s, "category_score")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aNewStoreKeepsOneIndexPerChildRowAndReadsThemInOrder(Supplier<StoreLocation> db) {
        try (Store s = Store.open(db.get())) {
            oneIndexBesidesTheTable(s);
            ImportTest.importAll(s, Databases.bundled());
            // 广阳 2023's indicators come back in the targets' order: ordinals 0 … n-1 in each table, none twice
            List<int[]> ordinals = s.read(h -> h.createQuery("SELECT t.ordinal, i.ordinal FROM indicator i"
                    + " JOIN indicator_table t ON t.id = i.table_id JOIN department_year y"
                    + " ON y.id = t.department_year_id JOIN department d ON d.id = y.department_id WHERE d.name = :d"
                    + " AND y.budget_year = 2023 ORDER BY t.ordinal, i.ordinal").bind("d", ImportTest.GUANGYANG)
                    .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2)}).list());
            assertThat(ordinals).isNotEmpty();
            int table = -1;
            int next = 0;
            for (int[] o : ordinals) {
                if (o[0] != table) {
                    table = o[0];
                    next = 0;
                }
                assertThat(o[1]).isEqualTo(next++);
            }
        }
    }

    @Test
    void theVersion1FixtureMigratesToOneIndexPerChildRow() throws Exception {
        Path file = Files.createTempDirectory("jixiao-v1").resolve("store.mv.db");
        Files.copy(Databases.root().resolve("store/src/test/resources/fixtures/store-v1.mv.db"), file);
        try (Store s = Store.open(StoreLocation.file(file))) {
            oneIndexBesidesTheTable(s);
            // its 29 indicators are still there
            int indicators = s.read(h -> h.createQuery("SELECT COUNT(*) FROM indicator").mapTo(Integer.class).one());
            assertThat(indicators).isEqualTo(29);
        }
    }
}
