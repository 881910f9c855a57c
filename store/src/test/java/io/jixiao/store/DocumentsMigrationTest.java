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
 * Schema version 9 ({@link V9__findings_and_categories_as_documents}) moves the stored rows forward: a store of version
 * 8 — its rows written here by SQL, as version 8 held them, one case per thing that could go wrong — and the version 1
 * fixture open with each department-year's findings and each table's category scores in their documents, in their
 * ordinal order, texts and numbers as they were; the two tables are gone. On H2 and PostgreSQL.
 */
class DocumentsMigrationTest {

    private static final String FINGERPRINT = "0".repeat(64);

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aVersion8StoresRowsBecomeDocumentsInTheirOrder(Supplier<StoreLocation> db) {
        StoreLocation where = db.get();
        try (Store s = Store.open(where, "8")) {
            assertThat(s.schemaVersion()).isEqualTo("8");
            s.transaction(h -> {
                h.execute("INSERT INTO department (id, name) VALUES (1, '示范局')");
                for (int year : new int[] {2023, 2024}) {
                    h.execute("INSERT INTO department_year (id, department_id, budget_year, origin, fingerprint,"
                            + " revision, jixiao_version, profile, lenient, allow_missing, scored) VALUES (?, 1, ?,"
                            + " 'd', ?, 1, 'test', 'national', FALSE, FALSE, TRUE)", year - 2022, year, FINGERPRINT);
                }
                // 2023: two tables, the second without categories; 2024: one table, no findings at all
                h.execute("INSERT INTO indicator_table (id, department_year_id, ordinal, kind, name) VALUES"
                        + " (10, 1, 0, 'overall', '部门整体'), (11, 1, 1, 'project', '项目甲'),"
                        + " (12, 2, 0, 'overall', '部门整体')");
                // written out of their order: the ordinal decides, not the insertion
                h.execute("INSERT INTO finding (department_year_id, ordinal, severity, code, message, hint, file, line,"
                        + " col, table_name, recheck) VALUES"
                        + " (1, 2, 'warning', 'KPI-0320', '复核：''部门整体'' 多评了 1.00 分', '建议\"请\"核实', 'a.yaml',"
                        + " 65, 25, '部门整体', 'selfScore'),"
                        + " (1, 0, 'error', 'KPI-0101', '第一行\n第二行\t\\ 反斜杠 😀', '', 't.yaml', 0, 0, NULL, NULL),"
                        + " (1, 1, 'info', 'KPI-0405', '指标 ''x''', '建议量化', 't.yaml', 12, 9, '项目甲', NULL)");
                h.execute("INSERT INTO category_score (table_id, ordinal, category, level1, points, score) VALUES"
                        + " (10, 1, 'OUTCOME', '效益指标', 30, 22.5),"
                        + " (10, 0, 'OUTPUT', '产出指标', 50.00000000000000000000, 49.74000000000000000000),"
                        + " (10, 2, 'COST', NULL, 0, 0.00000000000000000001),"
                        + " (12, 0, 'OUTPUT', '产出指标', 99999999999999999999.99999999999999999999, 0)");
                return null;
            });
        }
        try (Store s = Store.open(where, "9")) {
            assertThat(s.schemaVersion()).isEqualTo("9");
            assertThat(tables(s)).doesNotContain("finding", "category_score");
            List<Documents.StoredFinding> f2023 = Documents.readFindings(findings(s, 1));
            assertThat(f2023).containsExactly(
                    new Documents.StoredFinding("error", "KPI-0101", "第一行\n第二行\t\\ 反斜杠 😀", "", "t.yaml", 0, 0,
                            null, null),
                    new Documents.StoredFinding("info", "KPI-0405", "指标 'x'", "建议量化", "t.yaml", 12, 9, "项目甲",
                            null),
                    new Documents.StoredFinding("warning", "KPI-0320", "复核：'部门整体' 多评了 1.00 分", "建议\"请\"核实",
                            "a.yaml", 65, 25, "部门整体", "selfScore"));
            // no findings: an empty document, counted 0 (store list reads the count)
            assertThat(findings(s, 2)).isEqualTo("[]");
            // numbers as NUMERIC(40, 20) held them, without the trailing zeros
            assertThat(categories(s, 10)).isEqualTo("[{\"category\":\"OUTPUT\",\"level1\":\"产出指标\",\"points\":50,"
                    + "\"score\":49.74},{\"category\":\"OUTCOME\",\"level1\":\"效益指标\",\"points\":30,\"score\":22.5},"
                    + "{\"category\":\"COST\",\"points\":0,\"score\":0.00000000000000000001}]");
            assertThat(categories(s, 11)).isEqualTo("[]");
            assertThat(Documents.readCategories(categories(s, 12))).extracting(Documents.StoredCategory::points)
                    .containsExactly(new BigDecimal("99999999999999999999.99999999999999999999"));
            // what docs/store.md#schema shows an SQL user: PostgreSQL gives the rows back, H2 a text search
            if (where.embedded()) {
                List<Integer> years = s.read(h -> h.createQuery("SELECT budget_year FROM department_year"
                        + " WHERE findings LIKE '%\"code\":\"KPI-0405\"%'").mapTo(Integer.class).list());
                assertThat(years).containsExactly(2023);
            } else {
                List<String> codes = s.read(h -> h.createQuery("SELECT f ->> 'code' FROM department_year y"
                        + " JOIN department d ON d.id = y.department_id,"
                        + " jsonb_array_elements(y.findings::jsonb) WITH ORDINALITY AS x(f, ordinal)"
                        + " ORDER BY d.name, y.budget_year, x.ordinal").mapTo(String.class).list());
                assertThat(codes).containsExactly("KPI-0101", "KPI-0405", "KPI-0320");
                List<BigDecimal> scores = s.read(h -> h.createQuery("SELECT (c ->> 'score')::numeric"
                        + " FROM indicator_table t, jsonb_array_elements(t.categories::jsonb) AS c WHERE t.id = 10")
                        .mapTo(BigDecimal.class).list());
                assertThat(scores).extracting(BigDecimal::toPlainString)
                        .containsExactly("49.74", "22.5", "0.00000000000000000001");
            }
        }
        // store list reads the count (with the current schema: version 10 adds the indicators' count it reads too)
        try (Store s = Store.open(where)) {
            assertThat(new Catalog(s).list(null)).extracting(Catalog.Entry::findings).containsExactly(3, 0);
        }
    }

    @Test
    void theVersion1FixturesRowsAreItsDocuments() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-v1");
        Path file = dir.resolve("store.mv.db");
        Files.copy(Databases.root().resolve("store/src/test/resources/fixtures/store-v1.mv.db"), file);
        List<Documents.StoredFinding> findings;
        List<List<Documents.StoredCategory>> categories = new ArrayList<>();
        try (Store s = Store.open(StoreLocation.file(file))) {
            findings = Documents.readFindings(s.read(h -> h.createQuery("SELECT findings FROM department_year")
                    .mapTo(String.class).one()));
            s.read(h -> h.createQuery("SELECT categories FROM indicator_table ORDER BY ordinal").mapTo(String.class)
                    .list()).forEach(d -> categories.add(Documents.readCategories(d)));
        }
        // the rows as version 1 wrote them, read from the copy the migration put aside
        List<Documents.StoredFinding> rows = new ArrayList<>();
        List<List<Documents.StoredCategory>> categoryRows = new ArrayList<>();
        String backup = dir.resolve("store.v1-backup").toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + backup + ";ACCESS_MODE_DATA=r", "sa", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT severity, code, message, hint, file, line, col, table_name,"
                    + " recheck FROM finding ORDER BY ordinal")) {
                while (rs.next()) {
                    rows.add(new Documents.StoredFinding(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8),
                            rs.getString(9)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT t.ordinal, c.category, c.level1, c.points, c.score"
                    + " FROM indicator_table t LEFT JOIN category_score c ON c.table_id = t.id"
                    + " ORDER BY t.ordinal, c.ordinal")) {
                int table = -1;
                while (rs.next()) {
                    if (rs.getInt(1) != table) {
                        table = rs.getInt(1);
                        categoryRows.add(new ArrayList<>());
                    }
                    if (rs.getString(2) != null) {
                        categoryRows.get(categoryRows.size() - 1).add(new Documents.StoredCategory(rs.getString(2),
                                rs.getString(3), rs.getBigDecimal(4).stripTrailingZeros(),
                                rs.getBigDecimal(5).stripTrailingZeros()));
                    }
                }
            }
        }
        assertThat(rows).isNotEmpty();
        assertThat(findings).isEqualTo(rows);
        assertThat(categoryRows).hasSize(3).allSatisfy(t -> assertThat(t).isNotEmpty());
        assertThat(categories).hasSameSizeAs(categoryRows);
        for (int t = 0; t < categories.size(); t++) {
            List<Documents.StoredCategory> got = categories.get(t);
            assertThat(got).hasSameSizeAs(categoryRows.get(t));
            for (int i = 0; i < got.size(); i++) {
                Documents.StoredCategory want = categoryRows.get(t).get(i);
                assertThat(got.get(i).category()).isEqualTo(want.category());
                assertThat(got.get(i).level1()).isEqualTo(want.level1());
                assertThat(got.get(i).points()).isEqualByComparingTo(want.points());
                assertThat(got.get(i).score()).isEqualByComparingTo(want.score());
            }
        }
    }

    @Test
    void anH2StoreKeepsItsDocumentsInTheirRowsNewOrMigrated() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-v1");
        Path file = dir.resolve("store.mv.db");
        Files.copy(Databases.root().resolve("store/src/test/resources/fixtures/store-v1.mv.db"), file);
        for (StoreLocation where : List.of(Databases.h2(), StoreLocation.file(file))) {
            try (Store s = Store.open(where)) {
                String inRow = s.read(h -> h.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'").mapTo(String.class).one());
                assertThat(inRow).isEqualTo(String.valueOf(V9__findings_and_categories_as_documents.IN_ROW));
            }
        }
    }

    private static String findings(Store s, long year) {
        return s.read(h -> h.createQuery("SELECT findings FROM department_year WHERE id = :id").bind("id", year)
                .mapTo(String.class).one());
    }

    private static String categories(Store s, long table) {
        return s.read(h -> h.createQuery("SELECT categories FROM indicator_table WHERE id = :id").bind("id", table)
                .mapTo(String.class).one());
    }

    private static List<String> tables(Store s) {
        return s.read(h -> h.createQuery("SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA").mapTo(String.class).list())
                .stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
