package io.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files go only where an output belongs (issue 13): never over an input, even with --force (KPI-0142); never
 * over a device, a pipe or a folder (KPI-0143); an existing file only with --force (KPI-0140); a link to a file is
 * followed, so that the link stays; the temporary file of a killed run is cleaned up by the next write.
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (KpiException e) {
            return e.first().code() + (e.first().message().contains("folder") ? ".folder" : "");
        }
    }

    @Test
    void anInputIsNeverReplacedEvenWithForce() throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.yaml"), "department: x\n");
        assertThat(code(() -> AtomicFiles.write(targets, bytes("report"), true, List.of(targets))))
                .isEqualTo("KPI-0142");
        // through a link to it, or a relative spelling of it
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), targets);
        assertThat(code(() -> AtomicFiles.write(link, bytes("report"), true, List.of(targets)))).isEqualTo("KPI-0142");
        Path other = dir.resolve("sub/../targets.yaml");
        assertThat(code(() -> AtomicFiles.write(other, bytes("report"), true, List.of(targets)))).isEqualTo("KPI-0142");
        assertThat(Files.readString(targets)).isEqualTo("department: x\n");
    }

    @Test
    void aHardLinkToAnInputIsThatInputAndOtherFilesFoldersAndMissingInputsAreNot() throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.yaml"), "department: x\n");
        Path actuals = Files.writeString(dir.resolve("actuals.yaml"), "actuals: {}\n");
        Path folder = Files.createDirectories(dir.resolve("d0001"));
        Path missing = dir.resolve("gone.yaml");
        // the output is a hard link to the second input: the same file (device and inode), refused
        Path hard = Files.createLink(dir.resolve("report.json"), actuals);
        assertThat(code(() -> AtomicFiles.write(hard, bytes("report"), true, List.of(targets, folder, missing, actuals))))
                .isEqualTo("KPI-0142");
        assertThat(Files.readString(actuals)).isEqualTo("actuals: {}\n");
        // an existing output that is none of them is replaced (with --force)
        Path other = Files.writeString(dir.resolve("other.json"), "old");
        assertThat(code(() -> AtomicFiles.write(other, bytes("new"), true, List.of(targets, folder, missing, actuals))))
                .isNull();
        assertThat(Files.readString(other)).isEqualTo("new");
        // an output not there yet that is spelled as a missing input is that input
        assertThat(code(() -> AtomicFiles.check(missing, true, List.of(targets, missing)))).isEqualTo("KPI-0142");
        assertThat(code(() -> AtomicFiles.check(dir.resolve("new.json"), false, List.of(targets, folder, missing))))
                .isNull();
    }

    @Test
    void onlyRegularFilesAreWritten() throws Exception {
        assertThat(code(() -> AtomicFiles.write(dir, bytes("x"), true, List.of()))).isEqualTo("KPI-0143.folder");
        assertThat(code(() -> AtomicFiles.write(Path.of("/dev/full"), bytes("x"), true, List.of())))
                .isEqualTo("KPI-0143");
        Path pipe = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(p.waitFor()).isZero();
        assertThatThrownBy(() -> AtomicFiles.write(pipe, bytes("x"), true, List.of()))
                .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.first().message()).contains("a named pipe"));
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
    }

    @Test
    void anExistingFileOnlyWithForceAndALinkStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertThat(code(() -> AtomicFiles.write(link, bytes("new"), false, List.of()))).isEqualTo("KPI-0140");
        AtomicFiles.write(link, bytes("new"), true, List.of());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void theTemporaryFileOfAKilledRunIsCleanedUpByTheNextWrite() throws IOException {
        long dead = ProcessHandle.current().pid() + 4_000_000; // above any pid_max: no such process
        Path stale = Files.writeString(dir.resolve(AtomicFiles.tempName("report.json", dead, 1)), "half");
        Path mine = Files.writeString(dir.resolve(AtomicFiles.tempName("report.json", ProcessHandle.current().pid(),
                2)), "in flight");
        Path otherTarget = Files.writeString(dir.resolve(AtomicFiles.tempName("other.json", dead, 3)), "half");
        AtomicFiles.write(dir.resolve("report.json"), bytes("{}"), false, List.of());
        assertThat(stale).doesNotExist();
        assertThat(mine).exists(); // a live process's (this one's) is never touched
        assertThat(otherTarget).exists(); // another target's is its own writer's business
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("report.json",
                    mine.getFileName().toString(), otherTarget.getFileName().toString());
        }
    }
}
