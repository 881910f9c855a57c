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
 * Schema version 8 ({@link V8__child_rows_without_ordinal_keys}) took the (parent, ordinal) keys off the rows an import
 * wrote most of; versions 9 and 10 made those rows documents ({@link DocumentsMigrationTest},
 * {@link IndicatorsMigrationTest}): on H2 and on PostgreSQL, made new or migrated from version 1, none of the three
 * tables is left (no rows, no indexes), and a table's indicators come back in the targets' order.
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

    private static void noChildTablesLeft(Store s) {
        // findings and category scores are documents from version 9 on, indicators from version 10: no rows, no indexes
        assertThat(indexes(s, "indicator")).isEmpty();
        assertThat(indexes(s, "finding")).isEmpty();
        assertThat(indexes(s, "category_score")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aNewStoreHasNoChildRowsAndReadsTheIndicatorsInOrder(Supplier<StoreLocation> db) {
        try (Store s = Store.open(db.get())) {
            noChildTablesLeft(s);
            ImportTest.importAll(s, Databases.bundled());
            // 广阳 2023's indicators come back in the targets' order, each table's from its document
            List<List<Integer>> lines = s.read(h -> h.createQuery("SELECT t.indicators FROM indicator_table t"
                    + " JOIN department_year y ON y.id = t.department_year_id JOIN department d"
                    + " ON d.id = y.department_id WHERE d.name = :d AND y.budget_year = 2023 ORDER BY t.ordinal")
                    .bind("d", ImportTest.GUANGYANG).mapTo(String.class).list()).stream()
                    .map(d -> Documents.readIndicators(d).stream().map(Documents.StoredIndicator::line).toList())
                    .toList();
            // three tables, each with indicators, written down the file: their lines ascend in each table and from
            // one table to the next
            assertThat(lines).hasSize(3).allSatisfy(t -> assertThat(t).isNotEmpty().isSorted());
            List<Integer> all = lines.stream().flatMap(List::stream).toList();
            assertThat(all).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void theVersion1FixtureMigratesToNoChildRows() throws Exception {
        Path file = Files.createTempDirectory("jixiao-v1").resolve("store.mv.db");
        Files.copy(Databases.root().resolve("store/src/test/resources/fixtures/store-v1.mv.db"), file);
        try (Store s = Store.open(StoreLocation.file(file))) {
            noChildTablesLeft(s);
            // its 29 indicators are still there, in their tables' documents
            int indicators = s.read(h -> h.createQuery("SELECT indicators FROM indicator_table").mapTo(String.class)
                    .list()).stream().mapToInt(d -> Documents.readIndicators(d).size()).sum();
            assertThat(indicators).isEqualTo(29);
        }
    }
}
