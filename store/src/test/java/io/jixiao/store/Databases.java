package io.jixiao.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The databases every store test runs against: an embedded H2 file and a real PostgreSQL server
 * ({@link PostgresServer}). A parameterised test takes {@code @MethodSource("io.jixiao.store.Databases#both")}; the
 * PostgreSQL case is skipped with its reason where there is no server (failed in CI).
 */
public final class Databases {

    private Databases() {
    }

    /** A new, empty store of each kind, made when the test asks for it. */
    public static Stream<Named<Supplier<StoreLocation>>> both() {
        return Stream.of(Named.of("H2", Databases::h2), Named.of("PostgreSQL", Databases::postgres));
    }

    public static StoreLocation h2() {
        try {
            return StoreLocation.file(Files.createTempDirectory("jixiao-store").resolve("store"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StoreLocation postgres() {
        return StoreLocation.resolve(PostgresServer.freshDatabase(), java.util.Map.of());
    }

    /** The repository root (the folder with indicators/ and rules/). */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators")) && Files.isDirectory(p.resolve("rules"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /** A copy of indicators/ (the bundled departments) in a new temporary folder. */
    public static Path bundled() {
        try {
            Path to = Files.createTempDirectory("jixiao-indicators");
            copy(root().resolve("indicators"), to);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
