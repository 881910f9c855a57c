package io.jixiao.pipeline;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.PreparedDepartment;
import java.util.List;

/**
 * A department loaded and paired, ready to score: or the errors that stop it. Every field but
 * {@code findings} may be null when loading stopped before it.
 *
 * @param actuals    the actuals paired with the targets (keyed as the indicators are); null without actuals
 * @param department the department as scoring and the 审核 read it (points shared, cases built); null without
 *                   actuals or when something failed
 * @param findings   what loading and pairing found, in {@link Finding#ORDER}: every independent error of the files,
 *                   not only those of the first step that found some (docs/guide.md#one-pass)
 * @param stopped    the first step whose errors stopped the department; null when it ran through
 * @param diagnosis  when the department stopped on errors in its actuals, the part of it that could still be
 *                   scored (the actuals that loaded and pair, the points shared), so that scoring's own errors
 *                   are reported in the same run; null otherwise. Never scored for a result.
 */
public record Prepared(DepartmentTargets targets, DepartmentActuals actuals, ScoringProfile profile,
                       PreparedDepartment department, List<Finding> findings, Step stopped,
                       PreparedDepartment diagnosis) {

    /** The steps of preparing a department, in order. */
    public enum Step {
        /** reading and loading the targets and actuals files */
        LOAD,
        /** finding the scoring profile */
        PROFILE,
        /** pairing the actuals with the targets */
        PAIR,
        /** sharing each table's points */
        POINTS
    }

    public Prepared {
        findings = Finding.sorted(findings);
    }

    /** A department prepared, or stopped, with nothing to diagnose. */
    public Prepared(DepartmentTargets targets, DepartmentActuals actuals, ScoringProfile profile,
                    PreparedDepartment department, List<Finding> findings, Step stopped) {
        this(targets, actuals, profile, department, findings, stopped, null);
    }

    /** True when nothing stopped the department: it can be scored (with actuals) or reviewed (targets alone). */
    public boolean ok() {
        return stopped == null;
    }

    /** The errors that stopped it. */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }
}
