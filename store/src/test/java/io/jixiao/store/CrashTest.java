package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.api.Jixiao;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kill -9 during an import leaves every department-year either as it was or as imported, never mixed: a separate
 * JVM imports new versions of the bundled departments and is killed (SIGKILL) inside the third department-year's
 * transaction; then every department-year is checked, row by row, against the files of one version.
 */
class CrashTest {

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void killedInsideATransactionEveryDepartmentYearIsOldOrNewNeverMixed(Supplier<StoreLocation> db) throws Exception {
        StoreLocation where = db.get();
        Path old = Databases.bundled();
        Path fresh = Databases.bundled();
        // the new version: every actuals file with a line more (other bytes, other fingerprint)
        try (Stream<Path> s = Files.walk(fresh)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("actuals")).toList()) {
                Files.writeString(p, Files.readString(p) + "\n# the new version\n", StandardCharsets.UTF_8);
            }
        }
        try (Store s = Store.open(where)) {
            ImportTest.importAll(s, old);
        }
        Process child = child(List.of("import", where.url(), fresh.toString(), "3"));
        List<String> said = new ArrayList<>();
        try {
            String line;
            while ((line = readLine(child)) != null && !line.startsWith("in-transaction 3 ")) {
                said.add(line);
            }
            assertThat(line).as("the child reached the third transaction; it said " + said).isNotNull();
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the child
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        Map<String, String> expected = new HashMap<>();
        try (Store s = Store.open(where)) {
            Catalog c = new Catalog(s);
            List<Catalog.Entry> stored = c.list(null);
            assertThat(stored).hasSize(5); // none lost, none doubled
            for (Catalog.Entry e : stored) {
                String folder = Path.of(e.origin()).getParent().getFileName() + "/" + Path.of(e.origin()).getFileName();
                boolean isNew = e.origin().startsWith(fresh.toString());
                Path from = (isNew ? fresh : old).resolve(folder);
                expected.put(folder, isNew ? "new" : "old");
                // the files, the revision and the rows all belong to the same version
                List<StoredFile> files = c.files(e.department(), e.year());
                // what an import keeps of a folder: targets.yaml, its actuals and any progress files (kaiping's)
                List<String> kept;
                try (Stream<Path> in = Files.list(from)) {
                    kept = in.map(p -> p.getFileName().toString()).filter(n -> n.equals("targets.yaml")
                            || n.startsWith("actuals") || n.startsWith("progress")).toList();
                }
                assertThat(files).extracting(StoredFile::name).containsExactlyInAnyOrderElementsOf(kept);
                for (StoredFile f : files) {
                    assertThat(f.content()).as(folder + "/" + f.name()).isEqualTo(Files.readAllBytes(from.resolve(f.name())));
                }
                assertThat(e.revision()).isEqualTo(isNew ? 2 : 1);
                var again = Jixiao.evaluate(io.jixiao.api.Input.file(from.resolve("targets.yaml")),
                        io.jixiao.api.Input.file(from.resolve("actuals-example.yaml")));
                int indicators = again.tables().stream().mapToInt(t -> t.indicators().size()).sum();
                assertThat(e.indicators()).as(folder).isEqualTo(indicators);
                assertThat(e.tables()).as(folder).isEqualTo(again.tables().size());
                assertThat(e.findings()).as(folder).isEqualTo(again.findings().size());
                assertThat(Writer.n(e.score())).isEqualByComparingTo(Writer.n(again.score()));
            }
        }
        // one worker stores in folder order: the two before the killed transaction are new, the rest as they were
        assertThat(expected).containsEntry("guangyang/2023", "new").containsEntry("guangyang/2024", "new")
                .containsEntry("kaiping/2025", "old").containsEntry("luancheng/2020", "old")
                .containsEntry("shifeng/2023", "old");
    }

    /** A JVM running {@link StoreChild} with the tests' class path. */
    static Process child(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", StoreChild.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static final Map<Process, BufferedReader> READERS = new HashMap<>();

    /** The child's next line of standard output; null when it has ended. */
    static synchronized String readLine(Process p) throws IOException {
        BufferedReader r = READERS.computeIfAbsent(p, x -> new BufferedReader(new InputStreamReader(x.getInputStream(),
                StandardCharsets.UTF_8)));
        return r.readLine();
    }

    static String version() {
        return Jixiao.version();
    }
}
