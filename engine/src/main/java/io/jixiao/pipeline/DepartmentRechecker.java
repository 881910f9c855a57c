package io.jixiao.pipeline;

import io.jixiao.load.InputFiles;
import io.jixiao.load.Source;
import io.jixiao.problem.EngineFailure;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.scoring.DepartmentScore;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The 复核 of one department folder: its targets and actuals evaluated by the pipeline (scored and rechecked; the
 * 审核 is not part of a bureau's review), summed up as a {@link DepartmentRecheck}. Bad input of any kind becomes
 * a failed recheck carrying its coded errors; it never stops the other departments.
 *
 * <p>{@link Rechecker} runs it on folders found on disk; a distributed run (the {@code spark} module) runs it on
 * the same files read from elsewhere, through {@link #review(String, String, Source, List)}, so both review a
 * department alike.
 */
public final class DepartmentRechecker {

    static final Set<Stage> STAGES = EnumSet.of(Stage.SCORE, Stage.RECHECK);

    private final Pipeline pipeline;

    public DepartmentRechecker(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * A reviewed department: its summary, and the score it was made from (null when it failed), for a caller that
     * keeps the indicator lines too.
     */
    public record Reviewed(DepartmentRecheck recheck, DepartmentScore score) {
    }

    /**
     * The department's 复核. Its files are read {@linkplain InputFiles#confined confined} to its folder: a
     * targets.yaml or actuals file that is a link out of the folder is refused (KPI-0137), and the department's own
     * {@code profile:} is never read (the pipeline's options say so: KPI-0329).
     */
    DepartmentRecheck review(DepartmentFolder f) {
        if (f.problem() != null) {
            return DepartmentRecheck.failed(f.id(), null, 0, List.of(f.problem()), false);
        }
        try {
            return InputFiles.confined(f.dir(), () -> review(f.id(), f.dir().toString(), Source.file(f.targets()),
                    f.actuals().stream().map(Source::file).toList()).recheck());
        } catch (EngineFailure e) {
            debug(e);
            return DepartmentRecheck.failed(f.id(), null, 0, List.of(e.finding()), true);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            debug(e);
            return DepartmentRecheck.failed(f.id(), null, 0, List.of(PipelineProblems.departmentCrashed(
                    f.dir().toString(), e.toString())), true);
        }
    }

    private static void debug(Throwable e) {
        if (System.getenv("JIXIAO_DEBUG") != null) {
            e.printStackTrace();
        }
    }

    /**
     * Reviews one department.
     *
     * @param id      the folder relative to the review's root ({@link DepartmentFolder#id()})
     * @param dir     the folder as findings name it (no actuals file, several of them)
     * @param actuals every actuals file of the folder, sorted (one is expected)
     */
    public Reviewed review(String id, String dir, Source targets, List<Source> actuals) {
        if (actuals.isEmpty()) {
            return new Reviewed(DepartmentRecheck.failed(id, null, 0,
                    List.of(PipelineProblems.noActualsFile(dir)), false), null);
        }
        if (actuals.size() > 1) {
            return new Reviewed(DepartmentRecheck.failed(id, null, 0, List.of(PipelineProblems.severalActualsFiles(
                    dir, actuals.stream().map(s -> fileName(s.name())).toList())), false), null);
        }
        Prepared prepared = null;
        try {
            prepared = pipeline.prepare(targets, actuals.get(0));
            Evaluation e = pipeline.evaluate(prepared, STAGES);
            if (!e.ok() || e.score() == null) {
                return new Reviewed(failed(id, prepared, e.errors(), false), null);
            }
            return new Reviewed(DepartmentRecheck.of(id, e.score()), e.score());
        } catch (KpiException e) {
            return new Reviewed(failed(id, prepared, e.findings(), false), null);
        } catch (EngineFailure e) {
            debug(e);
            return new Reviewed(failed(id, prepared, List.of(e.finding()), true), null);
        } catch (RuntimeException e) {
            debug(e);
            return new Reviewed(failed(id, prepared, List.of(PipelineProblems.departmentCrashed(dir, e.toString())),
                    true), null);
        }
    }

    /** The last part of a file's name as given, after '/' (or '\' on Windows). */
    private static String fileName(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static DepartmentRecheck failed(String id, Prepared p, List<Finding> errors, boolean crashed) {
        boolean known = p != null && p.targets() != null;
        return DepartmentRecheck.failed(id, known ? p.targets().department() : null,
                known ? p.targets().year() : 0, errors, crashed);
    }
}
