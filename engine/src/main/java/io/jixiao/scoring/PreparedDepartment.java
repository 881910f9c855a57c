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
import java.util.Map;

/**
 * A department ready for the rules: actuals paired with the targets, every table's points shared and its
 * {@link ScoringCase}s built. Shared by the batch {@link Scorer} and the incremental {@link ScoringSession},
 * so that both start from the same facts and sum them the same way; the 审核 reads the same allocation.
 */
public final class PreparedDepartment {

    private final DepartmentTargets targets;
    private final DepartmentActuals actuals;
    private final ScoringProfile profile;
    private final List<PreparedTable> tables;

    private PreparedDepartment(DepartmentTargets targets, DepartmentActuals actuals, ScoringProfile profile,
                               List<PreparedTable> tables) {
        this.targets = targets;
        this.actuals = actuals;
        this.profile = profile;
        this.tables = List.copyOf(tables);
    }

    /**
     * Pairs the actuals with the targets, then prepares them ({@link #of}).
     *
     * @throws KpiException when the actuals do not fit the targets (KPI-012x) or points do not add up
     */
    public static PreparedDepartment prepare(DepartmentTargets targets, DepartmentActuals actuals,
                                             ScoringProfile profile, boolean allowMissing) {
        Pairing.Paired paired = Pairing.pair(targets, actuals, allowMissing);
        if (!paired.ok()) {
            throw new KpiException(paired.findings().stream().filter(Finding::isError).toList());
        }
        return of(targets, paired.actuals(), profile);
    }

    /**
     * Shares every table's points and builds its cases, from actuals already paired (keyed as the indicators are,
     * {@link Pairing#pair}).
     *
     * @throws KpiException when points do not add up (KPI-0301/0302/0314)
     */
    public static PreparedDepartment of(DepartmentTargets targets, DepartmentActuals paired, ScoringProfile profile) {
        List<PreparedTable> prepared = new ArrayList<>();
        for (IndicatorTable table : targets.tables()) {
            prepared.add(PreparedTable.of(targets, table, actualsOf(paired, table), profile));
        }
        if (targets.evaluation() != null) {
            // the 部门整体支出绩效评价 sheet, scored in the same session, summed on its own (docs/scoring.md#evaluation)
            prepared.add(PreparedTable.of(targets, targets.evaluation(), paired.evaluation(), profile));
        }
        List<Finding> allocationErrors = prepared.stream().flatMap(p -> p.allocation().errors().stream()).toList();
        if (!allocationErrors.isEmpty()) {
            throw new KpiException(allocationErrors);
        }
        return new PreparedDepartment(targets, paired, profile, prepared);
    }

    public DepartmentTargets targets() {
        return targets;
    }

    /** The actuals, keyed as the indicators are. */
    public DepartmentActuals actuals() {
        return actuals;
    }

    public ScoringProfile profile() {
        return profile;
    }

    /** How the table's points were shared: what scoring used, and what the 审核 reads. */
    public Allocation allocation(IndicatorTable table) {
        return tables.stream().filter(p -> p.table() == table).findFirst().map(PreparedTable::allocation)
                .orElseThrow(() -> new IllegalArgumentException("not a table of this department: " + table.name()));
    }

    /** The cases scoring builds for the table's indicators, by key. */
    public Map<String, ScoringCase> cases(IndicatorTable table) {
        return tables.stream().filter(p -> p.table() == table).findFirst().map(PreparedTable::cases)
                .orElseThrow(() -> new IllegalArgumentException("not a table of this department: " + table.name()));
    }

    List<PreparedTable> tables() {
        return tables;
    }

    static TableActuals actualsOf(DepartmentActuals a, IndicatorTable t) {
        if (t.kind() == TableKind.EVALUATION) {
            return a.evaluation();
        }
        if (t.kind() == TableKind.OVERALL) {
            return a.overall();
        }
        for (TableActuals p : a.projects()) { // DepartmentActuals.project, without a stream for every table
            if (p.name().equals(t.name())) {
                return p;
            }
        }
        return null;
    }

    /** The department's result from its table scores (in table order): docs/scoring.md#department. */
    static DepartmentScore sum(DepartmentTargets targets, List<TableScore> tables, ScoringProfile profile) {
        TableScore overall = null;
        TableScore evaluation = null;
        List<TableScore> projects = new ArrayList<>();
        for (TableScore ts : tables) {
            if (ts.kind() == TableKind.OVERALL) {
                overall = ts;
            } else if (ts.kind() == TableKind.EVALUATION) {
                evaluation = ts;
            } else {
                projects.add(ts);
            }
        }
        return DepartmentSummer.sum(targets, overall, projects, profile).withEvaluation(evaluation);
    }
}
