package io.jixiao.recheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Shared bits of the 复核 tests (here and in cli and tools): the repository's seed departments, files. */
public final class Fixtures {

    public static final Path ROOT = repoRoot();

    private Fixtures() {
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators")) && Files.isDirectory(p.resolve("rules"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder with indicators/ and rules/ above " + Path.of("").toAbsolutePath());
    }

    /**
     * Department-years under indicators/ that are invented rather than transcribed (the store's history needs a
     * second year): left out of the seeds, whose tests are about the four published departments.
     */
    public static final java.util.Set<String> ILLUSTRATIVE = java.util.Set.of("guangyang/2024");

    /** indicators/ copied to {@code dir} (the four seed departments, schema/ and rules-examples/). */
    public static Path copySeeds(Path dir) {
        copy(ROOT.resolve("indicators"), dir);
        for (String illustrative : ILLUSTRATIVE) {
            try (Stream<Path> s = Files.walk(dir.resolve(illustrative))) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
