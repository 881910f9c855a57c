package io.jixiao.pipeline;

import io.jixiao.load.ActualsFiles;
import io.jixiao.load.FileKind;
import io.jixiao.load.LoadProblems;
import io.jixiao.load.LoadResult;
import io.jixiao.load.Pairing;
import io.jixiao.load.ProgressFiles;
import io.jixiao.load.ProgressPairing;
import io.jixiao.load.Source;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.Forecasts;
import io.jixiao.monitor.Monitor;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileCache;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.recheck.Checks;
import io.jixiao.review.Reviewer;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.PreparedDepartment;
import io.jixiao.scoring.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one evaluation pipeline: load the targets and actuals, resolve the profile, pair the actuals with the
 * targets, share the points, then — as asked — score, review (审核) and recheck (复核). Mid-year monitoring
 * ({@link #monitor}) goes the same way with a progress file: load, profile, pair, points, the same scoring of the
 * forecasts, then the monitoring rules. Every command and the API evaluate departments here, so that they agree; each
 * concern is computed once (pairing, points, 偏离度, spending above budget) and read by the stages after it. See
 * docs/architecture.md#the-pipeline.
 *
 * <p>Thread-safe: one pipeline (one compiled rule base, one profile cache) serves many departments at once, each
 * in its own rule session.
 */
public final class Pipeline {

    private final Options options;
    private final Supplier<RuleBook> rules;
    private final ProfileCache profiles = new ProfileCache();

    /** A pipeline whose rules (packaged, and the options' own) are compiled when first needed. */
    public Pipeline(Options options) {
        this(options, once(() -> RuleBook.with(options.rules())));
    }

    /**
     * @param rules the compiled rules; called by each department once its files are loaded, so they may still be
     *              compiling on another thread while the first departments load
     */
    public Pipeline(Options options, Supplier<RuleBook> rules) {
        this.options = options;
        this.rules = once(() -> rules.get().withLimits(options.ruleLimits()));
    }

    /**
     * A pipeline for a command that is about to evaluate: without user rules in {@code options}, the packaged rules
     * are made ready on another thread from now on ({@link Rechecker#compiling()}) while the calling thread reads
     * the files; with user rules, as {@link #Pipeline(Options)} (compiled when first needed, errors where they were).
     * The built-in profile it will most likely need is read on a third thread ({@link ProfileLoader#prefetch}).
     */
    public static Pipeline readying(Options options) {
        ProfileLoader.prefetch(options.profile());
        return options.rules().isEmpty() ? new Pipeline(options, Rechecker.compiling()) : new Pipeline(options);
    }

    public Options options() {
        return options;
    }

    /**
     * The compiled rules.
     *
     * @throws KpiException KPI-0201 for a rule file that does not compile
     */
    public RuleBook rules() {
        return rules.get();
    }

    /** Evaluates a department through every stage. */
    public Evaluation evaluate(Source targets, Source actuals) {
        return evaluate(targets, actuals, Stage.ALL);
    }

    /**
     * Evaluates a department.
     *
     * @param actuals null to evaluate the targets alone (only the 审核 then applies)
     * @throws KpiException only for a rule file that does not compile; bad input, and a rule that fails on it, is in
     *                      the evaluation's findings
     */
    public Evaluation evaluate(Source targets, Source actuals, Set<Stage> stages) {
        return evaluate(prepare(targets, actuals), stages);
    }

    /**
     * Loads both files, resolves the profile, pairs the actuals with the targets and shares the points. Errors in
     * the actuals do not stop it before pairing: every independent error of the files is reported in one run
     * (docs/guide.md#one-pass) — the values that do not read, the units that do not convert, the indicators that
     * do not pair and the points that do not add up — and what can still be scored is kept as the
     * {@link Prepared#diagnosis()}. Only targets that do not load (there is nothing to pair with) or a profile
     * that cannot be found stop it at once.
     *
     * @param actuals null for the targets alone
     */
    public Prepared prepare(Source targets, Source actuals) {
        List<Finding> found = new ArrayList<>();
        LoadResult<DepartmentTargets> t = TargetsLoader.load(targets, options.lenient());
        LoadResult<DepartmentActuals> a = actuals == null ? null : ActualsFiles.load(actuals, options.allowMissing());
        found.addAll(t.findings());
        if (a != null) {
            found.addAll(a.findings());
        }
        if (!t.ok() || (a != null && a.value() == null)) {
            Optional<Finding> swapped = t.ok() || actuals == null ? Optional.empty() : swapped(targets, actuals);
            return new Prepared(t.value(), null, null, null, swapped.map(List::of).orElse(found), Prepared.Step.LOAD);
        }
        Prepared.Step stopped = a != null && !a.ok() ? Prepared.Step.LOAD : null;
        DepartmentTargets loaded = t.value();
        ScoringProfile profile;
        try {
            profile = profile(loaded, targets);
            ignoredProfile(loaded, profile).ifPresent(found::add);
        } catch (KpiException e) {
            found.addAll(e.findings());
            return new Prepared(loaded, null, null, null, found, stopped != null ? stopped : Prepared.Step.PROFILE);
        }
        if (a == null) {
            return new Prepared(loaded, null, profile, null, found, null);
        }
        Pairing.Paired paired = Pairing.pair(loaded, a.value(), options.allowMissing());
        found.addAll(paired.findings());
        if (stopped == null && !paired.ok()) {
            stopped = Prepared.Step.PAIR;
        }
        if (stopped == null) {
            try {
                return new Prepared(loaded, paired.actuals(), profile,
                        PreparedDepartment.of(loaded, paired.actuals(), profile), found, null);
            } catch (KpiException e) {
                found.addAll(e.findings());
                return new Prepared(loaded, paired.actuals(), profile, null, found, Prepared.Step.POINTS);
            }
        }
        // stopped by errors in the actuals: share the points and prepare what still pairs, to find the rest
        PreparedDepartment diagnosis = null;
        try {
            diagnosis = PreparedDepartment.of(loaded, Pairing.pairable(loaded, a.value()), profile);
        } catch (KpiException e) {
            found.addAll(e.findings());
        }
        return new Prepared(loaded, null, profile, null, found, stopped, diagnosis);
    }

    /**
     * Mid-year monitoring (绩效运行监控, docs/monitoring.md): loads the targets and the progress file, resolves the
     * profile, pairs the progress with the targets (as actuals are paired), scores the forecasts — else the current
     * values — with the projected spending through the same {@link Scorer} as a self-evaluation (rule 6), and runs
     * the rules of {@code rules/monitoring/} with the profile's {@code monitoring:} thresholds. Stops at the first
     * step that finds errors, with every finding so far.
     *
     * @param progress a progress YAML, or a filled monitoring workbook when jixiao-office is present
     * @throws KpiException only for a rule file that does not compile; bad input is in the result's findings
     */
    public Monitored monitor(Source targets, Source progress) {
        List<Finding> found = new ArrayList<>();
        LoadResult<DepartmentTargets> t = TargetsLoader.load(targets, options.lenient());
        LoadResult<DepartmentProgress> p = ProgressFiles.load(progress);
        found.addAll(t.findings());
        found.addAll(p.findings());
        if (!t.ok() || !p.ok()) {
            return new Monitored(t.value(), p.value(), null, null, found, Prepared.Step.LOAD);
        }
        ScoringProfile profile;
        try {
            profile = profile(t.value(), targets);
        } catch (KpiException e) {
            found.addAll(e.findings());
            return new Monitored(t.value(), p.value(), null, null, found, Prepared.Step.PROFILE);
        }
        ignoredProfile(t.value(), profile).ifPresent(found::add); // a bureau's monitor DIR, as its review
        ProgressPairing.Paired paired = ProgressPairing.pair(t.value(), p.value());
        found.addAll(paired.findings());
        if (!paired.ok()) {
            return new Monitored(t.value(), p.value(), profile, null, found, Prepared.Step.PAIR);
        }
        Forecasts.Projection projection = Forecasts.project(t.value(), paired.progress());
        PreparedDepartment prepared;
        try {
            prepared = PreparedDepartment.of(projection.targets(), projection.actuals(), profile);
        } catch (KpiException e) {
            found.addAll(e.findings());
            return new Monitored(t.value(), paired.progress(), profile, null, found, Prepared.Step.POINTS);
        }
        Scorer scorer = new Scorer(rules(), profile);
        DepartmentScore projected = scorer.score(prepared);
        if (projected.hasErrors()) {
            found.addAll(projected.allFindings().stream().filter(Finding::isError).toList());
            return new Monitored(t.value(), paired.progress(), profile, null, found, null);
        }
        DepartmentScore current = null;
        if (profile.monitoring().checksGoalProgress()) {
            try {
                current = scorer.score(PreparedDepartment.of(projection.targets(),
                        Forecasts.currents(paired.progress()), profile));
            } catch (KpiException e) {
                current = null; // the points failed without spending: no goal progress, the projection stands
            }
        }
        DepartmentMonitoring m = Monitor.run(rules(), profile, paired.progress(), projection, projected, current,
                found);
        return new Monitored(t.value(), paired.progress(), profile, m, m.allFindings(), null);
    }

    /** An actuals file (YAML, or a workbook when jixiao-office is present) loaded alone, without its targets. */
    public LoadResult<DepartmentActuals> loadActuals(Source actuals) {
        return ActualsFiles.load(actuals, options.allowMissing());
    }

    /**
     * Runs the asked stages on a prepared department. A department that could not be prepared, or whose scoring
     * found errors, goes no further: a score is never reviewed or rechecked half right.
     */
    public Evaluation evaluate(Prepared p, Set<Stage> stages) {
        if (!p.ok()) {
            List<Finding> all = new ArrayList<>(p.findings());
            if (p.diagnosis() != null && stages.contains(Stage.SCORE)) {
                // scoring's own errors in what could be scored (九十二 against ≥90%), reported with the rest
                DepartmentScore tried = new Scorer(rules(), p.profile()).score(p.diagnosis());
                tried.allFindings().stream().filter(Finding::isError).filter(f -> !all.contains(f)).forEach(all::add);
            }
            return new Evaluation(p, null, all, stages);
        }
        RuleBook book = stages.contains(Stage.SCORE) || stages.contains(Stage.REVIEW) ? rules() : null;
        try {
            if (stages.contains(Stage.SCORE) && p.department() != null) {
                DepartmentScore score = new Scorer(book, p.profile()).score(p.department());
                return finish(p, p.department(), score, stages);
            }
            List<Finding> all = new ArrayList<>(p.findings());
            if (stages.contains(Stage.REVIEW)) {
                Reviewer reviewer = new Reviewer(book, p.profile());
                all.addAll(p.department() != null ? reviewer.review(p.department()) : reviewer.review(p.targets()));
            }
            return new Evaluation(p, null, all, stages);
        } catch (KpiException e) {
            // a rule that failed, looped or ran out of time (KPI-0204, 0207, 0208): the department's errors, as any
            List<Finding> all = new ArrayList<>(p.findings());
            all.addAll(e.findings());
            return new Evaluation(p, null, all, stages);
        }
    }

    /**
     * The stages after scoring, on a score made elsewhere (a what-if session) from {@code department}: the
     * department as prepared, or as changed since.
     */
    public Evaluation finish(Prepared p, PreparedDepartment department, DepartmentScore score, Set<Stage> stages) {
        if (score.hasErrors()) {
            DepartmentScore failed = score.withFindings(p.findings());
            return new Evaluation(p, failed, failed.allFindings(), stages);
        }
        DepartmentScore done = score;
        if (stages.contains(Stage.RECHECK)) {
            done = Checks.apply(done, department.actuals(), p.profile().recheck());
        }
        List<Finding> more = new ArrayList<>(p.findings());
        if (stages.contains(Stage.REVIEW)) {
            more.addAll(new Reviewer(rules(), p.profile()).review(department));
        }
        done = done.withFindings(more);
        return new Evaluation(p, done, done.allFindings(), stages);
    }

    /**
     * The profile a department is scored with: the options' (a name, or a path relative to the working folder),
     * else the targets file's {@code profile:} (a path relative to that file), else national.
     */
    private ScoringProfile profile(DepartmentTargets t, Source targets) {
        if (options.profile() != null) {
            return profiles.get(options.profile(), null, ProfileLoader.OPTION);
        }
        if (!options.ownProfiles()) {
            return profiles.get(ProfileLoader.DEFAULT, null);
        }
        Path base = targets instanceof Source.FileSource f ? f.path().toAbsolutePath().getParent() : null;
        return profiles.get(t.profile(), base, t.locationOf("profile"));
    }

    /**
     * KPI-0329 when a bureau's review ({@link Options#ownProfiles} false) scores a department with another profile
     * than the one its targets file names — a file of its own is never even read.
     */
    private Optional<Finding> ignoredProfile(DepartmentTargets t, ScoringProfile applied) {
        String own = t.profile() == null ? null : t.profile().strip();
        if (options.ownProfiles() || own == null || own.isEmpty() || own.equals(applied.name())) {
            return Optional.empty();
        }
        return Optional.of(PipelineProblems.departmentProfileIgnored(t.locationOf("profile"), own, applied.name()));
    }

    /** One error instead of dozens when the targets given are an actuals file (the two swapped). */
    private static Optional<Finding> swapped(Source targets, Source actuals) {
        String n = targets.name();
        if (!(n.endsWith(".yaml") || n.endsWith(".yml")) || targets instanceof Source.TreeSource) {
            return Optional.empty();
        }
        try {
            if (FileKind.of(YamlReader.readNoted(targets).root()) == FileKind.ACTUALS) {
                return Optional.of(LoadProblems.swappedFiles(n, actuals.name()));
            }
        } catch (KpiException e) {
            // unreadable: the loader's own errors say why
        }
        return Optional.empty();
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = make.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
