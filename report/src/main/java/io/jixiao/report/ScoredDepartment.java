package io.jixiao.report;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.TableScore;
import java.util.Map;
import java.util.Optional;

/**
 * What a report shows: the scoring result, and beside it the inputs it came from for what scoring does not
 * carry (a project's goals, the 未完成原因 the department wrote) and the profile (grade thresholds).
 * Reports render this; they never recompute a score.
 */
public record ScoredDepartment(DepartmentTargets targets, DepartmentActuals actuals, ScoringProfile profile,
                               DepartmentScore score) {

    /** What an evaluation gives a report: its targets, paired actuals, profile and score. */
    public static ScoredDepartment of(io.jixiao.pipeline.Evaluation e) {
        return new ScoredDepartment(e.targets(), e.actuals(), e.profile(), e.score());
    }

    public Optional<IndicatorTable> table(TableScore t) {
        if (t.kind() == TableKind.EVALUATION) {
            return Optional.ofNullable(targets.evaluation());
        }
        return t.kind() == TableKind.OVERALL ? Optional.ofNullable(targets.overall()) : targets.project(t.name());
    }

    /** 未完成原因 written for the table's (or the evaluation sheet's) indicators, by indicator key. */
    public Map<String, String> reasons(TableScore t) {
        Optional<TableActuals> a = t.kind() == TableKind.EVALUATION ? Optional.ofNullable(actuals.evaluation())
                : t.kind() == TableKind.OVERALL ? Optional.ofNullable(actuals.overall()) : actuals.project(t.name());
        return a.map(TableActuals::reasons).orElse(Map.of());
    }
}
