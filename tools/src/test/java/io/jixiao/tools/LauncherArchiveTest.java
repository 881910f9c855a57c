package io.jixiao.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./jixiao's AppCDS archive, run for real: the launcher copied with the CLI's jar (made by the reactor before this
 * module's tests) and the bundled departments into a checkout of its own, where nothing is stale, so that it goes
 * straight to training. The training runs (score, store import, history, review, monitor) make one archive that the
 * store's classes come from too, leave nothing behind, and a marker of a failed training stops the next run from
 * training again.
 */
class LauncherArchiveTest {

    private static final Path ROOT = Fixtures.ROOT;

    @Test
    void theTrainingMakesOneArchiveOfEveryPathAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path here = checkout(dir.resolve("checkout"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        Run version = launch(here, tmp, Map.of(), "--version");

        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output()).contains("jixiao");
        Path jsa = here.resolve("cli/target/jixiao.jsa");
        assertThat(jsa).isRegularFile();
        assertThat(Files.size(jsa)).isPositive();
        assertThat(here.resolve("cli/target/jixiao.jsa.failed")).doesNotExist();
        try (Stream<Path> left = Files.list(tmp); Stream<Path> target = Files.list(here.resolve("cli/target"))) {
            assertThat(left).as("the training's throw-away folder is gone").isEmpty();
            assertThat(target).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("jixiao.jar", "jixiao.jsa");
        }

        // an import maps the store's classes (H2, the importer) from the archive, not only the scoring's
        Path loaded = dir.resolve("classes.txt");
        Run imported = launch(here, tmp, Map.of("JIXIAO_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded),
                "store", "import", here.resolve("indicators").toString(), "--db", dir.resolve("store/s").toString());

        assertThat(imported.exit()).as(imported.output()).isZero();
        List<String> lines = Files.readAllLines(loaded, StandardCharsets.UTF_8);
        for (String name : List.of("io.jixiao.store.Importer", "org.h2.engine.Database", "io.jixiao.review.Reviewer")) {
            assertThat(lines).as(name).anyMatch(l -> l.contains(" " + name + " source: shared objects file"));
        }
    }

    @Test
    void aFailedTrainingIsNotTriedAgainUntilTheJarChanges(@TempDir Path dir) throws Exception {
        Path here = checkout(dir.resolve("checkout"));
        Path jar = here.resolve("cli/target/jixiao.jar");
        Path failed = here.resolve("cli/target/jixiao.jsa.failed");
        Files.writeString(failed, "");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));

        Run run = launch(here, Files.createDirectories(dir.resolve("tmp")), Map.of(), "--version");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("jixiao");
        assertThat(here.resolve("cli/target/jixiao.jsa")).as("no training: a plain start").doesNotExist();
        assertThat(failed).exists();
    }

    /**
     * review, monitor and store import of a bureau — a folder of 100 departments or more (or a link to one), or 100
     * department folders — run with C1's thresholds halved (docs/performance.md#compile-sooner); of 99, a folder given
     * as another option's value, or any other command, without. {@code -XX:+PrintFlagsFinal
     * -version} in JIXIAO_JAVA_OPTS (which come before {@code -jar}) prints the flags and stops the JVM before the jar.
     */
    @Test
    void aBureauOfAHundredDepartmentsCompilesSooner(@TempDir Path dir) throws Exception {
        Path here = checkout(dir.resolve("checkout"));
        Files.setLastModifiedTime(here.resolve("cli/target/jixiao.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.writeString(here.resolve("cli/target/jixiao.jsa.failed"), ""); // no training: a plain start
        Path hundred = Files.createDirectories(dir.resolve("hundred"));
        Path ninetyNine = Files.createDirectories(dir.resolve("ninety-nine"));
        for (int n = 1; n <= 100; n++) {
            Files.createDirectories(hundred.resolve(String.format("d%04d", n)));
            if (n < 100) {
                Files.createDirectories(ninetyNine.resolve(String.format("d%04d", n)));
            }
        }
        Files.writeString(ninetyNine.resolve("notes.txt"), "a file is not a department");
        Files.createSymbolicLink(dir.resolve("link-to-hundred"), hundred);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String a = hundred.toString();
        String b = ninetyNine.toString();
        String t = here.resolve("indicators/guangyang/2023/targets.yaml").toString();

        assertThat(scaling(here, tmp, "review", a, "--format", "json")).isEqualTo("0.5");
        assertThat(scaling(here, tmp, "monitor", "--format", "json", a)).isEqualTo("0.5");
        assertThat(scaling(here, tmp, "--lang", "zh", "store", "import", a, "--db", dir.resolve("s").toString()))
                .isEqualTo("0.5");
        assertThat(scaling(here, tmp, "review", b)).as("99 subfolders and a file").isEqualTo("1.0");
        assertThat(scaling(here, tmp, "review", t, "--format", "json")).as("one department's file").isEqualTo("1.0");
        assertThat(scaling(here, tmp, "monitor", "--rules", a, b)).as("a folder of rules is not the bureau")
                .isEqualTo("1.0");
        assertThat(scaling(here, tmp, "review", dir.resolve("link-to-hundred").toString()))
                .as("a link to the bureau's folder").isEqualTo("0.5");
        String[] departments = new String[102];
        departments[0] = "store";
        departments[1] = "import";
        for (int n = 1; n <= 100; n++) {
            departments[n + 1] = hundred.resolve(String.format("d%04d", n)).toString();
        }
        assertThat(scaling(here, tmp, departments)).as("100 department folders named one by one").isEqualTo("0.5");
        assertThat(scaling(here, tmp, "validate", a)).as("another command").isEqualTo("1.0");
        assertThat(scaling(here, tmp, "store", "list", a)).as("another store command").isEqualTo("1.0");
    }

    /** CompileThresholdScaling as the launcher starts the JVM for these arguments, to one decimal place. */
    private static String scaling(Path here, Path tmp, String... args) throws Exception {
        Run run = launch(here, tmp, Map.of("JIXIAO_JAVA_OPTS", "-XX:+PrintFlagsFinal -version"), args);
        assertThat(run.exit()).as(run.output()).isZero();
        Matcher m = Pattern.compile("CompileThresholdScaling\\s+=\\s+(\\d+\\.\\d)")
                .matcher(run.output());
        assertThat(m.find()).as(run.output()).isTrue();
        return m.group(1);
    }

    /** The launcher, the CLI's jar and the bundled departments, copied into {@code here}. */
    private static Path checkout(Path here) throws IOException {
        Path jar = ROOT.resolve("cli/target/jixiao.jar");
        assertThat(jar).as("the CLI's jar, made by the reactor before this module's tests").isRegularFile();
        Files.createDirectories(here.resolve("cli/target"));
        Files.copy(ROOT.resolve("jixiao"), here.resolve("jixiao"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(jar, here.resolve("cli/target/jixiao.jar"));
        Path indicators = ROOT.resolve("indicators");
        try (Stream<Path> files = Files.walk(indicators)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = here.resolve("indicators").resolve(indicators.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return here;
    }

    private record Run(int exit, String output) {
    }

    private static Run launch(Path here, Path tmp, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", here.resolve("jixiao").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(here.toFile()).redirectErrorStream(true);
        pb.environment().put("TMPDIR", tmp.toString());
        pb.environment().put("JIXIAO_LANG", "en");
        pb.environment().remove("JIXIAO_NO_CDS");
        pb.environment().remove("JIXIAO_JAVA_OPTS");
        pb.environment().remove("JIXIAO_DB");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
