package io.jixiao.store;

import io.jixiao.problem.KpiException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a store is: an embedded H2 file, or a database server (PostgreSQL and the servers that speak its protocol).
 * Chosen by {@code --db PATH|JDBC-URL}, else the environment variable {@code JIXIAO_DB}, else the user's data
 * folder (docs/store.md#where).
 *
 * @param url     the JDBC URL
 * @param shown   how messages name it: the file, or the URL without its password
 * @param h2File  the H2 database file ({@code ….mv.db}) of an embedded store; null for a server
 */
public record StoreLocation(String url, String shown, Path h2File) {

    /** The environment variable that names the store when --db is not given. */
    public static final String ENV = "JIXIAO_DB";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    public boolean embedded() {
        return h2File != null;
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * The store named by {@code option} (--db), else by {@code env}'s JIXIAO_DB, else the default file.
     *
     * @throws KpiException KPI-0505 for a URL of another database
     */
    public static StoreLocation resolve(String option, Map<String, String> env) {
        String given = option != null && !option.isBlank() ? option.strip()
                : env.getOrDefault(ENV, "").isBlank() ? null : env.get(ENV).strip();
        if (given == null) {
            return file(defaultFile(env, System.getProperty("os.name", ""), System.getProperty("user.home", ".")));
        }
        if (given.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(given, PASSWORD.matcher(given).replaceAll("$1***"), null);
        }
        if (given.startsWith("jdbc:h2:")) {
            String rest = given.substring("jdbc:h2:".length());
            if (rest.startsWith("file:")) {
                rest = rest.substring("file:".length());
            }
            if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
                return new StoreLocation(given, PASSWORD.matcher(given).replaceAll("$1***"), null);
            }
            int semi = rest.indexOf(';');
            return file(Path.of(semi < 0 ? rest : rest.substring(0, semi)));
        }
        if (given.startsWith("jdbc:")) {
            throw new KpiException(StoreProblems.unsupportedUrl(given));
        }
        return file(Path.of(given));
    }

    /** An embedded store in {@code path} (with or without H2's {@code .mv.db}). */
    public static StoreLocation file(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "jixiao" : abs.getFileName().toString();
        Path base = name.endsWith(".mv.db") ? abs.resolveSibling(name.substring(0, name.length() - ".mv.db".length()))
                : abs;
        // no DB_CLOSE_ON_EXIT: the store closes itself, after the last transaction, never in a shutdown hook;
        // WRITE_DELAY=0: a commit is in the file when it returns, so a killed process loses no stored department-year
        String url = "jdbc:h2:file:" + base.toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        return new StoreLocation(url, file.toString(), file);
    }

    /**
     * The default store: {@code jixiao/jixiao.mv.db} in the user's data folder — {@code $XDG_DATA_HOME} or
     * {@code ~/.local/share} on Linux, {@code %LOCALAPPDATA%} on Windows, {@code ~/Library/Application Support} on
     * macOS.
     */
    static Path defaultFile(Map<String, String> env, String os, String home) {
        String o = os.toLowerCase(Locale.ROOT);
        Path data;
        if (o.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            data = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
        } else if (o.startsWith("mac")) {
            data = Path.of(home, "Library", "Application Support");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                    : Path.of(home, ".local", "share");
        }
        return data.resolve("jixiao").resolve("jixiao");
    }

    @Override
    public String toString() {
        return shown;
    }
}
