package io.jixiao.api;

import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The entry points: evaluate a department (score, 审核, 复核) or review targets alone, through the one pipeline
 * every {@code jixiao} command uses — the findings are those the CLI reports.
 *
 * <pre>{@code
 * Result r = Jixiao.evaluate(Input.file(Path.of("targets.yaml")), Input.file(Path.of("actuals.yaml")));
 * if (r.ok()) {
 *     System.out.println(r.rounded() + " " + r.grade());
 * } else {
 *     r.errors().forEach(f -> System.err.println(f.render()));
 * }
 * }</pre>
 *
 * <p>Bad input never throws: the result is then not {@link Result#ok()} and holds the coded findings. The methods
 * are thread-safe; the packaged rules are compiled once per process, the rule files of {@link Options#rules()} on
 * each call.
 *
 * <p>Findings are in 简体中文 unless the program chooses otherwise, once at start-up:
 * {@code Language.use(Language.EN)} for English, or {@code Language.use(LanguageChoice.choose(null, System.getenv()))}
 * to choose as the command line does ({@code JIXIAO_LANG}, then the locale variables); see
 * {@link io.jixiao.problem.Language}.
 */
public final class Jixiao {

    private Jixiao() {
    }

    /**
     * Evaluates a department with the default options.
     *
     * @param targets the department's targets
     * @param actuals its actuals
     * @return the result: scored, reviewed and rechecked, or the findings that stopped it
     */
    public static Result evaluate(Input targets, Input actuals) {
        return evaluate(targets, actuals, Options.defaults());
    }

    /**
     * Evaluates a department through every stage: loading and pairing, scoring, the 审核 (target review) and the
     * 复核 (recheck of the self-evaluation) — what {@code jixiao score} does.
     *
     * @param targets the department's targets
     * @param actuals its actuals
     * @param options the profile, extra rules, lenient, allow missing
     * @return the result; not {@link Result#ok()} when an input is wrong, the two do not fit together or a rule
     *         file does not compile, with the findings that say so
     */
    public static Result evaluate(Input targets, Input actuals, Options options) {
        return Result.of(run(targets, actuals, options, Stage.ALL));
    }

    /**
     * Reviews targets alone (审核) with the default options.
     *
     * @param targets the department's targets
     * @return the findings of loading and of the 审核; never scored
     */
    public static Result review(Input targets) {
        return review(targets, Options.defaults());
    }

    /**
     * Reviews targets alone (审核) before there are actuals — what {@code jixiao validate} does for a targets
     * file. The result is never {@link Result#scored()}: its score accessors throw
     * {@link IllegalStateException}.
     *
     * @param targets the department's targets
     * @param options the profile and extra rules ({@code lenient} applies to loading; {@code allowMissing} has
     *                nothing to apply to)
     * @return the findings of loading and of the 审核
     */
    public static Result review(Input targets, Options options) {
        return Result.review(run(targets, null, options, EnumSet.of(Stage.REVIEW)));
    }

    /**
     * Monitors a department mid-year with the default options.
     *
     * @param targets  the department's targets
     * @param progress its progress file (YAML, or the filled 绩效监控表 workbook when jixiao-office is present)
     * @return the monitoring, or the findings that stopped it
     */
    public static Monitoring monitor(Input targets, Input progress) {
        return monitor(targets, progress, Options.defaults());
    }

    /**
     * Monitors a department mid-year (绩效运行监控, docs/monitoring.md) — what {@code jixiao monitor} does: the pace and
     * 预算执行率 of every table and the budget's light, each indicator's light from the year-end method applied to its
     * forecast, 完成目标可能性, each table's light and the projected year-end score.
     *
     * @param targets  the department's targets
     * @param progress its progress file
     * @param options  the profile (its {@code monitoring:} thresholds), extra rules and lenient ({@code allowMissing}
     *                 has nothing to apply to: an indicator without progress is a finding of the monitoring)
     * @return the monitoring; not {@link Monitoring#ok()} when an input is wrong, the two do not fit together or a
     *         rule file does not compile, with the findings that say so
     */
    public static Monitoring monitor(Input targets, Input progress, Options options) {
        List<Finding> unreadable = new ArrayList<>(targets.unreadable());
        unreadable.addAll(progress.unreadable());
        if (!unreadable.isEmpty()) {
            return Monitoring.of(new Monitored(null, null, null, null, unreadable, Prepared.Step.LOAD));
        }
        Pipeline pipeline = new Pipeline(options.pipeline());
        try {
            return Monitoring.of(pipeline.monitor(targets.source(), progress.source()));
        } catch (KpiException e) {
            // a rule file that does not compile
            return Monitoring.of(new Monitored(null, null, null, null, e.findings(), null));
        }
    }

    /**
     * jixiao's version.
     *
     * @return the {@code Implementation-Version} of the jar jixiao runs from, or the build's version when it runs
     *         from classes (an IDE, the tests); {@code unknown} when neither says
     */
    public static String version() {
        String v = Jixiao.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (InputStream in = Jixiao.class.getResourceAsStream("version.txt")) {
            if (in != null) {
                v = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!v.isEmpty() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: unknown
        }
        return "unknown";
    }

    /** The pipeline's evaluation; an unreadable stream or a rule file that does not compile become findings. */
    private static Evaluation run(Input targets, Input actuals, Options options, Set<Stage> stages) {
        List<Finding> unreadable = new ArrayList<>(targets.unreadable());
        if (actuals != null) {
            unreadable.addAll(actuals.unreadable());
        }
        if (!unreadable.isEmpty()) {
            Prepared stopped = new Prepared(null, null, null, null, unreadable, Prepared.Step.LOAD);
            return new Evaluation(stopped, null, unreadable, stages);
        }
        Pipeline pipeline = new Pipeline(options.pipeline());
        Prepared prepared = pipeline.prepare(targets.source(), actuals == null ? null : actuals.source());
        try {
            return pipeline.evaluate(prepared, stages);
        } catch (KpiException e) {
            // a rule file that does not compile: found once the department is ready for the rules
            List<Finding> all = new ArrayList<>(prepared.findings());
            all.addAll(e.findings());
            return new Evaluation(prepared, null, all, stages);
        }
    }
}
