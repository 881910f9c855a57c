package io.jixiao.pipeline;

import io.jixiao.load.InputFiles;
import io.jixiao.load.Source;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.util.List;

/**
 * The monitoring of one department folder (jixiao monitor DIR): its targets and its one progress file monitored by the
 * pipeline, summed up as a {@link MonitoredDepartment}. As in the review ({@link DepartmentRechecker}), bad input of
 * any kind becomes a failed department carrying its coded errors and never stops the others, its files are read
 * confined to its folder (a link out is KPI-0137), and with the bureau's options its own {@code profile:} is never
 * read (KPI-0329).
 */
final class DepartmentMonitorer {

    private final Pipeline pipeline;

    DepartmentMonitorer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    MonitoredDepartment monitor(DepartmentFolder f) {
        if (f.problem() != null) {
            return MonitoredDepartment.failed(f.id(), null, 0, List.of(f.problem()), false); // cannot be listed
        }
        if (f.progress().isEmpty()) {
            return MonitoredDepartment.failed(f.id(), null, 0, List.of(PipelineProblems.noProgressFile(f.dir().toString())),
                    false);
        }
        if (f.progress().size() > 1) {
            return MonitoredDepartment.failed(f.id(), null, 0, List.of(PipelineProblems.severalProgressFiles(
                    f.dir().toString(), f.progress().stream().map(p -> p.getFileName().toString()).toList())), false);
        }
        Monitored m = null;
        try {
            // the department's files are read confined to its folder (KPI-0137), as in the review
            m = InputFiles.confined(f.dir(), () -> pipeline.monitor(Source.file(f.targets()),
                    Source.file(f.progress().get(0))));
            if (!m.ok()) {
                return failed(f, m, m.errors(), false);
            }
            return MonitoredDepartment.of(f.id(), m.monitoring());
        } catch (KpiException e) {
            return failed(f, m, e.findings(), false);
        } catch (RuntimeException e) {
            if (System.getenv("JIXIAO_DEBUG") != null) {
                e.printStackTrace();
            }
            return failed(f, m, List.of(PipelineProblems.monitoringCrashed(f.dir().toString(), e.toString())), true);
        }
    }

    private static MonitoredDepartment failed(DepartmentFolder f, Monitored m, List<Finding> errors, boolean crashed) {
        boolean known = m != null && m.targets() != null;
        return MonitoredDepartment.failed(f.id(), known ? m.targets().department() : null,
                known ? m.targets().year() : 0, errors, crashed);
    }
}
