package io.jixiao.scoring;

import io.jixiao.load.Pairing;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ScoringProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A department ready for the rules: actuals checked against the targets, every table's points shared
 * and its {@link ScoringCase}s built. Shared by the batch {@link Scorer} and the incremental
 * {@link ScoringSession}, so that both start from the same facts and sum them the same way.
 */
record PreparedDepartment(DepartmentTargets targets, List<PreparedTable> tables) {

    PreparedDepartment {
        tables = List.copyOf(tables);
    }

    /**
     * @throws KpiException when the actuals do not fit the targets (KPI-012x) or points do not add up
     */
    static PreparedDepartment prepare(DepartmentTargets targets, DepartmentActuals actuals, ScoringProfile profile,
                                      boolean allowMissing) {
        List<Finding> pairing = Pairing.check(targets, actuals, allowMissing);
        if (pairing.stream().anyMatch(Finding::isError)) {
            throw new KpiException(pairing.stream().filter(Finding::isError).toList());
        }
        DepartmentActuals aligned = Pairing.align(targets, actuals); // actuals keyed as the indicators are
        List<PreparedTable> prepared = new ArrayList<>();
        for (IndicatorTable table : targets.tables()) {
            prepared.add(PreparedTable.of(targets, table, actualsOf(aligned, table), profile));
        }
        List<Finding> allocationErrors = prepared.stream().flatMap(p -> p.allocation().errors().stream()).toList();
        if (!allocationErrors.isEmpty()) {
            throw new KpiException(allocationErrors);
        }
        return new PreparedDepartment(targets, prepared);
    }

    static TableActuals actualsOf(DepartmentActuals a, IndicatorTable t) {
        return t.kind() == TableKind.OVERALL ? a.overall() : a.project(t.name()).orElse(null);
    }

    /** The department's result from its table scores (in table order): docs/scoring.md#department. */
    static DepartmentScore sum(DepartmentTargets targets, List<TableScore> tables, ScoringProfile profile) {
        TableScore overall = null;
        List<TableScore> projects = new ArrayList<>();
        for (TableScore ts : tables) {
            if (ts.kind() == TableKind.OVERALL) {
                overall = ts;
            } else {
                projects.add(ts);
            }
        }
        return DepartmentSummer.sum(targets, overall, projects, profile);
    }
}
