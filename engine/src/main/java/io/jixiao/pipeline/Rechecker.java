package io.jixiao.pipeline;

import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.recheck.BureauReport;
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
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The run over many department folders: jixiao review (复核) — every department folder under a root, evaluated by one
 * {@link Pipeline} in a fixed pool of worker threads that share its compiled {@link RuleBook} (each department gets
 * its own rule session), then summed up in a {@link BureauReport} — and jixiao monitor DIR, the same run over the
 * departments' progress files ({@link #monitor}), summed up in a {@link BureauMonitoring}. Both trust a department
 * folder alike (one file of the kind asked for; bad input never stops the others) and build their report from the
 * results in folder order, never in completion order.
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
     * The department folders under {@code root} that hand in a monitoring, sorted: those with a progress file (a
     * folder with several is kept, to be reported).
     *
     * @throws KpiException KPI-0324 when root is not a folder, KPI-0323 when it holds no such department
     */
    public List<DepartmentFolder> findMonitored(Path root) {
        List<DepartmentFolder> folders = Discovery.find(root);
        if (folders.stream().allMatch(f -> f.progress().isEmpty())) {
            throw new KpiException(PipelineProblems.noMonitoredDepartments(root.toString()));
        }
        return folders;
    }

    /**
     * @param done called with the number of departments reviewed so far (from worker threads)
     * @throws KpiException KPI-013x when the --profile override does not load, KPI-020x when a rule file does not
     *                      compile
     */
    public BureauReport review(Path root, List<DepartmentFolder> folders, IntConsumer done) {
        String profile = appliedProfile();
        userRules();
        DepartmentRechecker reviewer = new DepartmentRechecker(pipeline);
        return BureauReport.of(root.toString(), profile, runAll(folders, reviewer::review, done, "jixiao-review"));
    }

    /**
     * jixiao monitor DIR: every department folder's targets and progress monitored (docs/monitoring.md#bureau), in
     * the pool of workers {@link #review} uses, summed up for the bureau.
     *
     * @param done called with the number of departments monitored so far (from worker threads)
     * @throws KpiException KPI-013x when the --profile override does not load
     */
    public BureauMonitoring monitor(Path root, List<DepartmentFolder> folders, IntConsumer done) {
        String profile = appliedProfile();
        userRules();
        DepartmentMonitorer monitorer = new DepartmentMonitorer(pipeline);
        List<MonitoredDepartment> all = runAll(folders, monitorer::monitor, done, "jixiao-monitor");
        return BureauMonitoring.of(root.toString(), profile, all);
    }

    /**
     * The user's rules (--rules) compiled once, here, before any department: a broken file fails once rather than in
     * every department, and the files are read outside the departments' folders, to which each department's reads
     * are confined (KPI-0137).
     */
    private void userRules() {
        if (!pipeline.options().rules().isEmpty()) {
            pipeline.rules();
        }
    }

    /**
     * The profile every department is scored with, as the report names it: the --profile override, loaded once (a
     * bad one fails before any department), else national for a bureau ({@link Options#ownProfiles} false), else
     * null (each department's own).
     */
    private String appliedProfile() {
        String profile = pipeline.options().profile();
        String applied = profile == null ? ProfileLoader.load(ProfileLoader.DEFAULT, null).name()
                : ProfileLoader.load(profile, null, ProfileLoader.OPTION).name();
        return pipeline.options().ownProfiles() ? profile : applied;
    }

    /** {@code work} on every folder in the pool; the results in folder order. */
    private <R> List<R> runAll(List<DepartmentFolder> folders, Function<DepartmentFolder, R> work, IntConsumer done,
                               String threadName) {
        int workers = Math.max(1, Math.min(threads, folders.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger finished = new AtomicInteger();
            List<Future<R>> futures = new ArrayList<>(folders.size());
            for (DepartmentFolder f : folders) {
                futures.add(pool.submit(() -> {
                    R r = work.apply(f);
                    done.accept(finished.incrementAndGet());
                    return r;
                }));
            }
            List<R> results = new ArrayList<>(folders.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run over department folders interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
