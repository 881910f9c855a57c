package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.pipeline.Options;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An import started before its store is open (docs/performance.md#store, issue 17's fifth pass): the workers evaluate
 * while a new embedded store is made, wait for the stored fingerprints of any other, and the outcome is the import's
 * as if the store had been open first.
 */
class ImportAheadTest {

    private static final int BUNDLED = 5;

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void startedBeforeTheStoreOpensItStoresWhatAnImportIntoTheOpenStoreStores(Supplier<StoreLocation> db) {
        StoreLocation where = db.get();
        Importer.Summary first;
        try (Importer.Started started = new Importer(where, Options.defaults(), 2).start(List.of(Databases.bundled()));
             Store s = Store.open(where)) {
            first = started.into(s, o -> { });
        }
        assertThat(first.outcomes()).extracting(Importer.Outcome::status).containsOnly(Importer.Status.ADDED)
                .hasSize(BUNDLED);
        StoreLocation other = Databases.h2();
        try (Store s = Store.open(other)) {
            Importer.Summary open = ImportTest.importAll(s, Databases.bundled());
            assertThat(first.outcomes()).extracting(Importer.Outcome::department, Importer.Outcome::year,
                    Importer.Outcome::revision, o -> o.findings().stream().map(Finding::code).toList())
                    .isEqualTo(open.outcomes().stream().map(o -> org.assertj.core.groups.Tuple.tuple(o.department(),
                            o.year(), o.revision(), o.findings().stream().map(Finding::code).toList())).toList());
        }
        // the same files again, started before the (now existing) store opens: unchanged, nothing evaluated twice
        try (Importer.Started started = new Importer(where, Options.defaults(), 2).start(List.of(Databases.bundled()));
             Store s = Store.open(where)) {
            assertThat(started.into(s, o -> { }).outcomes()).extracting(Importer.Outcome::status)
                    .containsOnly(Importer.Status.UNCHANGED).hasSize(BUNDLED);
        }
    }

    @Test
    void intoANewEmbeddedStoreTheWorkersEvaluateBeforeItExists() throws Exception {
        StoreLocation where = Databases.h2();
        assertThat(where.h2File()).doesNotExist();
        try (Importer.Started started = new Importer(where, Options.defaults(), 2).start(List.of(Databases.bundled()))) {
            long until = System.nanoTime() + 120_000_000_000L;
            while (started.finished() < BUNDLED && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(started.finished()).isEqualTo(BUNDLED);
            assertThat(where.h2File()).doesNotExist();
            try (Store s = Store.open(where)) {
                assertThat(started.into(s, o -> { }).count(Importer.Status.ADDED)).isEqualTo(BUNDLED);
            }
        }
    }

    @Test
    void intoAStoreThatExistsTheWorkersWaitForItsFingerprints() throws Exception {
        StoreLocation where = Databases.h2();
        try (Store s = Store.open(where)) {
            assertThat(where.h2File()).exists();
        }
        try (Importer.Started started = new Importer(where, Options.defaults(), 2).start(List.of(Databases.bundled()))) {
            Thread.sleep(1000);
            // reading the files needs no store; deciding whether to evaluate them does
            assertThat(started.finished()).isZero();
            try (Store s = Store.open(where)) {
                assertThat(started.into(s, o -> { }).count(Importer.Status.ADDED)).isEqualTo(BUNDLED);
            }
            assertThat(started.finished()).isEqualTo(BUNDLED);
        }
    }

    @Test
    void aStoreThatDoesNotOpenStopsTheWorkersThatWaitForIt() throws Exception {
        Path notAStore = Files.createTempFile("jixiao-not-a-store", ".mv.db");
        Files.writeString(notAStore, "this is no database\n".repeat(200));
        StoreLocation where = StoreLocation.file(notAStore);
        Importer.Started started = new Importer(where, Options.defaults(), 2).start(List.of(Databases.bundled()));
        try (started) {
            assertThatThrownBy(() -> Store.open(where)).isInstanceOfSatisfying(KpiException.class,
                    e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("KPI-0504"));
        }
        // closing released the workers waiting for the fingerprints: none went on to evaluate
        Thread.sleep(500);
        assertThat(started.finished()).isZero();
    }

    @Test
    void aPathThatIsNoFolderIsReportedWhenTheStoreIsGivenAsBefore() throws Exception {
        StoreLocation where = Databases.h2();
        Path missing = Databases.root().resolve("no-such-folder");
        try (Importer.Started started = new Importer(where, Options.defaults(), 2).start(List.of(missing));
             Store s = Store.open(where)) {
            assertThat(started.folders()).isEmpty();
            assertThatThrownBy(() -> started.into(s, o -> { })).isInstanceOfSatisfying(KpiException.class,
                    e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("KPI-0324"));
        }
    }

    @Test
    void h2sObjectCacheIsOffOnceAStoreIsOpen() {
        // on, it hashed and compared every string an import binds (a tenth of the writer's thread): Store turns it off
        try (Store s = Store.open(Databases.h2())) {
            assertThat(org.h2.engine.SysProperties.OBJECT_CACHE).isFalse();
        }
    }
}
