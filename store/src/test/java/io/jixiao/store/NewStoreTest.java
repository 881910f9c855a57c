package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * A new embedded store is made by one script ({@link NewStore}) instead of Flyway's migrations: the store it makes is
 * the one the migrations make from empty — every table, column, key, index, constraint name and setting, as H2's own
 * {@code SCRIPT} of it says, and the same schema history but for its clock — and Flyway then opens it as current.
 * When a migration is added, the first test fails and writes the new script to {@code store/target/new-store-h2.sql}:
 * copy it to {@code src/main/resources/io/jixiao/store/}.
 */
class NewStoreTest {

    /** Flyway's history but its clock columns (installed_on, execution_time), by rank. */
    private static final String HISTORY = "SELECT \"installed_rank\", \"version\", \"description\", \"type\","
            + " \"script\", \"checksum\", \"installed_by\", \"success\" FROM \"flyway_schema_history\""
            + " ORDER BY \"installed_rank\"";

    /**
     * What H2 keeps of the schema beyond its SCRIPT: every index — its table, kind, columns and the constraints that use
     * it, by name when no constraint does (H2 names a constraint's own index after its table's internal id, which the
     * migrations' copies of tables moved: {@code PRIMARY_KEY_E1} there, {@code PRIMARY_KEY_6} here; no SQL names
     * them) —, the columns and the settings.
     */
    private static final List<String> PHYSICAL = List.of(
            "SELECT i.TABLE_NAME, i.INDEX_TYPE_NAME, (SELECT LISTAGG(k.COLUMN_NAME || ' ' || k.ORDERING_SPECIFICATION"
                    + " || ' ' || k.NULL_ORDERING || ' ' || k.IS_UNIQUE, ', ') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION)"
                    + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS k WHERE k.INDEX_SCHEMA = i.INDEX_SCHEMA"
                    + " AND k.INDEX_NAME = i.INDEX_NAME) AS columns, (SELECT LISTAGG(c.CONSTRAINT_NAME, ', ') WITHIN GROUP"
                    + " (ORDER BY c.CONSTRAINT_NAME) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                    + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME) AS used_by,"
                    + " CASE WHEN EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                    + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME) THEN NULL ELSE i.INDEX_NAME"
                    + " END AS name FROM INFORMATION_SCHEMA.INDEXES i WHERE i.TABLE_SCHEMA = 'PUBLIC'"
                    + " ORDER BY 1, 2, 3, 4, 5",
            "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, CONSTRAINT_NAME",
            "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, ORDINAL_POSITION",
            "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN"
                    + " ('MAX_LENGTH_INPLACE_LOB', 'WRITE_DELAY', 'MODE') ORDER BY SETTING_NAME");

    @Test
    void theScriptIsWhatH2WritesOfAStoreTheMigrationsMadeFromEmpty() throws Exception {
        StoreLocation migrated = Databases.h2();
        Store.open(migrated, "latest").close(); // Flyway's path: a target version
        String expected;
        try (Connection c = connect(migrated)) {
            expected = script(c);
        }
        Path wanted = Path.of("target", NewStore.SCRIPT);
        Files.createDirectories(wanted.getParent());
        Files.writeString(wanted, expected);
        assertThat(resource())
                .as("the script of a new store; when a migration changed it, copy %s to"
                        + " src/main/resources/io/jixiao/store/", wanted.toAbsolutePath())
                .isEqualTo(expected);
    }

    @Test
    void aNewStoreIsTheOneTheMigrationsMake() throws Exception {
        StoreLocation migrated = Databases.h2();
        Store.open(migrated, "latest").close();
        StoreLocation made = Databases.h2();
        Store.open(made).close();
        try (Connection m = connect(migrated); Connection n = connect(made)) {
            assertThat(definitions(n)).isEqualTo(definitions(m)).isNotEmpty();
            for (String sql : PHYSICAL) {
                assertThat(rows(n, sql)).as(sql).isEqualTo(rows(m, sql)).isNotEmpty();
            }
            assertThat(rows(n, HISTORY)).isEqualTo(rows(m, HISTORY)).hasSize(11);
            // the clock: when the store was made, no time spent
            assertThat(rows(n, "SELECT DISTINCT \"execution_time\" FROM \"flyway_schema_history\"")).containsExactly("0");
            assertThat(rows(n, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"installed_on\" IS NULL"))
                    .containsExactly("0");
        }
    }

    @Test
    void flywayOpensANewStoreAsCurrentWithNothingToCopyAside() {
        StoreLocation made = Databases.h2();
        Store.open(made).close();
        try (Store again = Store.open(made)) {
            assertThat(again.backup()).isEmpty();
            JdbcConnectionPool pool = pool(made);
            try {
                var flyway = Store.flyway(pool, null);
                assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
                assertThat(flyway.info().pending()).isEmpty();
                // every migration this jixiao knows, applied
                assertThat(flyway.info().applied()).hasSize(flyway.info().all().length)
                        .extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
                assertThat(again.schemaVersion()).isEqualTo(flyway.info().current().getVersion().getVersion());
            } finally {
                pool.dispose();
            }
        }
        try (Stream<Path> siblings = list(made.h2File().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("store.mv.db");
        }
    }

    @Test
    void openingsOfOneNewStoreAtOnceInOneJvmAllOpenIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            StoreLocation made = Databases.h2();
            openAllAtOnce(List.of(made, made, made, made));
        }
    }

    /** Opens every one of {@code stores} at once, each on a thread of its own: each opens, none at version 0. */
    private static void openAllAtOnce(List<StoreLocation> stores) throws Exception {
        var ready = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(stores.size());
        try {
            List<java.util.concurrent.Future<String>> opened = new ArrayList<>();
            for (StoreLocation where : stores) {
                opened.add(pool.submit(() -> {
                    ready.await();
                    try (Store s = Store.open(where)) {
                        return s.schemaVersion();
                    }
                }));
            }
            ready.countDown();
            for (var f : opened) {
                assertThat(f.get()).isNotEqualTo("0");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStoreWithTablesMadeMeanwhileIsLeftToFlyway() throws SQLException {
        StoreLocation made = Databases.h2();
        JdbcConnectionPool pool = pool(made);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stranger (id INT)");
            assertThat(NewStore.make(pool)).isFalse();
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aNewStoreCutShortIsRefusedNotTakenForACompleteOne() throws SQLException {
        StoreLocation made = Databases.h2();
        String[] statements = NewStore.statements();
        try (Connection c = connect(made); Statement s = c.createStatement()) {
            // the process killed half way: the tables before the history
            for (int i = 0; i < statements.length / 2; i++) {
                s.execute(statements[i]);
            }
        }
        assertHalfMade(made);
    }

    @Test
    void aNewStoreCutShortBetweenItsHistoryTableAndItsRowsIsRefusedToo() throws Exception {
        StoreLocation made = Databases.h2();
        String[] statements = NewStore.statements();
        try (Connection c = connect(made); Statement s = c.createStatement()) {
            // every statement but the last, the history's rows: an empty history, which Flyway would migrate from V1
            for (int i = 0; i < statements.length - 1; i++) {
                s.execute(statements[i]);
            }
        }
        assertHalfMade(made);
        // refused again, nothing changed: no failed migration recorded, no copy made aside
        assertHalfMade(made);
        try (Connection c = connect(made); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
        try (Stream<Path> files = Files.list(made.h2File().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("backup"));
        }
    }

    @Test
    void aStatementThatFailsWhileTheStoreIsMadeLeavesNoFile() {
        StoreLocation made = Databases.h2();
        String[] statements = NewStore.statements();
        String[] failing = java.util.Arrays.copyOf(statements, statements.length);
        failing[statements.length / 2] = "CREATE TABLE department (oops"; // as a full disk would stop it half way
        JdbcConnectionPool pool = pool(made);
        assertThatThrownBy(() -> Store.madeAtOnce(made, pool, pool, failing)).isInstanceOfSatisfying(KpiException.class,
                e -> assertThat(e.findings()).extracting(f -> f.code()).containsExactly("KPI-0504"));
        assertThat(made.h2File()).doesNotExist();
        // and the next opening makes it whole
        Store.open(made).close();
        assertThat(made.h2File()).exists();
    }

    @Test
    void openingsOfOneNewStoreThroughALinkAndItsFolderTakeTurns() throws Exception {
        for (int round = 0; round < 5; round++) {
            StoreLocation real = Databases.h2();
            Path link = Files.createSymbolicLink(real.h2File().getParent().resolveSibling("link-" + round
                    + "-" + System.nanoTime()), real.h2File().getParent());
            StoreLocation viaLink = StoreLocation.file(link.resolve("store")); // Databases.h2()'s file is "store"
            openAllAtOnce(List.of(real, viaLink));
        }
    }

    /** KPI-0504 at the store, whose hint names the file to delete; the file is left as it was. */
    private static void assertHalfMade(StoreLocation made) {
        assertThatThrownBy(() -> Store.open(made).close()).isInstanceOfSatisfying(KpiException.class, e -> {
            assertThat(e.findings()).extracting(f -> f.code()).containsExactly("KPI-0504");
            assertThat(e.first().location()).isEqualTo(io.jixiao.problem.Location.of(made.shown()));
            assertThat(e.first().hint()).contains(made.h2File().toString());
        });
        assertThat(made.h2File()).exists();
    }

    /**
     * What {@link NewStore#SCRIPT} should say, from the store the migrations made behind {@code c}: H2's {@code SCRIPT
     * NODATA} of it — the tables with their primary keys, the indexes made by name that a constraint uses, the other
     * constraints, then the other indexes made by name (a foreign key gets an index of its own unless one of exactly its
     * columns exists: each as the migrations' order gave it) —, and its schema history.
     */
    static String script(Connection c) throws SQLException {
        List<String> settings = new ArrayList<>();
        List<List<String>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (String sql : rows(c, "SCRIPT NODATA")) {
            String statement = sql.strip().replaceAll(";$", "");
            if (statement.isEmpty() || statement.startsWith("--") || statement.startsWith("CREATE USER")
                    || statement.startsWith("SET WRITE_DELAY")) {
                continue; // comments, the user (its salt and hash are the file's) and the URL's write delay
            }
            int history = statement.contains("\"flyway_schema_history\"") ? 3 : 0;
            if (statement.startsWith("SET ")) {
                settings.add(statement);
            } else if (statement.startsWith("CREATE CACHED TABLE ")
                    || statement.startsWith("ALTER TABLE ") && statement.contains(" PRIMARY KEY(")) {
                groups.get(history).add(statement);
            } else if (statement.startsWith("ALTER TABLE ") && statement.contains(" ADD CONSTRAINT ")) {
                groups.get(history + 1).add(statement);
            } else if (statement.startsWith("CREATE INDEX ") || statement.startsWith("CREATE UNIQUE INDEX ")) {
                groups.get(history + 2).add(statement);
            } else {
                throw new IllegalStateException("a statement NewStoreTest does not know where to put: " + statement);
            }
        }
        // an index a constraint uses in the migrations' store is made before the constraints, the others after them
        List<String> used = rows(c, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME IS NOT NULL");
        List<String> statements = new ArrayList<>(settings);
        for (int history = 0; history <= 3; history += 3) {
            List<String> indexes = groups.get(history + 2);
            statements.addAll(groups.get(history));
            indexes.stream().filter(sql -> used.stream().anyMatch(i -> sql.contains("\"" + i + "\" ON "))).forEach(statements::add);
            statements.addAll(groups.get(history + 1));
            indexes.stream().filter(sql -> used.stream().noneMatch(i -> sql.contains("\"" + i + "\" ON "))).forEach(statements::add);
        }
        statements.add(historyRows(c));
        StringBuilder out = new StringBuilder("-- The schema of a new embedded store (NewStore): H2's SCRIPT of a store the"
                + " migrations made from empty, and their\n-- history; written by NewStoreTest (store/target/"
                + NewStore.SCRIPT + "), not by hand. The history comes after the tables.\n");
        statements.forEach(sql -> out.append(sql).append(";\n"));
        return out.toString();
    }

    /** The schema history's rows as Flyway wrote them, but for its clock (when the store is made, no time spent). */
    private static String historyRows(Connection c) throws SQLException {
        StringBuilder out = new StringBuilder("INSERT INTO \"PUBLIC\".\"flyway_schema_history\"(\"installed_rank\","
                + " \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                + " \"execution_time\", \"success\") VALUES");
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT \"installed_rank\", \"version\","
                + " \"description\", \"type\", \"script\", \"checksum\", \"success\" FROM \"flyway_schema_history\""
                + " ORDER BY \"installed_rank\"")) {
            String sep = "\n";
            while (r.next()) {
                out.append(sep).append('(').append(r.getInt(1)).append(", ").append(text(r.getString(2))).append(", ")
                        .append(text(r.getString(3))).append(", ").append(text(r.getString(4))).append(", ")
                        .append(text(r.getString(5))).append(", ").append(r.getObject(6) == null ? "NULL" : r.getInt(6))
                        .append(", CURRENT_USER, 0, ").append(r.getBoolean(7) ? "TRUE" : "FALSE").append(')');
                sep = ",\n";
            }
        }
        return out.toString();
    }

    private static String text(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    /** The definitions H2 writes of the store, sorted (their order is the order they were made in). */
    private static List<String> definitions(Connection c) throws SQLException {
        return rows(c, "SCRIPT NODATA").stream().filter(s -> !s.startsWith("CREATE USER") && !s.startsWith("--"))
                .map(String::strip).sorted().toList();
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static String resource() throws IOException {
        try (InputStream in = NewStore.class.getResourceAsStream(NewStore.SCRIPT)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Connection connect(StoreLocation where) throws SQLException {
        return DriverManager.getConnection(where.url(), "sa", "");
    }

    private static JdbcConnectionPool pool(StoreLocation where) {
        return JdbcConnectionPool.create(where.url(), "sa", "");
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
