package io.jixiao.store;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An open store: the database behind {@code jixiao store}, {@code history}, {@code library} and {@code review --db}
 * (docs/store.md). Opening migrates the schema forward (Flyway, {@code db/jixiao/V*.sql} and the Java migrations
 * {@code V*__*.java} of this package); an embedded H2 file that
 * needs a migration is copied aside first, and a new one is made at the current schema by one script
 * ({@link NewStore}). Access is through Jdbi (an import writes through JDBC alone:
 * {@link Writer}); every change is one transaction.
 *
 * <p>Problems of the store itself are coded errors ({@link KpiException}, KPI-050x): busy, written by a newer
 * jixiao, unreachable, not a store.
 */
public final class Store implements AutoCloseable {

    static {
        // H2's object cache (h2.objectCache, on by default) looks up every string and value bound to a statement in a
        // process-wide table, hashing and comparing it with the one there, to share equal objects: for an import's
        // long texts (explanations, messages) that cost a tenth of the writer's thread and ~6% of the import's CPU
        // (issue 17's fifth pass). It must be set before H2's SysProperties is loaded; a value given by the user wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    /** Where the migrations are, on the class path. */
    static final String MIGRATIONS = "classpath:db/jixiao";

    /** H2's write delay while an import runs (its default); 0 otherwise: a commit is in the file when it returns. */
    static final int BULK_WRITE_DELAY_MS = 500;

    /** The key of the PostgreSQL advisory lock an import holds ("jixiao" in ASCII). */
    private static final long IMPORT_LOCK = 0x6a6978616fL;

    /** Openings of an embedded store in this process, by file: one at a time. */
    private static final Map<Path, Object> OPENINGS = new ConcurrentHashMap<>();

    /** Imports into an embedded store from this process, by file: one at a time. */
    private static final Map<Path, ReentrantLock> EMBEDDED_IMPORTS = new ConcurrentHashMap<>();

    private final StoreLocation where;
    private final DataSource source;
    private final JdbcConnectionPool pool;
    /** Made when first needed: an import into a new embedded store writes through JDBC alone ({@link #jdbi()}). */
    private volatile Jdbi jdbi;
    private final Path backup;

    private Store(StoreLocation where, DataSource source, JdbcConnectionPool pool, Path backup) {
        this.where = where;
        this.source = source;
        this.pool = pool;
        this.backup = backup;
    }

    /**
     * Opens (or creates) the store and migrates it to this jixiao's schema.
     *
     * @throws KpiException KPI-0501 busy, 0502 newer schema, 0503 unreachable, 0504 not a store, 0506 migration failed
     */
    public static Store open(StoreLocation where) {
        return open(where, null);
    }

    /**
     * As {@link #open(StoreLocation)}, migrating no further than {@code target} (a schema version): the tests make
     * the fixtures of older stores with it.
     */
    static Store open(StoreLocation where, String target) {
        if (!where.embedded()) {
            return openNow(where, target);
        }
        // the openings of one embedded store in this JVM share its database: one at a time, so that none finds a new
        // store half made by another (NewStore); by the file itself, however the path to it is spelt (H2 shares one
        // database by its real path)
        synchronized (OPENINGS.computeIfAbsent(realFile(where.h2File()), f -> new Object())) {
            return openNow(where, target);
        }
    }

    /** The file as its real folder names it (links resolved), or as given when that folder cannot be made. */
    static Path realFile(Path h2File) {
        Path file = h2File.toAbsolutePath().normalize();
        try {
            return Files.createDirectories(file.getParent()).toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            return file; // openNow says why the folder cannot be made
        }
    }

    private static Store openNow(StoreLocation where, String target) {
        if (where.embedded()) {
            try {
                Files.createDirectories(where.h2File().toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new KpiException(StoreProblems.cannotOpen(where.shown(), "cannot create its folder: " + e));
            }
        }
        // a new embedded store has no schema history to be newer than this jixiao: Flyway's look at it is skipped
        boolean fresh = where.embedded() && !Files.exists(where.h2File());
        Path backup = where.embedded() ? backupIfOlder(where, target) : null;
        JdbcConnectionPool pool = where.embedded() || where.url().startsWith("jdbc:h2:")
                ? JdbcConnectionPool.create(where.url(), "sa", "") : null;
        DataSource source = pool != null ? pool : postgres(where);
        try {
            check(where, source);
            if (fresh && target == null && madeAtOnce(where, source, pool)) {
                return new Store(where, source, pool, null);
            }
            Flyway flyway = flyway(source, target);
            if (!fresh) {
                newer(where, flyway.info());
            }
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                throw new KpiException(StoreProblems.migrationFailed(where.shown(), oneLine(e.getMessage()),
                        backup == null ? null : backup.toString()));
            }
            return new Store(where, source, pool, backup);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            if (e instanceof FlywayException f) {
                throw new KpiException(StoreProblems.cannotOpen(where.shown(), oneLine(f.getMessage())));
            }
            throw e;
        }
    }

    /**
     * A new embedded store made at this jixiao's schema by one script, without Flyway ({@link NewStore}); false when
     * another process made its tables since it was found missing (Flyway then opens it as any existing store).
     */
    private static boolean madeAtOnce(StoreLocation where, DataSource source, JdbcConnectionPool pool) {
        return madeAtOnce(where, source, pool, NewStore.statements());
    }

    /**
     * As {@link #madeAtOnce(StoreLocation, DataSource, JdbcConnectionPool)} with the given statements. When one fails
     * (a full disk …) the file this opening made is deleted: nothing half made is left for a later run to find.
     */
    static boolean madeAtOnce(StoreLocation where, DataSource source, JdbcConnectionPool pool, String[] statements) {
        try {
            return NewStore.make(source, statements);
        } catch (SQLException e) {
            pool.dispose(); // closes the database, so that its file can go
            try {
                Files.deleteIfExists(where.h2File());
            } catch (IOException gone) {
                throw new KpiException(StoreProblems.halfMade(where.shown(), where.h2File().toString()));
            }
            throw new KpiException(StoreProblems.cannotOpen(where.shown(),
                    "it could not be made, and nothing of it was kept: " + oneLine(e.getMessage())));
        }
    }

    /**
     * An embedded store that exists and needs a migration is copied aside first, untouched: its version is read with
     * the file opened read-only, and the copy is made before anything opens it for writing.
     */
    private static Path backupIfOlder(StoreLocation where, String target) {
        if (!Files.isRegularFile(where.h2File())) {
            return null;
        }
        JdbcConnectionPool probe = JdbcConnectionPool.create(where.url() + ";ACCESS_MODE_DATA=r", "sa", "");
        MigrationInfoService info;
        try {
            check(where, probe);
            refuseHalfMade(where, probe);
            info = flyway(probe, target).info();
            newer(where, info);
        } catch (FlywayException e) {
            throw new KpiException(StoreProblems.cannotOpen(where.shown(), oneLine(e.getMessage())));
        } finally {
            probe.dispose();
        }
        MigrationInfo current = info.current();
        return current != null && info.pending().length > 0
                ? copyAside(where.h2File(), current.getVersion().getVersion()) : null;
    }

    /**
     * KPI-0504 for an embedded store cut short while it was made (the process killed in {@link NewStore}, or in an
     * older jixiao's first migration): jixiao's tables with no schema history, or an empty one, and no department.
     * Flyway would take it for a store to migrate from scratch, fail on the tables that exist, and advise a baseline.
     */
    private static void refuseHalfMade(StoreLocation where, DataSource probe) {
        try (Connection c = probe.getConnection(); Statement s = c.createStatement()) {
            boolean history = tableExists(s, "flyway_schema_history");
            if (!tableExists(s, "DEPARTMENT")
                    || history && count(s, "SELECT COUNT(*) FROM \"flyway_schema_history\"") > 0
                    || count(s, "SELECT COUNT(*) FROM department") > 0) {
                return;
            }
        } catch (SQLException e) {
            return; // not what this looks for: the opening goes on and says what it finds
        }
        throw new KpiException(StoreProblems.halfMade(where.shown(), where.h2File().toString()));
    }

    private static boolean tableExists(Statement s, String name) throws SQLException {
        return count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '"
                + name + "'") > 0;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static DataSource postgres(StoreLocation where) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        try {
            ds.setURL(where.url());
        } catch (IllegalArgumentException e) {
            throw new KpiException(StoreProblems.unsupportedUrl(where.shown()));
        }
        ds.setConnectTimeout(10);
        ds.setApplicationName("jixiao");
        return ds;
    }

    static Flyway flyway(DataSource source, String target) {
        var config = Flyway.configure(Store.class.getClassLoader()).dataSource(source).locations(MIGRATIONS)
                .cleanDisabled(true).failOnMissingLocations(true).validateMigrationNaming(true)
                // the migrations written in Java: they need the engine (V4 fills in the directions scoring applies, V6
                // the monitoring of stored progress files)
                .javaMigrations(new V4__indicator_direction(), new V6__monitoring_of_stored_years(),
                        new V8__child_rows_without_ordinal_keys(), new V9__findings_and_categories_as_documents(),
                        new V10__indicators_as_documents())
                // the SQL migrations by name, no Java migration classes to find: Flyway scans no class path (the CLI's
                // jar: ~30,000 entries), and looks for no callback scripts (the store has none)
                .resourceProvider(new Migrations()).javaMigrationClassProvider(List::of).skipDefaultCallbacks(true);
        if (target != null) {
            config = config.target(target);
        }
        return config.load();
    }

    /** One connection, to tell busy, unreachable and not-a-store apart before anything else. */
    private static void check(StoreLocation where, DataSource source) {
        try (Connection c = source.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new KpiException(classify(where, e));
        }
    }

    /** What an SQL exception on opening means to a user. */
    static Finding classify(StoreLocation where, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String message = oneLine(e.getMessage());
        if (where.url().startsWith("jdbc:h2:")) {
            if (code == 90020 || message.contains("already in use") || message.contains("is locked")) {
                return StoreProblems.busy(where.shown(), "another jixiao has this store open (an import, a history,"
                        + " a review …); an embedded store serves one command at a time");
            }
            if (code == 90146 || code == 90067 || code == 90013) {
                return StoreProblems.unreachable(where.shown(), message);
            }
            return StoreProblems.cannotOpen(where.shown(), message);
        }
        if (state.startsWith("08") || state.equals("57P03") || state.startsWith("28") || state.equals("3D000")) {
            return StoreProblems.unreachable(where.shown(), message);
        }
        if (state.equals("55P03") || state.equals("40P01")) {
            return StoreProblems.busy(where.shown(), message);
        }
        return StoreProblems.cannotOpen(where.shown(), message);
    }

    /** A store whose schema history has versions this jixiao does not know was written by a newer one. */
    private static void newer(StoreLocation where, MigrationInfoService info) {
        Optional<MigrationInfo> future = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion));
        if (future.isPresent()) {
            String known = Arrays.stream(info.all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                    .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("none");
            throw new KpiException(StoreProblems.newerSchema(where.shown(), future.get().getVersion().getVersion(), known));
        }
    }

    /** Copies {@code file} to {@code <name>.v<version>-backup.mv.db} beside it (numbered when that exists). */
    static Path copyAside(Path file, String version) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
        Path to = file.resolveSibling(base + ".v" + version + "-backup.mv.db");
        for (int n = 2; Files.exists(to); n++) {
            to = file.resolveSibling(base + ".v" + version + "-backup-" + n + ".mv.db");
        }
        try {
            Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " aside before migrating it", e);
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String first = s.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        // the message goes on with ". Maybe …": a driver's own closing full stop would double it
        first = first.replaceAll("[.。]+$", "");
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    /** Where this store is. */
    public StoreLocation location() {
        return where;
    }

    /** The copy of an older embedded store made before this opening migrated it; empty when none was needed. */
    public Optional<Path> backup() {
        return Optional.ofNullable(backup);
    }

    /** The schema version of the store. */
    public String schemaVersion() {
        MigrationInfo current = flyway(source, null).info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /**
     * The store's Jdbi, made at the first call. Making one costs ~0.13 s of CPU in a fresh JVM under the launcher's
     * flags (its classes and configuration: ~300 classes none of the other commands' AppCDS archive holds), on the
     * thread that opens the store — what an import of a bureau into a new store, which writes through JDBC alone
     * ({@link Writer}, {@link #inBulk}), no longer pays (docs/performance.md#store-ninth).
     */
    Jdbi jdbi() {
        Jdbi j = jdbi;
        if (j == null) {
            synchronized (this) {
                j = jdbi;
                if (j == null) {
                    j = Jdbi.create(source);
                    // a query built with an optional condition binds its parameter either way
                    j.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setUnusedBindingAllowed(true);
                    jdbi = j;
                }
            }
        }
        return j;
    }

    /** Whether {@link #jdbi()} was called: ImportWithoutJdbiTest holds an import into a new store to JDBC alone. */
    boolean jdbiMade() {
        return jdbi != null;
    }

    /**
     * A connection of the store's own, for a caller that closes it; a failure to get one is a coded error naming the
     * store (busy, unreachable …).
     */
    Connection connection() {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw new KpiException(classify(where, e));
        }
    }

    /** Runs {@code work} in one transaction; SQL failures become a coded error naming the store. */
    <T> T transaction(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi().inTransaction(work);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Reads with one handle. */
    <T> T read(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi().withHandle(work);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** A Jdbi failure as a coded error naming the store (busy, unreachable …); rethrown when it is no SQL failure. */
    KpiException translate(JdbiException e) {
        Throwable c = e;
        while (c != null && !(c instanceof SQLException)) {
            c = c.getCause();
        }
        if (c instanceof SQLException s) {
            return new KpiException(classify(where, s));
        }
        throw e;
    }

    /**
     * Holds the store's import lock while {@code work} runs: one import at a time per store. A second one fails at
     * once with KPI-0501 (store busy) instead of waiting.
     */
    <T> T exclusively(java.util.function.Supplier<T> work) {
        if (where.embedded()) {
            ReentrantLock lock = EMBEDDED_IMPORTS.computeIfAbsent(where.h2File(), f -> new ReentrantLock());
            if (!lock.tryLock()) {
                throw new KpiException(StoreProblems.busy(where.shown(), "another import into this store is running"));
            }
            try {
                return inBulk(work);
            } finally {
                lock.unlock();
            }
        }
        if (!where.postgres()) {
            return work.get();
        }
        try (Handle h = jdbi().open()) {
            boolean got = h.createQuery("SELECT pg_try_advisory_lock(:k)").bind("k", IMPORT_LOCK).mapTo(Boolean.class).one();
            if (!got) {
                throw new KpiException(StoreProblems.busy(where.shown(), "another jixiao is importing into this database"));
            }
            try {
                return work.get();
            } finally {
                h.createQuery("SELECT pg_advisory_unlock(:k)").bind("k", IMPORT_LOCK).mapTo(Boolean.class).one();
            }
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /**
     * Runs an import into the embedded store with H2's write delay: commits reach the file within
     * {@link #BULK_WRITE_DELAY_MS} instead of each on its own (writing every commit at once re-serialises the same
     * B-tree pages a thousand times and cost an import a third of its time); a CHECKPOINT writes everything before
     * the import returns, and the delay goes back to 0. Atomicity is H2's either way: a department-year whose
     * transaction did not commit is rolled back from the undo log when the store is opened again, so a killed import
     * leaves each department-year as it was or as imported — one committed in its last half-second may be as it was.
     */
    private <T> T inBulk(java.util.function.Supplier<T> work) {
        execute("SET WRITE_DELAY " + BULK_WRITE_DELAY_MS);
        boolean done = false;
        try {
            T result = work.get();
            done = true;
            return result;
        } finally {
            try {
                execute("CHECKPOINT", "SET WRITE_DELAY 0");
            } catch (RuntimeException e) {
                if (done) {
                    throw e;
                }
                // the import's own failure is the one to report
            }
        }
    }

    /** Executes each statement in turn on one connection; a failure is a coded error naming the store. */
    private void execute(String... statements) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new KpiException(classify(where, e));
        }
    }

    /** The kind of database, for messages: {@code H2} or the server's product name. */
    String product() {
        return where.embedded() ? "H2" : read(h -> {
            try {
                return h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            } catch (SQLException e) {
                return "?";
            }
        });
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.dispose();
        }
    }
}
