package io.jixiao.pipeline;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.DepartmentScore;
import java.util.List;
import java.util.Set;

/**
 * A department evaluated by the {@link Pipeline}: what was loaded, the score (when it was asked for and the
 * department could be scored) and every finding of every stage in one order. The score's own findings — the
 * department's and each table's — are among {@link #findings()}: reports place them by table, the list holds them
 * all.
 *
 * @param score    null when scoring was not asked for or did not start (errors in loading or pairing); it holds
 *                 errors itself when a rule could not score an indicator
 * @param findings every finding, in {@link Finding#ORDER}
 * @param stages   the stages that ran
 */
public record Evaluation(Prepared prepared, DepartmentScore score, List<Finding> findings, Set<Stage> stages) {

    public Evaluation {
        findings = Finding.sorted(findings);
        stages = Set.copyOf(stages);
    }

    /** True when no finding is an error: the score (if asked for) can be trusted. */
    public boolean ok() {
        return findings.stream().noneMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public DepartmentTargets targets() {
        return prepared.targets();
    }

    /** The actuals paired with the targets; null without actuals or when they did not load. */
    public DepartmentActuals actuals() {
        return prepared.actuals();
    }

    public ScoringProfile profile() {
        return prepared.profile();
    }
}
