package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.pipeline.Options;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An import into a new embedded store opens, migrates and writes through JDBC alone: the store's Jdbi — ~0.13 s of one
 * thread's CPU to make in a fresh JVM — is never made (docs/performance.md#store-ninth). What it wrote reads back
 * through Jdbi as any store's does.
 */
class ImportWithoutJdbiTest {

    @Test
    void anImportIntoANewStoreMakesNoJdbi() {
        StoreLocation where = Databases.h2();
        try (Importer.Started started = new Importer(where, Options.defaults(), 2).start(List.of(Databases.bundled()));
             Store s = Store.open(where)) {
            assertThat(started.into(s, o -> { }).count(Importer.Status.ADDED)).isEqualTo(5);
            assertThat(s.jdbiMade()).isFalse();
            // the bundled departments' progress files: their monitoring written through JDBC too
            int monitorings = s.read(h -> h.createQuery("SELECT COUNT(*) FROM monitoring").mapTo(Integer.class).one());
            assertThat(monitorings).isPositive();
            assertThat(s.jdbiMade()).isTrue();
        }
    }
}
