package io.jixiao.pipeline;

import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.rules.RuleBook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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

    /**
     * As {@link #review(Path, Consumer, IntConsumer)}, without looking at the folders found.
     *
     * @param root the bureau's folder
     * @param done called with the number of departments reviewed so far (from worker threads)
     * @return the bureau's report of every department found, in folder order
     */
    public BureauReport run(Path root, IntConsumer done) {
        return review(root, folders -> { }, done);
    }

    /**
     * jixiao review DIR: every department folder under {@code root} reviewed, each handed to the workers as soon as the
     * walk has listed it (the first departments are read while the walk goes on: docs/performance.md#streamed-walk),
     * the report built from the results in folder order.
     *
     * @param root  the bureau's folder
     * @param found given the department folders, sorted, once the walk is over and before any result is awaited: the
     *              command line checks there that its output file is none of their files; what it throws ends the run
     *              (the workers are told to stop, no report is made)
     * @param done  called with the number of departments reviewed so far (from worker threads)
     * @return the bureau's report of every department found, in folder order
     * @throws KpiException KPI-0324 when root is not a folder, KPI-0323 when it holds no department, KPI-013x when the
     *                      --profile override does not load, KPI-020x when a rule file does not compile
     */
    public BureauReport review(Path root, Consumer<List<DepartmentFolder>> found, IntConsumer done) {
        userRules();
        DepartmentRechecker reviewer = new DepartmentRechecker(pipeline);
        Run<DepartmentRecheck> run = new Run<>(reviewer::review, done, "jixiao-review");
        List<DepartmentRecheck> all = run.over(root, folders -> {
            if (folders.isEmpty()) {
                throw new KpiException(PipelineProblems.noDepartments(root.toString()));
            }
        }, found);
        return BureauReport.of(root.toString(), run.profile, all);
    }

    /**
     * jixiao monitor DIR: every department folder's targets and progress monitored (docs/monitoring.md#bureau), in
     * the pool of workers {@link #review} uses and as it finds them, summed up for the bureau. A folder without a
     * progress file, or with several, is kept, to be reported.
     *
     * @param root  the bureau's folder
     * @param found as in {@link #review(Path, Consumer, IntConsumer)}
     * @param done  called with the number of departments monitored so far (from worker threads)
     * @return the bureau's view of every department found, in folder order
     * @throws KpiException KPI-0324 when root is not a folder, KPI-0323 when no folder under it hands in a progress
     *                      file, KPI-013x when the --profile override does not load
     */
    public BureauMonitoring monitor(Path root, Consumer<List<DepartmentFolder>> found, IntConsumer done) {
        userRules();
        DepartmentMonitorer monitorer = new DepartmentMonitorer(pipeline);
        Run<MonitoredDepartment> run = new Run<>(monitorer::monitor, done, "jixiao-monitor");
        List<MonitoredDepartment> all = run.over(root, folders -> {
            if (folders.stream().allMatch(f -> f.progress().isEmpty())) {
                throw new KpiException(PipelineProblems.noMonitoredDepartments(root.toString()));
            }
        }, found);
        return BureauMonitoring.of(root.toString(), run.profile, all);
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

    /**
     * One run over the department folders under a root: a fixed pool of workers, each folder submitted as the walk
     * lists it, the results in folder order.
     */
    private final class Run<R> {

        private final Function<DepartmentFolder, R> work;
        private final IntConsumer done;
        private final String threadName;
        private String profile;

        Run(Function<DepartmentFolder, R> work, IntConsumer done, String threadName) {
            this.work = work;
            this.done = done;
            this.threadName = threadName;
        }

        /**
         * Walks {@code root}, submitting each folder found; then checks the sorted folders ({@code check}, then the
         * caller's {@code found}) and the profile every department is scored with, and waits for the results. What the
         * walk or a check throws stops the workers.
         */
        List<R> over(Path root, Consumer<List<DepartmentFolder>> check, Consumer<List<DepartmentFolder>> found) {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            });
            try {
                AtomicInteger finished = new AtomicInteger();
                Map<DepartmentFolder, Future<R>> futures = new IdentityHashMap<>();
                List<DepartmentFolder> folders = Discovery.find(root, f -> futures.put(f, pool.submit(() -> {
                    R r = work.apply(f);
                    done.accept(finished.incrementAndGet());
                    return r;
                })));
                check.accept(folders);
                found.accept(folders);
                // the --profile override loaded once (a bad one fails the run, not each department), once the walk
                // has handed the first departments to the workers
                profile = appliedProfile();
                List<R> results = new ArrayList<>(folders.size());
                for (DepartmentFolder f : folders) {
                    results.add(futures.get(f).get());
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
}
