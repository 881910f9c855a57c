package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.pipeline.Options;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One fixture per way a store command fails, each asserting its code and where it points. */
class StoreFailureModesTest {

    static Finding only(ThrowingCallable call) {
        KpiException e = (KpiException) org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(e).as("a coded error").isNotNull();
        assertThat(e.findings()).hasSize(1);
        return e.findings().get(0);
    }

    @Test
    void aJdbcUrlOfAnotherDatabaseIsKpi0505() {
        Finding f = only(() -> StoreLocation.resolve("jdbc:mysql://localhost/jixiao", Map.of()));
        assertThat(f.code()).isEqualTo("KPI-0505");
        assertThat(f.location().file()).isEqualTo("jdbc:mysql://localhost/jixiao");
    }

    @Test
    void aFileThatIsNotAStoreIsKpi0504() throws IOException {
        Path dir = Files.createTempDirectory("jixiao-store");
        Path notAStore = dir.resolve("notes.mv.db");
        Files.writeString(notAStore, "these are my notes, not a database\n".repeat(200), StandardCharsets.UTF_8);
        Finding f = only(() -> Store.open(StoreLocation.file(notAStore)));
        assertThat(f.code()).isEqualTo("KPI-0504");
        assertThat(f.location().file()).isEqualTo(notAStore.toString());
        assertThat(Files.readString(notAStore)).startsWith("these are my notes"); // left as it was
    }

    @Test
    void aServerThatDoesNotAnswerIsKpi0503() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/jixiao?user=jixiao&password=secret";
        Finding f = only(() -> Store.open(StoreLocation.resolve(url, Map.of())));
        assertThat(f.code()).isEqualTo("KPI-0503");
        assertThat(f.location().file()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/jixiao?user=jixiao&password=***");
        assertThat(f.render()).doesNotContain("secret");
        // the driver's sentence ends with a full stop; the rendering adds ". Maybe …" once, not "..": one stop
        assertThat(f.render()).contains("accepting TCP/IP connections. Maybe check").doesNotContain("..");
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aStoreWrittenByANewerJixiaoIsKpi0502AndLeftAlone(Supplier<StoreLocation> db) {
        StoreLocation where = db.get();
        try (Store s = Store.open(where)) {
            // Flyway's history table, as Flyway names it (quoted lower case on H2 and PostgreSQL alike)
            s.transaction(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
                    + " \"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, TRUE)"));
        }
        Finding f = only(() -> Store.open(where));
        assertThat(f.code()).isEqualTo("KPI-0502");
        assertThat(f.message()).contains("schema version 99").contains("up to 10");
        assertThat(f.location().file()).isEqualTo(where.shown());
    }

    @Test
    void anEmbeddedStoreOpenInAnotherProcessIsBusyKpi0501() throws Exception {
        StoreLocation where = Databases.h2();
        Store.open(where).close();
        Process holder = CrashTest.child(List.of("hold", where.url()));
        try {
            assertThat(CrashTest.readLine(holder)).isEqualTo("holding");
            Finding f = only(() -> Store.open(where));
            assertThat(f.code()).isEqualTo("KPI-0501");
            assertThat(f.location().file()).isEqualTo(where.shown());
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aSecondImportWhileOneRunsIsBusyKpi0501(Supplier<StoreLocation> db) throws Exception {
        Path indicators = Databases.bundled();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Store s = Store.open(db.get())) {
            Future<Importer.Summary> first = pool.submit(() -> new Importer(s, Options.defaults(), 1, folder -> {
                inside.countDown();
                await(release);
            }).run(List.of(indicators.resolve("kaiping")), o -> { }));
            assertThat(inside.await(120, TimeUnit.SECONDS)).isTrue();
            try (Store again = Store.open(s.location())) {
                Finding f = only(() -> ImportTest.importAll(again, indicators.resolve("shifeng")));
                assertThat(f.code()).isEqualTo("KPI-0501");
                assertThat(f.message()).contains("import");
            } finally {
                release.countDown();
            }
            assertThat(first.get(120, TimeUnit.SECONDS).count(Importer.Status.ADDED)).isEqualTo(1);
            assertThat(new Catalog(s).list(null)).hasSize(1); // the second import stored nothing
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An Error inside a department-year's transaction (here thrown just before the commit) is not caught as a store
     * failure; the writer still rolls the transaction back, and closing its connection commits nothing — JDBC commits an
     * open transaction when auto-commit is switched back on, which the writer did on closing.
     */
    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void anErrorInsideTheTransactionStoresNothing(Supplier<StoreLocation> db) {
        Path kaiping = Databases.bundled().resolve("kaiping");
        try (Store s = Store.open(db.get())) {
            assertThatThrownBy(() -> new Importer(s, Options.defaults(), 1, folder -> {
                throw new StackOverflowError("thrown by the test before the commit");
            }).run(List.of(kaiping), o -> { })).isInstanceOf(StackOverflowError.class);
            assertThat(new Catalog(s).list(null)).isEmpty();
        }
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void departmentsAndYearsThatAreNotThereAreKpi0507To0511() {
        try (Store s = Store.open(Databases.h2())) {
            Catalog c = new Catalog(s);
            assertThat(only(() -> c.department("广阳")).code()).isEqualTo("KPI-0507"); // empty store
            ImportTest.importAll(s, Databases.bundled());
            Finding unknown = only(() -> c.department("海淀"));
            assertThat(unknown.code()).isEqualTo("KPI-0507");
            assertThat(unknown.hint()).contains(ImportTest.GUANGYANG);
            Finding ambiguous = only(() -> c.department("网络安全"));
            assertThat(ambiguous.code()).isEqualTo("KPI-0508");
            Finding year = only(() -> c.files(ImportTest.GUANGYANG, 2019));
            assertThat(year.code()).isEqualTo("KPI-0509");
            assertThat(year.hint()).contains("2023, 2024");
            Finding noYear = only(() -> new StoredReview(s).review(2019));
            assertThat(noYear.code()).isEqualTo("KPI-0511");
            assertThat(noYear.hint()).contains("2020, 2023, 2024, 2025");
            assertThat(c.department("广阳")).isEqualTo(ImportTest.GUANGYANG);
            assertThat(c.department("410")).isEqualTo(ImportTest.GUANGYANG); // its code
        }
    }

    @Test
    void exportOntoAnExistingFileIsKpi0512AndWritesNothing() throws IOException {
        Path dir = Files.createTempDirectory("jixiao-export");
        Files.writeString(dir.resolve("actuals-example.yaml"), "mine", StandardCharsets.UTF_8);
        try (Store s = Store.open(Databases.h2())) {
            ImportTest.importAll(s, Databases.bundled().resolve("kaiping"));
            Finding f = only(() -> new Catalog(s).export(new Catalog(s).department("开平"), 2025, dir, false));
            assertThat(f.code()).isEqualTo("KPI-0512");
            assertThat(f.message()).contains("actuals-example.yaml");
            assertThat(dir.resolve("targets.yaml")).doesNotExist();
            assertThat(Files.readString(dir.resolve("actuals-example.yaml"))).isEqualTo("mine");
        }
    }

    @Test
    void aFolderWithoutTargetsIsKpi0513AndOneDepartmentYearInTwoFoldersIsKpi0510() throws IOException {
        Path empty = Files.createTempDirectory("jixiao-empty");
        try (Store s = Store.open(Databases.h2())) {
            Finding f = only(() -> ImportTest.importAll(s, empty));
            assertThat(f.code()).isEqualTo("KPI-0513");
            assertThat(f.location().file()).isEqualTo(empty.toString());

            Path two = Files.createTempDirectory("jixiao-two");
            Databases.copy(Databases.root().resolve("indicators/kaiping/2025"), two.resolve("a"));
            Databases.copy(Databases.root().resolve("indicators/kaiping/2025"), two.resolve("b"));
            Files.writeString(two.resolve("b/actuals-example.yaml"), Files.readString(two.resolve("b/actuals-example.yaml"))
                    + "\n# another copy\n", StandardCharsets.UTF_8);
            Importer.Summary r = ImportTest.importAll(s, two);
            assertThat(r.count(Importer.Status.ADDED)).isEqualTo(1);
            // written in the folders' order, whichever worker is done first: a is stored, b is the second copy
            assertThat(r.outcomes()).extracting(Importer.Outcome::status)
                    .containsExactly(Importer.Status.ADDED, Importer.Status.FAILED);
            assertThat(r.outcomes().get(0).folder()).endsWith("a");
            Importer.Outcome twice = r.outcomes().get(1);
            assertThat(twice.folder()).endsWith("b");
            assertThat(twice.findings()).extracting(Finding::code).containsExactly("KPI-0510");
            assertThat(twice.findings().get(0).location().file()).endsWith("b");
        }
    }

    @Test
    void severalActualsFilesInAFolderAreKpi0326() throws IOException {
        Path dir = Files.createTempDirectory("jixiao-several");
        Databases.copy(Databases.root().resolve("indicators/kaiping/2025"), dir);
        Files.copy(dir.resolve("actuals-example.yaml"), dir.resolve("actuals-2.yaml"));
        try (Store s = Store.open(Databases.h2())) {
            Importer.Outcome o = ImportTest.importAll(s, dir).outcomes().get(0);
            assertThat(o.status()).isEqualTo(Importer.Status.FAILED);
            assertThat(o.findings()).extracting(Finding::code).containsExactly("KPI-0326");
            assertThat(new Catalog(s).list(null)).isEmpty();
        }
    }

    static void assertCoded(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KpiException.class,
                e -> assertThat(e.findings()).extracting(Finding::code).contains(code));
    }
}
