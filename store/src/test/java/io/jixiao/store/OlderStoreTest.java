package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A store written by an older schema opens after migration with its data intact: fixtures/store-v1.mv.db was made
 * by jixiao at schema version 1 (department-years and scores; {@link V1Fixture}) and is never regenerated. Opening a
 * copy migrates it to the current schema (V2 adds the 指标库 and users, V3 an indicator's 指标库 id, V4 the direction
 * scoring applies to each indicator, filled in from the stored files, V5/V6 monitoring, V7 the 复核 notes, V8 the child rows' keys, V9 the findings and
 * category scores as documents, V10 the indicators as documents), copies
 * the old file aside first, and keeps
 * every department-year, file and score.
 */
class OlderStoreTest {

    @Test
    void aVersion1StoreOpensMigratedWithItsDataIntactAndAcopyOfTheOldFileAside() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-v1");
        Path file = dir.resolve("store.mv.db");
        Files.copy(Databases.root().resolve("store/src/test/resources/fixtures/store-v1.mv.db"), file);
        byte[] before = Files.readAllBytes(file);

        try (Store s = Store.open(StoreLocation.file(file))) {
            assertThat(s.schemaVersion()).isEqualTo("10");
            assertThat(s.backup()).contains(dir.resolve("store.v1-backup.mv.db"));
            assertThat(Files.readAllBytes(s.backup().orElseThrow())).isEqualTo(before);

            List<Catalog.Entry> stored = new Catalog(s).list(null);
            assertThat(stored).extracting(Catalog.Entry::department, Catalog.Entry::year, Catalog.Entry::revision,
                            e -> io.jixiao.value.Numbers.text(e.score()), Catalog.Entry::grade, Catalog.Entry::tables,
                            Catalog.Entry::indicators, Catalog.Entry::files)
                    .containsExactly(org.assertj.core.api.Assertions.tuple(ImportTest.GUANGYANG, 2023, 1, "90.78", "优",
                            3, 29, 2));
            // the files are as they were imported: each matches the SHA-256 stored beside it in version 1
            List<String[]> sums = s.read(h -> h.createQuery("SELECT name, sha256 FROM source_file ORDER BY ordinal")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
            List<StoredFile> files = new Catalog(s).files(ImportTest.GUANGYANG, 2023);
            assertThat(files).extracting(StoredFile::name).containsExactly("targets.yaml", "actuals-example.yaml");
            for (int i = 0; i < files.size(); i++) {
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(i).content())))
                        .isEqualTo(sums.get(i)[1]);
            }
            // version 4 filled in each indicator's direction from the stored targets file and profile: the same
            // directions a fresh import of the same files writes (≥ for 有效改善 and ≥2万条, = for =24小时 …)
            assertThat(directions(s)).doesNotContainNull().isEqualTo(freshDirections());
            // what version 2 added works on the migrated store
            assertThat(new Library(s).list()).isEmpty();
            assertThat(new HistoryReader(s).history("广阳").years()).hasSize(1);
            // the workbench writes its events into version 1's audit log, after the import of version 1
            new Users(s).audit("test", "note", ImportTest.GUANGYANG, 2023, "after the migration");
            assertThat(new Users(s).events()).extracting(Users.Event::action).endsWith("note");
        }
        // opened again: nothing to migrate, no second copy
        try (Store s = Store.open(StoreLocation.file(file))) {
            assertThat(s.backup()).isEmpty();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("store.mv.db", "store.v1-backup.mv.db");
        }
    }

    /** Every indicator's stored direction, in table and indicator order. */
    private static List<String> directions(Store s) {
        return s.read(h -> h.createQuery("SELECT indicators FROM indicator_table ORDER BY ordinal").mapTo(String.class)
                .list()).stream().flatMap(d -> Documents.readIndicators(d).stream())
                .map(Documents.StoredIndicator::direction).toList();
    }

    private static List<String> freshDirections() {
        try (Store fresh = Store.open(Databases.h2())) {
            ImportTest.importAll(fresh, Databases.root().resolve("indicators/guangyang/2023"));
            return directions(fresh);
        }
    }
}
