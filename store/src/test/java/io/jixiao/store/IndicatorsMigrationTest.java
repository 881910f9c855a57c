package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema version 10 ({@link V10__indicators_as_documents}) moves the stored indicators forward: a store of version 9 —
 * its rows written here by SQL, as version 9 held them, one case per thing that could go wrong — and the version 1
 * fixture open with each table's indicators in its document, in their ordinal order, texts and numbers as they were,
 * counted; the table is gone; history, {@code store list} and the notes read the documents. On H2 and PostgreSQL.
 */
class IndicatorsMigrationTest {

    private static final String FINGERPRINT = "0".repeat(64);

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aVersion9StoresIndicatorRowsBecomeDocumentsInTheirOrder(Supplier<StoreLocation> db) {
        StoreLocation where = db.get();
        try (Store s = Store.open(where, "9")) {
            assertThat(s.schemaVersion()).isEqualTo("9");
            s.transaction(h -> {
                h.execute("INSERT INTO department (id, name) VALUES (1, '示范局')");
                for (int year : new int[] {2023, 2024}) {
                    h.execute("INSERT INTO department_year (id, department_id, budget_year, origin, fingerprint,"
                            + " revision, jixiao_version, profile, lenient, allow_missing, scored, findings,"
                            + " finding_count) VALUES (?, 1, ?, 'd', ?, 1, 'test', 'national', FALSE, FALSE, TRUE, '[]',"
                            + " 0)", year - 2022, year, FINGERPRINT);
                }
                // 2023: two tables, the second without indicators; 2024: one table
                h.execute("INSERT INTO indicator_table (id, department_year_id, ordinal, kind, name, categories) VALUES"
                        + " (10, 1, 0, 'overall', '部门整体', '[]'), (11, 1, 1, 'project', '项目甲', '[]'),"
                        + " (12, 2, 0, 'overall', '部门整体', '[]')");
                // written out of their order: the ordinal decides, not the insertion
                h.execute("INSERT INTO indicator (table_id, ordinal, indicator_key, name, level1, level2, target,"
                        + " cost_indicator, deduction, line, col, actual, category_group, points, score, status, rule,"
                        + " explanation, library_id, direction) VALUES"
                        + " (10, 2, 'k3', '费用', '成本指标', '经济成本指标', '≤20万元', TRUE, NULL, 30, 9, NULL, NULL,"
                        + " NULL, NULL, NULL, NULL, NULL, NULL, '≤'),"
                        + " (10, 0, 'k1', '数量 \"引号\"', '产出指标', '数量指标', '≥2万条', FALSE, '每少1%扣1分', 12, 15,"
                        + " '19950条', 'OUTPUT', 6.25000000000000000000, 6.17187500000000000000, 'partial',"
                        + " 'at-least', '第一行\n第二行\t\\ 反斜杠 😀', 'GX-0001', '≥'),"
                        + " (10, 1, 'k2', NULL, NULL, NULL, '=24小时', FALSE, NULL, 20, 7, '24小时', 'OUTPUT', 0,"
                        + " 0.00000000000000000001, 'met', 'exact', '', NULL, '='),"
                        + " (12, 0, 'k1', '数量 \"引号\"', '产出指标', '数量指标', '≥1.8万条', FALSE, NULL, 12, 15,"
                        + " NULL, NULL, 99999999999999999999.99999999999999999999, NULL, NULL, NULL, NULL, NULL, '≥')");
                return null;
            });
        }
        try (Store s = Store.open(where)) {
            assertThat(s.schemaVersion()).isEqualTo("10");
            assertThat(tables(s)).doesNotContain("indicator");
            assertThat(Documents.readIndicators(indicators(s, 10))).containsExactly(
                    new Documents.StoredIndicator("k1", "数量 \"引号\"", "产出指标", "数量指标", "≥2万条", false, "每少1%扣1分",
                            12, 15, "19950条", "OUTPUT", new BigDecimal("6.25"), new BigDecimal("6.171875"), "partial",
                            "at-least", "第一行\n第二行\t\\ 反斜杠 😀", "GX-0001", "≥"),
                    new Documents.StoredIndicator("k2", null, null, null, "=24小时", false, null, 20, 7, "24小时",
                            "OUTPUT", BigDecimal.ZERO, new BigDecimal("0.00000000000000000001"), "met", "exact", "",
                            null, "="),
                    new Documents.StoredIndicator("k3", "费用", "成本指标", "经济成本指标", "≤20万元", true, null, 30, 9,
                            null, null, null, null, null, null, null, null, "≤"));
            // a field without a value is left out; numbers as NUMERIC(40, 20) held them, without the trailing zeros
            assertThat(indicators(s, 12)).isEqualTo("[{\"key\":\"k1\",\"name\":\"数量 \\\"引号\\\"\",\"level1\":\"产出指标\","
                    + "\"level2\":\"数量指标\",\"target\":\"≥1.8万条\",\"cost\":false,\"line\":12,\"col\":15,"
                    + "\"points\":99999999999999999999.99999999999999999999,\"direction\":\"≥\"}]");
            // no indicators: an empty document, counted 0
            assertThat(indicators(s, 11)).isEqualTo("[]");
            List<Integer> counts = s.read(h -> h.createQuery("SELECT indicator_count FROM indicator_table ORDER BY id")
                    .mapTo(Integer.class).list());
            assertThat(counts).containsExactly(3, 0, 1);
            // store list counts them: 3 + 0 in 2023, 1 in 2024
            assertThat(new Catalog(s).list(null)).extracting(Catalog.Entry::indicators).containsExactly(3, 1);
            // history reads them (an indicator without a name is no line of a history, as when they were rows)
            History.Year y2023 = new HistoryReader(s).history("示范局").years().get(0);
            assertThat(y2023.tables()).extracting(History.Table::name).containsExactly("部门整体", "项目甲");
            assertThat(y2023.tables().get(0).indicators()).extracting(History.Line::name, History.Line::target,
                            History.Line::actual)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("数量 \"引号\"", "≥2万条", "19950条"),
                            org.assertj.core.api.Assertions.tuple("费用", "≤20万元", null));
            assertThat(y2023.tables().get(1).indicators()).isEmpty();
            // a note finds its indicator by key or by name in the named table
            assertThat(new Notes(s).add("示范局", 2023, "部门整体", "费用", "审核员", "核实").indicator())
                    .isEqualTo("k3");
            // what docs/store.md#schema shows an SQL user: PostgreSQL gives the rows back, H2 a text search
            if (where.embedded()) {
                List<Integer> years = s.read(h -> h.createQuery("SELECT DISTINCT y.budget_year FROM indicator_table t"
                        + " JOIN department_year y ON y.id = t.department_year_id"
                        + " WHERE t.indicators LIKE '%\"status\":\"partial\"%'").mapTo(Integer.class).list());
                assertThat(years).containsExactly(2023);
            } else {
                List<String> rows = s.read(h -> h.createQuery("SELECT y.budget_year || ' ' || t.name || ' '"
                        + " || (i ->> 'name') || ' ' || (i ->> 'target') || ' ' || COALESCE(i ->> 'actual', '—')"
                        + " FROM department_year y JOIN indicator_table t ON t.department_year_id = y.id,"
                        + " jsonb_array_elements(t.indicators::jsonb) WITH ORDINALITY AS x(i, ordinal)"
                        + " WHERE i ->> 'name' IS NOT NULL ORDER BY y.budget_year, t.ordinal, x.ordinal").mapTo(String.class).list());
                assertThat(rows).containsExactly("2023 部门整体 数量 \"引号\" ≥2万条 19950条", "2023 部门整体 费用 ≤20万元 —",
                        "2024 部门整体 数量 \"引号\" ≥1.8万条 —");
                List<BigDecimal> scores = s.read(h -> h.createQuery("SELECT (i ->> 'score')::numeric"
                        + " FROM indicator_table t, jsonb_array_elements(t.indicators::jsonb) AS i WHERE t.id = 10")
                        .mapTo(BigDecimal.class).list());
                assertThat(scores).extracting(b -> b == null ? null : b.toPlainString())
                        .containsExactly("6.171875", "0.00000000000000000001", null);
            }
        }
    }

    /**
     * More rows than one fetch ({@link StreamedReads#FETCH}): the migration reads the rows through a cursor on
     * PostgreSQL and writes each table's document between fetches, on the same connection — every row still lands in
     * its table's document, in its order. 3 tables × 1,201 rows = 3,603 rows, four fetches of 1,000.
     */
    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void moreRowsThanOneFetchAllLandInTheirDocuments(Supplier<StoreLocation> db) {
        StoreLocation where = db.get();
        int perTable = StreamedReads.FETCH + 201;
        try (Store s = Store.open(where, "9")) {
            s.transaction(h -> {
                h.execute("INSERT INTO department (id, name) VALUES (1, '示范局')");
                h.execute("INSERT INTO department_year (id, department_id, budget_year, origin, fingerprint,"
                        + " revision, jixiao_version, profile, lenient, allow_missing, scored, findings,"
                        + " finding_count) VALUES (1, 1, 2023, 'd', ?, 1, 'test', 'national', FALSE, FALSE, TRUE, '[]',"
                        + " 0)", FINGERPRINT);
                h.execute("INSERT INTO indicator_table (id, department_year_id, ordinal, kind, name, categories) VALUES"
                        + " (20, 1, 0, 'overall', '部门整体', '[]'), (21, 1, 1, 'project', '项目甲', '[]'),"
                        + " (22, 1, 2, 'project', '项目乙', '[]')");
                var batch = h.prepareBatch("INSERT INTO indicator (table_id, ordinal, indicator_key, name, target,"
                        + " cost_indicator, line, col, direction) VALUES (?, ?, ?, ?, '≥1个', FALSE, ?, 1, '≥')");
                for (int t = 20; t <= 22; t++) {
                    for (int i = perTable - 1; i >= 0; i--) { // written backwards: the ordinal decides
                        batch.add(t, i, String.format(Locale.ROOT, "k%04d", i), "指标" + t + "-" + i, i + 1);
                    }
                }
                batch.execute();
                return null;
            });
        }
        try (Store s = Store.open(where)) {
            assertThat(s.schemaVersion()).isEqualTo("10");
            for (long t = 20; t <= 22; t++) {
                List<Documents.StoredIndicator> doc = Documents.readIndicators(indicators(s, t));
                assertThat(doc).hasSize(perTable);
                for (int i = 0; i < perTable; i++) {
                    assertThat(doc.get(i).key()).isEqualTo(String.format(Locale.ROOT, "k%04d", i));
                    assertThat(doc.get(i).name()).isEqualTo("指标" + t + "-" + i);
                }
            }
            List<Integer> counts = s.read(h -> h.createQuery("SELECT indicator_count FROM indicator_table ORDER BY id")
                    .mapTo(Integer.class).list());
            assertThat(counts).containsExactly(perTable, perTable, perTable);
        }
    }

    @Test
    void theVersion1FixturesRowsAreItsDocuments() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-v1");
        Path file = dir.resolve("store.mv.db");
        Files.copy(Databases.root().resolve("store/src/test/resources/fixtures/store-v1.mv.db"), file);
        List<List<Documents.StoredIndicator>> documents = new ArrayList<>();
        try (Store s = Store.open(StoreLocation.file(file))) {
            s.read(h -> h.createQuery("SELECT indicators FROM indicator_table ORDER BY ordinal").mapTo(String.class)
                    .list()).forEach(d -> documents.add(Documents.readIndicators(d)));
        }
        // the rows as version 1 wrote them (it had no 指标库 id, no direction: version 3 and 4 added them), read from
        // the copy the migration put aside
        List<List<Documents.StoredIndicator>> rows = new ArrayList<>();
        String backup = dir.resolve("store.v1-backup").toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + backup + ";ACCESS_MODE_DATA=r", "sa", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT t.ordinal, i.indicator_key, i.name, i.level1, i.level2, i.target,"
                     + " i.cost_indicator, i.deduction, i.line, i.col, i.actual, i.category_group, i.points, i.score,"
                     + " i.status, i.rule, i.explanation FROM indicator_table t LEFT JOIN indicator i"
                     + " ON i.table_id = t.id ORDER BY t.ordinal, i.ordinal")) {
            int table = -1;
            while (rs.next()) {
                if (rs.getInt(1) != table) {
                    table = rs.getInt(1);
                    rows.add(new ArrayList<>());
                }
                if (rs.getString(2) != null) {
                    rows.get(rows.size() - 1).add(new Documents.StoredIndicator(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                            rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getString(12), strip(rs.getBigDecimal(13)),
                            strip(rs.getBigDecimal(14)), rs.getString(15), rs.getString(16), rs.getString(17), null,
                            null));
                }
            }
        }
        assertThat(rows).hasSize(3).allSatisfy(t -> assertThat(t).isNotEmpty());
        assertThat(documents).hasSameSizeAs(rows);
        for (int t = 0; t < rows.size(); t++) {
            // every field as the row held it; the directions are version 4's (OlderStoreTest checks them)
            assertThat(documents.get(t)).extracting(i -> new Documents.StoredIndicator(i.key(), i.name(), i.level1(),
                    i.level2(), i.target(), i.cost(), i.deduction(), i.line(), i.col(), i.actual(), i.group(),
                    strip(i.points()), strip(i.score()), i.status(), i.rule(), i.explanation(), null, null))
                    .isEqualTo(rows.get(t));
            assertThat(documents.get(t)).extracting(Documents.StoredIndicator::direction).doesNotContainNull();
        }
    }

    /** A number compared by value: the document has no trailing zeros, the row 20 places. */
    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    }

    private static String indicators(Store s, long table) {
        return s.read(h -> h.createQuery("SELECT indicators FROM indicator_table WHERE id = :id").bind("id", table)
                .mapTo(String.class).one());
    }

    private static List<String> tables(Store s) {
        return s.read(h -> h.createQuery("SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA").mapTo(String.class).list())
                .stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
