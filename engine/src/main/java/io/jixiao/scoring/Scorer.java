package io.jixiao.scoring;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a department: checks the actuals against the targets, shares each table's points, runs one
 * rule session for the whole department, and sums the results (docs/scoring.md#table-score). Deterministic: the same
 * inputs give the same {@link DepartmentScore} whatever the order of facts in the session. For many small changes to
 * one department, {@link ScoringSession} keeps the session and re-fires only what changed.
 */
public final class Scorer {

    private final RuleBook rules;
    private final ScoringProfile profile;

    public Scorer(RuleBook rules, ScoringProfile profile) {
        this.rules = rules;
        this.profile = profile;
    }

    public ScoringProfile profile() {
        return profile;
    }

    /**
     * @throws KpiException when the actuals do not fit the targets (KPI-012x) or points do not add up
     */
    public DepartmentScore score(DepartmentTargets targets, DepartmentActuals actuals, boolean allowMissing) {
        return score(PreparedDepartment.prepare(targets, actuals, profile, allowMissing));
    }

    /** Scores a department already paired and prepared (the pipeline's way: pairing happens once). */
    public DepartmentScore score(PreparedDepartment prepared) {
        int cases = 0;
        for (PreparedTable p : prepared.tables()) {
            cases += p.cases().size();
        }
        List<Object> facts = new ArrayList<>(cases + 1);
        facts.add(profile);
        for (PreparedTable p : prepared.tables()) {
            for (ScoringCase c : p.cases().values()) {
                facts.add(c);
            }
        }
        RuleOutcome outcome = new RuleOutcome(cases);
        RuleRun.run(rules, facts, outcome::added);
        List<TableScore> tables = new ArrayList<>(prepared.tables().size());
        for (PreparedTable p : prepared.tables()) {
            tables.add(TableSummer.sum(p, outcome, profile));
        }
        return PreparedDepartment.sum(prepared.targets(), tables, profile);
    }
}
