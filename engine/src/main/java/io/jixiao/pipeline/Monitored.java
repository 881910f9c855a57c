package io.jixiao.pipeline;

import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import java.util.List;

/**
 * A department monitored by {@link Pipeline#monitor}: what was loaded, the monitoring (null when something stopped
 * it) and every finding in one order. Every field but {@code findings} may be null when loading stopped before it.
 *
 * @param progress   the progress paired with the targets (keyed as the indicators are) once pairing succeeded
 * @param monitoring null when loading, pairing, the points or the projected scoring found errors
 * @param findings   every finding — loading's, pairing's, the projected scoring's and the rules' — in
 *                   {@link Finding#ORDER}
 * @param stopped    the step of preparing whose errors stopped it; null when it ran through (or scoring stopped it)
 */
public record Monitored(DepartmentTargets targets, DepartmentProgress progress, ScoringProfile profile,
                        DepartmentMonitoring monitoring, List<Finding> findings, Prepared.Step stopped) {

    public Monitored {
        findings = Finding.sorted(findings);
    }

    /** True when the department was monitored: no finding is an error. */
    public boolean ok() {
        return monitoring != null && findings.stream().noneMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }
}
