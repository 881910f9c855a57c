package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.pipeline.Discovery;
import io.jixiao.problem.KpiException;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.report.recheck.ReviewJson;
import io.jixiao.store.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of departments in a database, read with Spark's JDBC source: in H2 (in memory, through its JDBC driver)
 * always, and in a real PostgreSQL server (the store's test server: skipped without one, required when CI=true).
 * The review of the table is the review of the same departments as folders, byte for byte.
 */
class JdbcInputTest {

    static SparkSession spark;
    static final AtomicInteger DATABASES = new AtomicInteger();
    static final String PASSWORD = "s3cret-Budget-2024";

    /** A database for one test: its URL (no password in it), its user and password (null: none needed). */
    record Db(String url, String user, String password) {
    }

    @BeforeAll
    static void start() {
        spark = Departments.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Stream<Named<Supplier<Db>>> databases() {
        return Stream.of(Named.of("H2", JdbcInputTest::h2), Named.of("PostgreSQL",
                () -> new Db(PostgresServer.freshDatabase(), null, null)));
    }

    /** A new in-memory H2 database (kept while the JVM lives), its administrator sa with a password. */
    static Db h2() {
        String url = "jdbc:h2:mem:jixiao_spark_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", PASSWORD)) {
            return new Db(url, "sa", PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connect(Db db) throws SQLException {
        return db.user() == null ? DriverManager.getConnection(db.url())
                : DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    /** One row of the table: its id, folder, texts and file names (null for a column's NULL). */
    record Dept(int id, String folder, String targets, String actuals, String targetsFile, String actualsFile) {
    }

    /** The bundled department-years as rows, the files named relative to indicators/ (as --root completes them). */
    static List<Dept> bundled() {
        List<Dept> rows = new ArrayList<>();
        int id = 0;
        for (DepartmentFolder f : Discovery.find(Departments.BUNDLED)) {
            rows.add(new Dept(++id * 10, f.id(), read(f.targets()), read(f.actuals().get(0)),
                    f.id() + "/" + f.targets().getFileName(), f.id() + "/" + f.actuals().get(0).getFileName()));
        }
        return rows;
    }

    static void create(Db db, String table, List<Dept> rows) {
        try (Connection c = connect(db)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, folder VARCHAR(400), targets VARCHAR,"
                        + " actuals VARCHAR, targets_file VARCHAR(400), actuals_file VARCHAR(400), note VARCHAR(40))");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table
                    + " (id, folder, targets, actuals, targets_file, actuals_file, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Dept d : rows) {
                    p.setInt(1, d.id());
                    p.setString(2, d.folder());
                    p.setString(3, d.targets());
                    p.setString(4, d.actuals());
                    p.setString(5, d.targetsFile());
                    p.setString(6, d.actualsFile());
                    p.setString(7, "ignored");
                    p.addBatch();
                }
                p.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SparkReview.Job job(Db db, String table, String partitionColumn, String root, int partitions) {
        return new SparkReview.Job(db.url(), SparkReview.InputKind.jdbc, partitions, null, List.of(), false, false,
                null, false, root, new JdbcTable.Jdbc(table, db.user(), db.password(), partitionColumn));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theBundledDepartmentsInATableGiveReviewsJsonByteForByte(Supplier<Db> database) {
        Db db = database.get();
        create(db, "departments", bundled());
        String review = ReviewJson.render(Departments.review(Departments.BUNDLED));

        BureauReport r = new SparkReview(spark).run(job(db, "departments", "id", Departments.BUNDLED.toString(), 3));

        assertThat(ReviewJson.render(r)).isEqualTo(review);
        assertThat(r.ranking()).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badRowsAreFailedDepartmentsWithTheirCodesAndTheOthersAreScored(Supplier<Db> database) {
        Db db = database.get();
        List<Dept> rows = new ArrayList<>(bundled());
        Dept model = rows.get(0);
        rows.add(new Dept(101, null, model.targets(), model.actuals(), null, null));        // no folder
        rows.add(new Dept(102, "  ", model.targets(), model.actuals(), null, null));        // a blank folder
        rows.add(new Dept(103, "x/no-targets", null, model.actuals(), null, null));         // NULL targets
        rows.add(new Dept(104, "x/no-actuals", model.targets(), null, null, null));         // NULL actuals
        rows.add(new Dept(105, "x/bad-yaml", "department: [unclosed\n", model.actuals(), null, null));
        create(db, "departments", rows);

        BureauReport r = new SparkReview(spark).run(job(db, "departments", "id", null, 4));

        // the 5 bundled department-years are scored; each of the 5 bad rows is a failed department, the job goes on
        assertThat(r.ranking()).hasSize(5);
        Map<String, List<String>> codes = r.failed().stream().collect(Collectors.groupingBy(DepartmentRecheck::folder,
                Collectors.flatMapping(d -> d.errors().stream().map(f -> f.code()), Collectors.toList())));
        assertThat(codes).containsOnlyKeys("", "x/no-targets", "x/no-actuals", "x/bad-yaml");
        assertThat(codes.get("")).containsExactly("KPI-0704", "KPI-0704");
        assertThat(codes.get("x/no-targets")).containsExactly("KPI-0705");
        assertThat(codes.get("x/no-actuals")).containsExactly("KPI-0325");
        assertThat(codes.get("x/bad-yaml")).contains("KPI-0101");
        String table = JdbcTable.shown(db.url(), "departments");
        assertThat(location(r, "", "KPI-0704").file()).isEqualTo(table);
        assertThat(location(r, "x/no-targets", "KPI-0705").file()).isEqualTo("x/no-targets/targets.yaml");
        io.jixiao.problem.Location yaml = location(r, "x/bad-yaml", "KPI-0101");
        assertThat(yaml.file()).isEqualTo("x/bad-yaml/targets.yaml");
        assertThat(yaml.line()).isEqualTo(1);
        assertThat(r.root()).isEqualTo(table);
    }

    private static io.jixiao.problem.Location location(BureauReport r, String folder, String code) {
        return r.failed().stream().filter(d -> d.folder().equals(folder)).flatMap(d -> d.errors().stream())
                .filter(f -> f.code().equals(code)).findFirst().orElseThrow().location();
    }

    @Test
    void aPartitionColumnSplitsTheReadIntoThatManyQueriesAndWithoutOneItIsOne() {
        Db db = h2();
        create(db, "departments", bundled());
        JdbcTable.Jdbc by = new JdbcTable.Jdbc("departments", db.user(), db.password(), "id");
        JdbcTable.Jdbc whole = new JdbcTable.Jdbc("departments", db.user(), db.password(), null);

        // ids 10…50: Spark splits [10, 50] into 3 ranges, one query each
        assertThat(JdbcTable.read(spark, db.url(), by, 3).rdd().getNumPartitions()).isEqualTo(3);
        assertThat(JdbcTable.read(spark, db.url(), whole, 3).rdd().getNumPartitions()).isEqualTo(1);
        assertThat(JdbcTable.read(spark, db.url(), by, 3).count()).isEqualTo(5);
    }

    @Test
    void aDateOrTimestampPartitionColumnSplitsTheReadTooAndEveryRowIsReadOnce() throws SQLException {
        Db db = h2();
        create(db, "departments", bundled());
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE departments ADD COLUMN handed_in DATE");
            s.execute("ALTER TABLE departments ADD COLUMN stamped TIMESTAMP");
            // ids 10…50 → 2024-01-11 … 2024-02-20 and the same days at 08:30
            s.execute("UPDATE departments SET handed_in = DATEADD(DAY, id, DATE '2024-01-01'),"
                    + " stamped = DATEADD(DAY, id, TIMESTAMP '2024-01-01 08:30:00')");
        }

        for (String column : List.of("handed_in", "stamped")) {
            var read = JdbcTable.read(spark, db.url(), new JdbcTable.Jdbc("departments", db.user(), db.password(),
                    column), 3);
            assertThat(read.rdd().getNumPartitions()).as(column).isEqualTo(3);
            assertThat(read.select("folder").distinct().count()).as(column).isEqualTo(5);
            assertThat(read.count()).as(column).isEqualTo(5);
        }
    }

    @Test
    void anEmptyTableWithAPartitionColumnIsReadInOneQueryAndHasNoDepartments() {
        Db db = h2();
        create(db, "departments", List.of());

        assertThat(JdbcTable.read(spark, db.url(), new JdbcTable.Jdbc("departments", db.user(), db.password(), "id"),
                3).count()).isZero();
    }

    @Test
    void aTableWithoutTheTargetsColumnIsKpi0701NamingTheTable() throws SQLException {
        Db db = h2();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE half (id INTEGER, folder VARCHAR(400), actuals VARCHAR)");
        }

        assertThatThrownBy(() -> new SparkReview(spark).run(job(db, "half", null, null, 2)))
                .isInstanceOfSatisfying(KpiException.class, e -> {
                    assertThat(e.findings().get(0).code()).isEqualTo("KPI-0701");
                    assertThat(e.findings().get(0).location().file()).isEqualTo(db.url() + "?table=half");
                });
    }

    @Test
    void aWrongPasswordIsKpi0703WithTheDatabasesWordsAndNeverThePassword() {
        Db db = h2();
        create(db, "departments", bundled());
        Db wrong = new Db(db.url(), "sa", "not-" + PASSWORD);

        assertThatThrownBy(() -> new SparkReview(spark).run(job(wrong, "departments", "id", null, 2)))
                .isInstanceOfSatisfying(KpiException.class, e -> {
                    assertThat(e.findings().get(0).code()).isEqualTo("KPI-0703");
                    assertThat(e.findings().get(0).location().file()).isEqualTo(db.url() + "?table=departments");
                    // H2's own words: "Wrong user name or password [28000-252]"
                    assertThat(e.findings().get(0).render()).contains("Wrong user name or password")
                            .doesNotContain(PASSWORD);
                });
    }

    @Test
    void aTableThatIsNotThereIsKpi0703() {
        Db db = h2();

        assertThatThrownBy(() -> new SparkReview(spark).run(job(db, "nowhere", null, null, 2)))
                .isInstanceOfSatisfying(KpiException.class,
                        e -> assertThat(e.findings().get(0).code()).isEqualTo("KPI-0703"));
    }

    @Test
    void theTableIsShownWithoutTheUrlsParametersAndAPasswordInAUrlIsFound() {
        assertThat(JdbcTable.shown("jdbc:postgresql://db:5432/budget?user=u&ssl=true", "dept"))
                .isEqualTo("jdbc:postgresql://db:5432/budget?table=dept");
        assertThat(Arrays.asList("jdbc:postgresql://db/b?user=u&password=x", "jdbc:postgresql://db/b?PASSWORD=x",
                "jdbc:h2:mem:x;PASSWORD=x")).allMatch(JdbcTable::hasPassword);
        assertThat(JdbcTable.hasPassword("jdbc:postgresql://db/b?user=password_admin")).isFalse();
        assertThat(new JdbcTable.Jdbc("t", "u", PASSWORD, null).toString()).doesNotContain(PASSWORD).contains("***");
    }
}
