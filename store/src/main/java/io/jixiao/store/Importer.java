package io.jixiao.store;

import io.jixiao.api.Jixiao;
import io.jixiao.load.ActualsFiles;
import io.jixiao.load.InputFiles;
import io.jixiao.load.LoadProblems;
import io.jixiao.load.Source;
import io.jixiao.load.YamlReader;
import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.pipeline.Discovery;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.PipelineProblems;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code jixiao store import}: department folders (targets.yaml, its actuals*.yaml or .xlsx, progress files) read
 * byte for byte, evaluated by the one pipeline from those bytes (the progress files by its monitoring), and stored — each department-year replaced in one
 * transaction, so that it is always either as it was or as imported. Folders are evaluated by a pool of workers
 * sharing one compiled rule base; one writer stores them as they are done. The same files imported again change
 * nothing; files with errors leave their department-year as it was.
 */
public final class Importer {

    /** What happened to one department folder. */
    public enum Status { ADDED, REPLACED, UNCHANGED, FAILED }

    /**
     * One folder's outcome.
     *
     * @param department null when the targets did not load
     * @param revision   the department-year's revision after the import (0 when it failed and none is stored)
     * @param findings   the errors that stopped it (FAILED), else the evaluation's warnings and notes
     */
    public record Outcome(String folder, String department, int year, Status status, int revision,
                          List<Finding> findings) {

        public Outcome {
            findings = List.copyOf(findings);
        }
    }

    /** Every folder's outcome, in folder order. */
    public record Summary(List<Outcome> outcomes) {

        public Summary {
            outcomes = outcomes.stream().sorted(Comparator.comparing(Outcome::folder)).toList();
        }

        public long count(Status s) {
            return outcomes.stream().filter(o -> o.status() == s).count();
        }

        public boolean anyFailed() {
            return count(Status.FAILED) > 0;
        }
    }

    /** Called inside each department-year's transaction, before it commits (the crash tests stop there). */
    interface BeforeCommit {
        void at(String folder);
    }

    private final Store store;
    private final StoreLocation where;
    private final Options options;
    private final int threads;
    private final BeforeCommit beforeCommit;
    /** Whether a stored folder's outcome keeps the evaluation's warnings and notes ({@link #withoutNotes}). */
    private final boolean notes;
    private final String version = Jixiao.version();

    /**
     * @param options the scoring options every department is evaluated with (kept with each department-year); the
     *                profile they name (national when none) scores every department, whatever its targets say
     * @param threads evaluation workers (at least 1)
     */
    public Importer(Store store, Options options, int threads) {
        this(store, options, threads, folder -> { });
    }

    Importer(Store store, Options options, int threads, BeforeCommit beforeCommit) {
        this(store, store.location(), options, threads, beforeCommit);
    }

    /**
     * An import into the store at {@code where}, which is opened later and given to {@link Started#into}: see
     * {@link #start}.
     */
    public Importer(StoreLocation where, Options options, int threads) {
        this(null, where, options, threads, folder -> { });
    }

    private Importer(Store store, StoreLocation where, Options options, int threads, BeforeCommit beforeCommit) {
        this(store, where, options, threads, beforeCommit, true);
    }

    private Importer(Store store, StoreLocation where, Options options, int threads, BeforeCommit beforeCommit,
                     boolean notes) {
        if (!options.rules().isEmpty()) {
            throw new IllegalArgumentException("a store keeps what the packaged rules score: no --rules");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.store = store;
        this.where = where;
        // a bureau's store: the bureau's profile (options.profile(), else national) scores every department, and a
        // profile its targets name is ignored with KPI-0329 (the pipeline's, as in review), never read
        this.options = options.ownProfiles(false);
        this.threads = threads;
        this.beforeCommit = beforeCommit;
        this.notes = notes;
    }

    /**
     * The same import, except that the outcome of a folder it stores (or finds unchanged) keeps none of the
     * evaluation's warnings and notes — a failed folder's errors are kept. For a caller that does not show them
     * ({@code store import} without {@code --verbose}): every outcome is held until the import ends, and a bureau's
     * departments raise ~60 notes each (54,000 findings held for the 1,000-department bureau, copied by every young
     * collection that promotes them; docs/performance.md#store-quiet-eighth).
     */
    public Importer withoutNotes() {
        return new Importer(store, where, options, threads, beforeCommit, false);
    }

    /**
     * Starts what an import with these options needs and no store does — the packaged rules (loaded, or compiled)
     * and the profile — on background threads, so that they are ready by the time the store is open and migrated
     * (issue 17's fourth pass: the two took turns on the import's critical path). Call it before
     * {@link Store#open}; the import then finds them made (or waits for them to be).
     */
    public static void readying(Options options) {
        Pipeline.readying(options.ownProfiles(false));
    }

    /**
     * The department folders under {@code paths}: each path a department folder or a folder of them.
     *
     * @throws KpiException KPI-0324 for a path that is not a folder, KPI-0513 for one without any targets.yaml
     */
    public static List<DepartmentFolder> find(List<Path> paths) {
        List<DepartmentFolder> all = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        for (Path p : paths) {
            try {
                List<DepartmentFolder> found = Discovery.find(p);
                if (found.isEmpty()) {
                    problems.add(StoreProblems.notADepartment(p.toString()));
                }
                found.forEach(f -> all.add(new DepartmentFolder(p.resolve(f.id()).normalize().toString(), f.dir(),
                        f.targets(), f.actuals())));
            } catch (KpiException e) {
                problems.addAll(e.findings());
            }
        }
        if (!problems.isEmpty()) {
            throw new KpiException(problems);
        }
        return all;
    }

    /**
     * Imports the department folders under {@code paths} into the store this importer was made with.
     *
     * @param done called with each folder's outcome as it is stored (from the calling thread)
     * @throws KpiException KPI-0501 when another import into this store is running; the errors of {@link #find}
     */
    public Summary run(List<Path> paths, Consumer<Outcome> done) {
        if (store == null) {
            throw new IllegalStateException("an importer made with a store's location imports through start(…)");
        }
        try (Started started = start(paths)) {
            return started.into(store, done);
        }
    }

    /**
     * Starts reading and evaluating the folders under {@code paths} now, before the store is open: the store is needed
     * only when the first department-year is written (issue 17's fifth pass — opening and migrating a store is ~0.8 s
     * of one thread's CPU, which had the workers wait). Into a store that does not exist yet (an embedded file not
     * there: nothing can be unchanged) the workers evaluate at once, up to {@link #AHEAD} folders a worker; into any
     * other they read each folder's files and wait for the store's fingerprints before deciding to evaluate, so that
     * files imported before are still found unchanged without being evaluated. Open the store, then
     * {@link Started#into}; close the result in any case (it stops the workers). Errors of {@link #find} are thrown
     * by {@code into}, after the store opened, as when nothing was started early.
     */
    public Started start(List<Path> paths) {
        return new Started(paths);
    }

    /** Folders a worker evaluates ahead of the writer while the store opens (a department-year's rows are ~0.2 MB). */
    static final int AHEAD = 64;

    /** The fingerprints stored when the import began, and the store to ask which department-year has one. */
    private record Known(Store store, Set<String> fingerprints) {
    }

    /** An import under way: its workers evaluating, the store not yet given. */
    public final class Started implements AutoCloseable {

        private final List<DepartmentFolder> folders;
        private final KpiException notFound;
        private final Pipeline pipeline = new Pipeline(options, Rechecker.compiling());
        private final String optionText = optionText();
        private final CompletableFuture<Known> known = new CompletableFuture<>();
        private final ExecutorService pool;
        /** The folders handed to the workers and not yet written, in the folders' order: the writer takes the oldest. */
        private final ArrayDeque<Future<Evaluated>> pending = new ArrayDeque<>();
        private final AtomicInteger finished = new AtomicInteger();
        private int next;

        private Started(List<Path> paths) {
            List<DepartmentFolder> found;
            KpiException problem = null;
            try {
                found = find(paths);
            } catch (KpiException e) {
                found = List.of();
                problem = e;
            }
            this.folders = found;
            this.notFound = problem;
            int workers = Math.max(1, Math.min(threads, folders.size()));
            this.pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "jixiao-import");
                t.setDaemon(true);
                return t;
            });
            if (where.embedded() && !Files.exists(where.h2File())) {
                // a new store: nothing stored, nothing unchanged — evaluate while it is made and migrated
                known.complete(new Known(null, Set.of()));
                submit(workers * AHEAD);
            } else {
                // the files read meanwhile; evaluation waits for what the store holds
                submit(workers * 4);
            }
        }

        /** The department folders found, in the order they are handed to the workers. */
        public List<DepartmentFolder> folders() {
            return folders;
        }

        /**
         * Stores every folder's evaluation in {@code s} (the store at the importer's location, open) as it is done.
         *
         * @param done called with each folder's outcome as it is stored (from the calling thread)
         * @throws KpiException KPI-0501 when another import into this store is running; the errors of {@link #find}
         */
        public Summary into(Store s, Consumer<Outcome> done) {
            if (notFound != null) {
                throw notFound;
            }
            return s.exclusively(() -> {
                if (!known.isDone()) {
                    known.complete(new Known(s, new HashSet<>(s.read(h -> h.createQuery(
                            "SELECT fingerprint FROM department_year").mapTo(String.class).list()))));
                }
                return drain(s, done);
            });
        }

        private Summary drain(Store s, Consumer<Outcome> done) {
            Writer writer = new Writer(s, version, System.getProperty("user.name", "?"));
            Map<String, String> claimed = new HashMap<>();
            List<Outcome> outcomes = new ArrayList<>();
            // a bounded number of evaluated departments waits for the writer: memory stays flat on a big bureau
            int window = Math.max(1, Math.min(threads, folders.size())) * 4;
            try {
                // in the folders' order, whichever worker is done first: the same store and the same lines every
                // run (of two folders with one department-year, the first is stored, the second is KPI-0510)
                while (next < folders.size() || !pending.isEmpty()) {
                    submit(window);
                    Evaluated e = take(pending.removeFirst());
                    Outcome o = store(writer, e, claimed);
                    outcomes.add(o);
                    done.accept(o);
                }
            } finally {
                writer.close();
            }
            return new Summary(outcomes);
        }

        private void submit(int upTo) {
            while (next < folders.size() && pending.size() < upTo) {
                DepartmentFolder f = folders.get(next++);
                pending.addLast(pool.submit(() -> {
                    Evaluated e = evaluate(pipeline, f, known, optionText);
                    finished.incrementAndGet();
                    return e;
                }));
            }
        }

        /** How many folders the workers are done with (evaluated, found unchanged or failed), written or not. */
        int finished() {
            return finished.get();
        }

        /** Stops the workers (a store that failed to open leaves them waiting for its fingerprints: they give up). */
        @Override
        public void close() {
            known.completeExceptionally(new IllegalStateException("the import stopped"));
            pool.shutdownNow();
        }
    }

    private static Evaluated take(Future<Evaluated> evaluated) {
        try {
            return evaluated.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private Outcome store(Writer writer, Evaluated e, Map<String, String> claimed) {
        if (e.failure != null) {
            return e.failure;
        }
        String other = claimed.putIfAbsent(e.department + "\0" + e.year, e.folder);
        if (other == null && e.rows == null) {
            return new Outcome(e.folder, e.department, e.year, Status.UNCHANGED, e.revision, List.of());
        }
        if (other != null) {
            return new Outcome(e.folder, e.department, e.year, Status.FAILED, 0, List.of(
                    StoreProblems.sameDepartmentYearTwice(e.folder, e.department, e.year, other)));
        }
        Writer.Written w = writer.write(e.folder, e.rows, e.monitorings, beforeCommit);
        List<Finding> notes = e.findings;
        return new Outcome(e.folder, e.department, e.year, w.unchanged() ? Status.UNCHANGED
                : w.revision() == 1 ? Status.ADDED : Status.REPLACED, w.revision(), w.unchanged() ? List.of() : notes);
    }

    /**
     * A folder read and evaluated (or found unchanged, or failed), ready for the writer: the rows to store and the
     * evaluation's findings, not the evaluation itself (its trees and models would wait in memory for the writer).
     */
    private record Evaluated(String folder, String department, int year, int revision, List<StoredFile> files,
                             String fingerprint, List<Finding> findings, Rows rows, List<Writer.Monitoring> monitorings,
                             Outcome failure) {
    }

    private Evaluated evaluate(Pipeline pipeline, DepartmentFolder f, CompletableFuture<Known> stored,
                               String optionText) {
        String folder = f.id();
        try {
            if (f.actuals().size() > 1) {
                return failed(folder, List.of(PipelineProblems.severalActualsFiles(folder,
                        f.actuals().stream().map(p -> p.getFileName().toString()).toList())));
            }
            List<StoredFile> files = new ArrayList<>();
            files.add(read(StoredFile.TARGETS, f.targets(), f.dir()));
            for (Path a : f.actuals()) {
                files.add(read(StoredFile.ACTUALS, a, f.dir()));
            }
            for (Path p : progressFiles(f.dir())) {
                files.add(read(StoredFile.PROGRESS, p, f.dir()));
            }
            String fingerprint = StoredFile.fingerprint(files, optionText);
            Known known = stored.join();
            if (known.fingerprints().contains(fingerprint)) {
                // the same files (and options) are stored already: nothing to evaluate, nothing to write
                var same = known.store().read(h -> h.createQuery("SELECT d.name, y.budget_year, y.revision FROM department_year y"
                        + " JOIN department d ON d.id = y.department_id WHERE y.fingerprint = :f")
                        .bind("f", fingerprint).map((rs, ctx) -> new Evaluated(folder, rs.getString(1), rs.getInt(2),
                                rs.getInt(3), files, fingerprint, null, null, List.of(), null)).findFirst());
                if (same.isPresent()) {
                    return same.get();
                }
            }
            Source targets = Source.bytes(shown(f, f.targets()), files.get(0).content());
            Source actuals = f.actuals().isEmpty() ? null : Source.bytes(shown(f, f.actuals().get(0)),
                    files.get(1).content());
            Evaluation e = pipeline.evaluate(targets, actuals,
                    actuals == null ? EnumSet.of(Stage.REVIEW) : Stage.ALL);
            if (!e.ok() || (actuals != null && e.score() == null)) {
                Outcome o = new Outcome(folder, e.targets() == null ? null : e.targets().department(),
                        e.targets() == null ? 0 : e.targets().year(), Status.FAILED, 0, e.errors());
                return new Evaluated(folder, null, 0, 0, files, fingerprint, null, null, List.of(), o);
            }
            // each progress file through the pipeline's monitoring (lights, projected score, warnings); one that does
            // not monitor fails the folder with its errors, as bad actuals do
            List<Writer.Monitoring> monitorings = new ArrayList<>();
            List<Finding> monitorErrors = new ArrayList<>();
            for (StoredFile p : files) {
                if (!p.role().equals(StoredFile.PROGRESS)) {
                    continue;
                }
                Monitored m = pipeline.monitor(targets, Source.bytes(Path.of(folder).resolve(p.name()).toString(),
                        p.content()));
                if (m.ok()) {
                    monitorings.add(new Writer.Monitoring(p.name(), m.monitoring()));
                } else {
                    monitorErrors.addAll(m.errors());
                }
            }
            if (!monitorErrors.isEmpty()) {
                Outcome o = new Outcome(folder, e.targets().department(), e.targets().year(), Status.FAILED, 0,
                        monitorErrors);
                return new Evaluated(folder, null, 0, 0, files, fingerprint, null, null, List.of(), o);
            }
            // the rows to store, worked out here on the worker: the one writer thread only binds and executes them
            Rows rows = Rows.of(folder, files, fingerprint, e, optionText, version);
            return new Evaluated(folder, e.targets().department(), e.targets().year(), 0, files, fingerprint,
                    notes ? e.findings() : List.of(), rows, monitorings, null);
        } catch (KpiException e) {
            return failed(folder, e.findings());
        } catch (IOException e) {
            return failed(folder, List.of(LoadProblems.unreadable(folder, e.toString())));
        }
    }

    private static Evaluated failed(String folder, List<Finding> errors) {
        return new Evaluated(folder, null, 0, 0, List.of(), null, null, null, List.of(),
                new Outcome(folder, null, 0, Status.FAILED, 0, errors));
    }

    /** Findings name a file as the folder given plus its name, as {@code score} would name it. */
    private static String shown(DepartmentFolder f, Path file) {
        return Path.of(f.id()).resolve(file.getFileName()).toString();
    }

    /**
     * The file's bytes, read no further than one byte past the largest file the loaders accept (they refuse it). A
     * department's file is read only inside its folder, as {@code review} reads it: a link out of it (to
     * {@code /etc/passwd}, to another department's actuals) is KPI-0137, not read and not stored.
     */
    private static StoredFile read(String role, Path file, Path folder) throws IOException {
        if (!InputFiles.inside(file, folder)) {
            throw new KpiException(LoadProblems.outsideFolder(file.toString(), Files.isSymbolicLink(file)));
        }
        long limit = ActualsFiles.isWorkbook(file) ? ActualsFiles.WORKBOOK_MAX_BYTES : YamlReader.MAX_BYTES;
        try (InputStream in = Files.newInputStream(file)) {
            return new StoredFile(role, file.getFileName().toString(), in.readNBytes(Math.toIntExact(limit + 1)));
        }
    }

    /** Monitoring progress files beside the targets (progress*.yaml, .yml, .xlsx), kept verbatim. */
    static List<Path> progressFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("progress") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".xlsx"));
            }).sorted().toList();
        }
    }

    private String optionText() {
        // "bureau": scored with the bureau's profile whatever the targets name (stores of older jixiaos honoured a
        // department's own: the same files import again as a new revision, scored as a bureau scores them)
        return "profile=" + (options.profile() == null ? "" : options.profile()) + ";lenient=" + options.lenient()
                + ";allowMissing=" + options.allowMissing() + ";bureau";
    }

    /** Location of a folder-level finding. */
    static Location at(String folder) {
        return Location.of(folder);
    }
}
