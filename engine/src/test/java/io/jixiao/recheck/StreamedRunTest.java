package io.jixiao.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.PipelineProblems;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over a bureau's folders hands each department to the workers as the walk finds it
 * (docs/performance.md#streamed-walk): the command still sees every folder, sorted, before any result; what it throws
 * there ends the run without a report; the report is in folder order whatever order the walk and the workers took.
 */
class StreamedRunTest {

    @TempDir
    Path tmp;

    private static Rechecker rechecker(int threads) {
        return new Rechecker(new Pipeline(Options.defaults().ownProfiles(false)), threads);
    }

    @Test
    void theCommandSeesEveryFolderSortedBeforeAnyResultIsAwaited() {
        Path dir = Fixtures.copySeeds(tmp.resolve("bureau"));
        List<String> seen = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        BureauReport report = rechecker(2).review(dir, folders -> {
            calls.incrementAndGet();
            folders.forEach(f -> seen.add(f.id()));
        }, n -> { });
        assertThat(calls).hasValue(1);
        assertThat(seen).isSorted().containsExactlyInAnyOrderElementsOf(
                report.ranking().stream().map(r -> r.review().folder()).toList());
        assertThat(report.failed()).isEmpty();
    }

    /**
     * The command is given the folders while departments are still being worked on, not after every result: here no
     * worker may finish a department until the command has been given the folders (a run that awaited its results
     * first would never end).
     */
    @Test
    void theFoldersAreGivenWhileTheWorkersAreStillAtWork() {
        Path dir = Fixtures.copySeeds(tmp.resolve("bureau"));
        CountDownLatch given = new CountDownLatch(1);
        IntConsumer waitForTheFolders = n -> {
            try {
                if (!given.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the folders were not given while the workers were at work");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        BureauReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> rechecker(2).review(dir, folders -> given.countDown(), waitForTheFolders));
        // the four seeds with their actuals (ReviewSeedsTest's ranking)
        assertThat(report.ranking()).hasSize(4);
        assertThat(report.failed()).isEmpty();
    }

    @Test
    void whatTheCommandThrowsWhenTheFoldersAreFoundEndsTheRun() {
        Path dir = Fixtures.copySeeds(tmp.resolve("bureau"));
        KpiException refused = new KpiException(PipelineProblems.noDepartments("stand-in for the output check"));
        assertThatThrownBy(() -> rechecker(2).review(dir, folders -> {
            throw refused;
        }, n -> { })).isSameAs(refused);
        assertThatThrownBy(() -> rechecker(2).monitor(dir, folders -> {
            throw refused;
        }, n -> { })).isSameAs(refused);
    }

    @Test
    void failedDepartmentsAreReportedInFolderOrderWhateverOrderTheyWereFoundAndDoneIn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bureau"));
        List<String> ids = new ArrayList<>();
        // made in reverse order, nested at two depths: the file system lists them in an order of its own
        for (int i = 24; i >= 1; i--) {
            String id = (i % 3 == 0 ? "deep/" : "") + String.format("d%02d", i);
            Path d = Files.createDirectories(dir.resolve(id));
            Files.writeString(d.resolve("targets.yaml"), "department: [unclosed\n");
            Files.writeString(d.resolve("actuals.yaml"), "department: x\n");
            Files.writeString(d.resolve("progress.yaml"), "department: x\n");
            ids.add(id);
        }
        ids.sort(null);
        BureauReport review = rechecker(3).review(dir, folders -> { }, n -> { });
        assertThat(review.failed()).extracting(DepartmentRecheck::folder).containsExactlyElementsOf(ids);
        BureauMonitoring monitoring = rechecker(3).monitor(dir, folders -> { }, n -> { });
        assertThat(monitoring.failed()).extracting(MonitoredDepartment::folder).containsExactlyElementsOf(ids);
    }

    @Test
    void aRootWithoutDepartmentsIsRefusedAndTheCommandIsNotAsked() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no department here\n");
        List<List<DepartmentFolder>> asked = new ArrayList<>();
        assertThatThrownBy(() -> rechecker(2).review(empty, asked::add, n -> { }))
                .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.first().code()).isEqualTo("KPI-0323"));
        // folders with targets but no progress file: nothing to monitor
        Path unmonitored = Files.createDirectories(tmp.resolve("unmonitored/a"));
        Files.writeString(unmonitored.resolve("targets.yaml"), "department: a\n");
        assertThatThrownBy(() -> rechecker(2).monitor(unmonitored.getParent(), asked::add, n -> { }))
                .isInstanceOfSatisfying(KpiException.class,
                        e -> assertThat(e.first().code()).isEqualTo("KPI-0323"));
        assertThat(asked).isEmpty();
    }
}
