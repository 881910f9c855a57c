package io.jixiao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A new embedded store made at once at this jixiao's schema: the tables, indexes and settings the migrations make on an
 * empty H2 database, and Flyway's schema history saying that they made them — one script, {@code new-store-h2.sql},
 * H2's own {@code SCRIPT} of a store Flyway migrated from empty (NewStoreTest holds the two stores the same, and
 * writes the script anew to {@code store/target/} when a migration changes what it should be).
 *
 * <p>Flyway's migration of an empty store was ~0.4 s of CPU in a fresh JVM under the launcher's flags (its set-up,
 * the ten migrations each in a transaction under its lock — H2 copying a table for each column they add —, its SQL
 * parser and H2's DDL compiled by C1), against ~0.1 s for the script: the budget's import into a new store spent it
 * on the cores its workers evaluate on (docs/performance.md#import-tenth). Every other opening — an existing store, PostgreSQL, a target version — is
 * Flyway's, as before, and finds this store's history current. The history's rows are Flyway's but for their clock:
 * {@code installed_on} is the time the store was made, {@code execution_time} 0.
 *
 * <p>The tables come first and the history last, so a store cut short while it is made (the process killed: H2's DDL
 * commits each statement) has tables and no history (or an empty one), never taken for a complete store: the next
 * opening refuses it with KPI-0504 and says to delete it ({@code Store.refuseHalfMade}). A statement that fails while
 * the store is made (a full disk) deletes the file at once.
 */
final class NewStore {

    /** The script, beside this class on the class path; its statements end with ";" at the end of a line. */
    static final String SCRIPT = "new-store-h2.sql";

    private NewStore() {
    }

    /**
     * Makes the schema in the (new, embedded) H2 database behind {@code source} when it holds no table yet; an
     * open connection keeps H2's file lock, so no other process can make or use it meanwhile ({@link Store#open}
     * keeps the other openings of this JVM, which share the database, waiting until it is made).
     *
     * @return false when the database has a table already (made by another process since it was found missing):
     *         it is then migrated by Flyway as any existing store
     */
    static boolean make(DataSource source) throws SQLException {
        return make(source, statements());
    }

    /** As {@link #make(DataSource)} with the given statements (a test's, to fail one half way). */
    static boolean make(DataSource source, String[] statements) throws SQLException {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    return false;
                }
            }
            for (String sql : statements) {
                s.execute(sql);
            }
            return true;
        }
    }

    /** The script's statements, in order. */
    static String[] statements() {
        try (InputStream in = NewStore.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the class path beside " + NewStore.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT, e);
        }
    }
}
