package io.jixiao.scoring;

import io.jixiao.problem.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rule session derived, grouped by case id: every {@link IndicatorResult} and every
 * {@link CaseFinding}. The batch {@link Scorer} fills it once from the session's facts; a
 * {@link ScoringSession} keeps it up to date as the session inserts and retracts derived facts.
 */
final class RuleOutcome {

    private final Map<String, List<IndicatorResult>> results = new HashMap<>();
    private final Map<String, List<Finding>> findings = new HashMap<>();

    static RuleOutcome of(Collection<?> facts) {
        RuleOutcome o = new RuleOutcome();
        facts.forEach(o::added);
        return o;
    }

    /** Records a derived fact; returns its case id, or null when the fact is not a result or finding. */
    String added(Object fact) {
        if (fact instanceof IndicatorResult r) {
            results.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r);
            return r.caseId();
        }
        if (fact instanceof CaseFinding f) {
            findings.computeIfAbsent(f.caseId(), k -> new ArrayList<>()).add(f.finding());
            return f.caseId();
        }
        return null;
    }

    /** Forgets a retracted fact; returns its case id, or null when the fact is not a result or finding. */
    String removed(Object fact) {
        if (fact instanceof IndicatorResult r) {
            remove(results, r.caseId(), r);
            return r.caseId();
        }
        if (fact instanceof CaseFinding f) {
            remove(findings, f.caseId(), f.finding());
            return f.caseId();
        }
        return null;
    }

    List<IndicatorResult> results(String caseId) {
        return results.getOrDefault(caseId, List.of());
    }

    List<Finding> findings(String caseId) {
        return findings.getOrDefault(caseId, List.of());
    }

    private static <T> void remove(Map<String, List<T>> map, String caseId, T value) {
        List<T> list = map.get(caseId);
        if (list != null) {
            list.remove(value);
            if (list.isEmpty()) {
                map.remove(caseId);
            }
        }
    }
}
