package io.jixiao.scoring;

import io.jixiao.load.Pairing;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Finding;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.KpiException;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a department: checks the actuals against the targets, shares each table's points, runs one
 * rule session for the whole department, and sums the results (§4). Deterministic: the same inputs give
 * the same {@link DepartmentScore} whatever the order of facts in the session.
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
        List<Finding> pairing = Pairing.check(targets, actuals, allowMissing);
        if (pairing.stream().anyMatch(Finding::isError)) {
            throw new KpiException(pairing.stream().filter(Finding::isError).toList());
        }
        List<PreparedTable> prepared = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        facts.add(profile);
        for (IndicatorTable table : targets.tables()) {
            PreparedTable p = PreparedTable.of(targets, table, find(actuals, table), profile);
            prepared.add(p);
            facts.addAll(p.cases().values());
        }
        List<Finding> allocationErrors = prepared.stream().flatMap(p -> p.allocation().errors().stream()).toList();
        if (!allocationErrors.isEmpty()) {
            throw new KpiException(allocationErrors);
        }
        RuleOutcome outcome = RuleOutcome.of(RuleRun.run(rules, facts));
        TableScore overall = null;
        List<TableScore> projects = new ArrayList<>();
        for (PreparedTable p : prepared) {
            TableScore ts = TableSummer.sum(p, outcome, profile);
            if (p.table().kind() == TableKind.OVERALL) {
                overall = ts;
            } else {
                projects.add(ts);
            }
        }
        return DepartmentSummer.sum(targets, overall, projects, profile);
    }

    private static TableActuals find(DepartmentActuals a, IndicatorTable t) {
        return t.kind() == TableKind.OVERALL ? a.overall() : a.project(t.name()).orElse(null);
    }

    /** The rule session's output grouped by case id. */
    record RuleOutcome(Map<String, List<IndicatorResult>> results, Map<String, List<Finding>> findings) {

        static RuleOutcome of(List<Object> facts) {
            Map<String, List<IndicatorResult>> results = new LinkedHashMap<>();
            Map<String, List<Finding>> findings = new LinkedHashMap<>();
            for (Object o : facts) {
                if (o instanceof IndicatorResult r) {
                    results.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r);
                } else if (o instanceof CaseFinding f) {
                    findings.computeIfAbsent(f.caseId(), k -> new ArrayList<>()).add(f.finding());
                }
            }
            return new RuleOutcome(results, findings);
        }
    }
}
