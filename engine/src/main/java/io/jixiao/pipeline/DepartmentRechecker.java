package io.jixiao.pipeline;

import io.jixiao.load.InputFiles;
import io.jixiao.load.Source;
import io.jixiao.problem.EngineFailure;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.recheck.DepartmentRecheck;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The 复核 of one department folder: its targets and actuals evaluated by the pipeline (scored and rechecked; the
 * 审核 is not part of a bureau's review), summed up as a {@link DepartmentRecheck}. Bad input of any kind becomes
 * a failed recheck carrying its coded errors; it never stops the other departments.
 */
final class DepartmentRechecker {

    static final Set<Stage> STAGES = EnumSet.of(Stage.SCORE, Stage.RECHECK);

    private final Pipeline pipeline;

    DepartmentRechecker(Pipeline pipeline) {
        this.pipeline = pipeline;
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
            return InputFiles.confined(f.dir(), () -> reviewConfined(f));
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

    private DepartmentRecheck reviewConfined(DepartmentFolder f) {
        if (f.actuals().isEmpty()) {
            return DepartmentRecheck.failed(f.id(), null, 0,
                    List.of(PipelineProblems.noActualsFile(f.dir().toString())), false);
        }
        if (f.actuals().size() > 1) {
            return DepartmentRecheck.failed(f.id(), null, 0, List.of(PipelineProblems.severalActualsFiles(
                    f.dir().toString(), f.actuals().stream().map(p -> p.getFileName().toString()).toList())), false);
        }
        Prepared prepared = null;
        try {
            prepared = pipeline.prepare(Source.file(f.targets()), Source.file(f.actuals().get(0)));
            Evaluation e = pipeline.evaluate(prepared, STAGES);
            if (!e.ok() || e.score() == null) {
                return failed(f, prepared, e.errors(), false);
            }
            return DepartmentRecheck.of(f.id(), e.score());
        } catch (KpiException e) {
            return failed(f, prepared, e.findings(), false);
        } catch (EngineFailure e) {
            debug(e);
            return failed(f, prepared, List.of(e.finding()), true);
        } catch (RuntimeException e) {
            debug(e);
            return failed(f, prepared, List.of(PipelineProblems.departmentCrashed(f.dir().toString(), e.toString())), true);
        }
    }

    private static DepartmentRecheck failed(DepartmentFolder f, Prepared p, List<Finding> errors, boolean crashed) {
        boolean known = p != null && p.targets() != null;
        return DepartmentRecheck.failed(f.id(), known ? p.targets().department() : null,
                known ? p.targets().year() : 0, errors, crashed);
    }
}
