package io.jixiao.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the store's tests (never H2's PostgreSQL mode): the server named by
 * {@code JIXIAO_TEST_PG} (a JDBC URL whose user may create databases), else one the tests start themselves from
 * Debian's {@code postgresql} package (initdb and pg_ctl of /usr/lib/postgresql/N/bin, a throwaway cluster in a
 * temporary folder on a free port, as the {@code postgres} user when the tests run as root), stopped when the JVM
 * exits. Each test gets a database of its own ({@link #freshDatabase}).
 *
 * <p>Without either, a test that needs it is skipped with the reason — unless {@code CI=true}: in CI PostgreSQL is
 * required and the test fails (.ci/run installs the package).
 */
public final class PostgresServer {

    /** A JDBC URL of a server for the tests, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=jixiao}. */
    public static final String ENV = "JIXIAO_TEST_PG";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String admin;
    private static String unavailable;

    private PostgresServer() {
    }

    /**
     * The URL of a new, empty database on the server; skips the calling test (fails it in CI) without a server.
     */
    public static synchronized String freshDatabase() {
        String server = server();
        String name = "jixiao_t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        return withDatabase(server, name);
    }

    /** The server's maintenance URL; skips (or fails in CI) when there is none. */
    public static synchronized String server() {
        if (admin == null && unavailable == null) {
            try {
                admin = find();
            } catch (RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (admin != null) {
            return admin;
        }
        String reason = "PostgreSQL tests skipped: " + unavailable + ". Install Debian's postgresql package"
                + " (apt-get install postgresql) or set " + ENV + "=jdbc:postgresql://HOST:PORT/postgres?user=U";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("PostgreSQL is required in CI (CI=true): " + reason);
        }
        Assumptions.abort(reason);
        throw new IllegalStateException("unreachable");
    }

    /** {@code url} with its database replaced by {@code database}. */
    static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
    }

    private static String find() {
        String given = System.getenv(ENV);
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("no " + ENV + " and no PostgreSQL server"
                + " binaries (initdb, pg_ctl) under /usr/lib/postgresql"));
        return start(bin);
    }

    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb"))
                            && Files.isExecutable(p.resolve("pg_ctl")))
                    .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** initdb and pg_ctl start of a throwaway cluster; returns its maintenance URL. */
    private static String start(Path bin) {
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("jixiao-pg");
            Path data = dir.resolve("data");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            if (root) {
                run(List.of("chown", "postgres:", dir.toString()), dir);
            }
            run(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "jixiao", "--auth=trust",
                    "-E", "UTF8", "--locale=C", "--no-sync"), dir);
            run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "-t", "60",
                    "start"), dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), dir);
                } catch (RuntimeException e) {
                    // the JVM is going away: nothing more to do
                }
                delete(dir);
            }, "jixiao-test-postgres-stop"));
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=jixiao";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> as(boolean root, String... command) {
        List<String> c = new ArrayList<>();
        if (root) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        return c;
    }

    private static void run(List<String> command, Path dir) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(dir.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(dir.resolve("commands.log").toFile()))
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                String log = Files.exists(dir.resolve("commands.log")) ? Files.readString(dir.resolve("commands.log")) : "";
                throw new IllegalStateException(String.join(" ", command) + " failed: " + log.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
