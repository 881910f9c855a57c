package io.jixiao.pipeline;

import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.rules.RuleBook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * jixiao review (复核): every department folder under a root, evaluated by one {@link Pipeline} in a fixed pool
 * of worker threads that share its compiled {@link RuleBook} (each department gets its own rule session), then
 * summed up in a {@link BureauReport}. The report is built from the results in folder order, never in completion order.
 */
public final class Rechecker {

    private final Pipeline pipeline;
    private final int threads;

    /** @param pipeline evaluates each department (its options: the --profile that overrides the targets files', …) */
    public Rechecker(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /**
     * The packaged rules, compiled on another thread from now on; the supplier waits for them. A cold start
     * spends a second or two compiling, during which the workers can already read YAML.
     */
    public static Supplier<RuleBook> compiling() {
        CompletableFuture<RuleBook> book = CompletableFuture.supplyAsync(RuleBook::packaged);
        return () -> {
            try {
                return book.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        };
    }

    /** As {@link #find} then {@link #review}. */
    public BureauReport run(Path root, IntConsumer done) {
        return review(root, find(root), done);
    }

    /**
     * The department folders under {@code root}, sorted.
     *
     * @throws KpiException KPI-0324 when root is not a folder, KPI-0323 when it holds no department
     */
    public List<DepartmentFolder> find(Path root) {
        List<DepartmentFolder> folders = Discovery.find(root);
        if (folders.isEmpty()) {
            throw new KpiException(PipelineProblems.noDepartments(root.toString()));
        }
        return folders;
    }

    /**
     * @param done called with the number of departments reviewed so far (from worker threads)
     * @throws KpiException KPI-013x when the --profile override does not load
     */
    public BureauReport review(Path root, List<DepartmentFolder> folders, IntConsumer done) {
        String profile = pipeline.options().profile();
        if (profile != null) {
            ProfileLoader.load(profile, null); // a bad --profile fails once, before any department
        }
        DepartmentRechecker reviewer = new DepartmentRechecker(pipeline);
        return BureauReport.of(root.toString(), profile, reviewAll(folders, reviewer, done));
    }

    private List<DepartmentRecheck> reviewAll(List<DepartmentFolder> folders, DepartmentRechecker reviewer,
                                             IntConsumer done) {
        int workers = Math.min(threads, folders.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "jixiao-review");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger finished = new AtomicInteger();
            List<Future<DepartmentRecheck>> futures = new ArrayList<>(folders.size());
            for (DepartmentFolder f : folders) {
                futures.add(pool.submit(() -> {
                    DepartmentRecheck r = reviewer.review(f);
                    done.accept(finished.incrementAndGet());
                    return r;
                }));
            }
            List<DepartmentRecheck> reviews = new ArrayList<>(folders.size());
            for (Future<DepartmentRecheck> future : futures) {
                reviews.add(future.get());
            }
            return reviews;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("review interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a review worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
