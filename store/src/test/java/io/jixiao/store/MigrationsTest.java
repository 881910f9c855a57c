package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The SQL migrations the store names for Flyway ({@link Migrations}) instead of having it scan the class path: the
 * same scripts, read the same, as Flyway's own scan of {@code db/jixiao} finds — a {@code V*.sql} added to the folder
 * and not to the list fails here.
 */
class MigrationsTest {

    @Test
    void theNamedScriptsAreTheOnesFlywayFindsOnTheClassPathWithTheirChecksums() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:migrations-test");
        empty.setUser("sa");
        // Flyway's scan of the location, as every store was opened before the names
        List<String> scanned = sql(Flyway.configure(Store.class.getClassLoader()).dataSource(empty)
                .locations(Store.MIGRATIONS).load());
        List<String> named = sql(Store.flyway(empty, null));
        assertThat(scanned).hasSize(Migrations.SQL.size());
        assertThat(named).isEqualTo(scanned);
    }

    @Test
    void aScriptIsFoundByItsNameAndByPrefixAndSuffix() throws IOException {
        Migrations m = new Migrations();
        assertThat(m.getResource("V1__department_years.sql").getAbsolutePath()).isEqualTo("db/jixiao/V1__department_years.sql");
        assertThat(m.getResource("V4__indicator_direction.sql")).isNull(); // a Java migration: no script
        assertThat(m.getResources("V", new String[] {".sql"})).hasSize(Migrations.SQL.size());
        assertThat(m.getResources("R", new String[] {".sql"})).isEmpty();
        assertThat(m.getResources("V", new String[] {".py"})).isEmpty();
        try (Reader r = m.getResource("V7__review_notes.sql").read()) {
            assertThat(r.read()).isPositive();
        }
    }

    private static List<String> sql(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).filter(i -> i.getType() == CoreMigrationType.SQL)
                .map(i -> i.getVersion() + " " + i.getScript() + " " + i.getChecksum()).toList();
    }
}
