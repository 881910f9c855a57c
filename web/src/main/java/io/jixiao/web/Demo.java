package io.jixiao.web;

import io.jixiao.problem.KpiException;
import io.jixiao.store.Catalog;
import io.jixiao.store.Importer;
import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import io.jixiao.store.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code jixiao serve --demo}: a temporary store holding the bundled departments, an admin, a bureau reviewer and a
 * user for each department, with fresh random passwords (printed once). The store is deleted on {@link #close()}.
 */
public final class Demo implements AutoCloseable {

    /** A demo account, its password in clear (shown to whoever started the demo, and to nobody else). */
    public record Login(String name, String password, Users.Role role, String department) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Store store;
    private final List<Login> logins;

    private Demo(Path dir, Store store, List<Login> logins) {
        this.dir = dir;
        this.store = store;
        this.logins = logins;
    }

    /**
     * Makes the demo store from department folders (the bundled {@code indicators}).
     *
     * @throws KpiException when the folders do not import
     */
    public static Demo of(Path departments) {
        Path dir;
        try {
            dir = Files.createTempDirectory("jixiao-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Store store = Store.open(StoreLocation.file(dir.resolve("demo")));
        try {
            Importer.Summary s = new Importer(store, io.jixiao.pipeline.Options.defaults(), 2).run(List.of(departments), o -> { });
            if (s.anyFailed()) {
                throw new KpiException(s.outcomes().stream().flatMap(o -> o.findings().stream()).toList());
            }
            Users users = new Users(store);
            List<Login> logins = new ArrayList<>();
            logins.add(add(users, "admin", Users.Role.ADMIN, null));
            logins.add(add(users, "bureau", Users.Role.BUREAU, null));
            int n = 1;
            for (String d : new Catalog(store).departments()) {
                logins.add(add(users, "dept" + n++, Users.Role.DEPARTMENT, d));
            }
            return new Demo(dir, store, List.copyOf(logins));
        } catch (RuntimeException e) {
            store.close();
            delete(dir);
            throw e;
        }
    }

    private static Login add(Users users, String name, Users.Role role, String department) {
        String password = password();
        users.add(name, role, department, Passwords.hash(password));
        return new Login(name, password, role, department);
    }

    /** Twelve letters and digits that are not confused with each other. */
    static String password() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public Store store() {
        return store;
    }

    public List<Login> logins() {
        return logins;
    }

    /** The demo account of a role (the first), or of a department. */
    public Login login(Users.Role role, String department) {
        return logins.stream().filter(l -> l.role() == role && (department == null || department.equals(l.department())))
                .findFirst().orElseThrow();
    }

    /** What {@code serve --demo} prints: each account with its password. */
    public String accounts() {
        StringBuilder b = new StringBuilder(WebLabels.t("demo.accounts")).append('\n');
        for (Login l : logins) {
            b.append("  ").append(l.name()).append("  ").append(l.password()).append("  ").append(l.role().key())
                    .append(l.department() == null ? "" : "  " + l.department()).append('\n');
        }
        return b.toString();
    }

    @Override
    public void close() {
        store.close();
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
