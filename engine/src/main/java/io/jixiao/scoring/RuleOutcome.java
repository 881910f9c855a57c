package io.jixiao.scoring;

import io.jixiao.problem.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rule session derived, grouped by case id: every {@link IndicatorResult} and every
 * {@link CaseFinding}. The batch {@link Scorer} fills it once from the session's facts; a
 * {@link ScoringSession} keeps it up to date as the session inserts and retracts derived facts.
 */
final class RuleOutcome {

    /** An {@link IndicatorResult}, or a list of them when rules disagree (most cases have one result: no list). */
    private final Map<String, Object> results;
    private final Map<String, List<Finding>> findings = new HashMap<>();

    RuleOutcome() {
        this(16);
    }

    /** @param cases how many cases the session holds: the map of results is made that large at once */
    RuleOutcome(int cases) {
        results = new HashMap<>((int) (cases / 0.75f) + 1);
    }

    /** Records a derived fact; returns its case id, or null when the fact is not a result or finding. */
    String added(Object fact) {
        if (fact instanceof IndicatorResult r) {
            Object had = results.putIfAbsent(r.caseId(), r);
            if (had instanceof IndicatorResult one) {
                List<IndicatorResult> both = new ArrayList<>(2);
                both.add(one);
                both.add(r);
                results.put(r.caseId(), both);
            } else if (had != null) {
                results(had).add(r);
            }
            return r.caseId();
        }
        if (fact instanceof CaseFinding f) {
            findings.computeIfAbsent(f.caseId(), k -> new ArrayList<>(1)).add(f.finding());
            return f.caseId();
        }
        return null;
    }

    /** Forgets a retracted fact; returns its case id, or null when the fact is not a result or finding. */
    String removed(Object fact) {
        if (fact instanceof IndicatorResult r) {
            Object had = results.get(r.caseId());
            if (had instanceof IndicatorResult one) {
                if (one.equals(r)) {
                    results.remove(r.caseId());
                }
            } else if (had != null) {
                List<IndicatorResult> list = results(had);
                list.remove(r);
                if (list.size() == 1) {
                    results.put(r.caseId(), list.get(0));
                } else if (list.isEmpty()) {
                    results.remove(r.caseId());
                }
            }
            return r.caseId();
        }
        if (fact instanceof CaseFinding f) {
            remove(findings, f.caseId(), f.finding());
            return f.caseId();
        }
        return null;
    }

    /** The case's one result; null when it has none or several. */
    IndicatorResult only(String caseId) {
        return results.get(caseId) instanceof IndicatorResult one ? one : null;
    }

    List<IndicatorResult> results(String caseId) {
        Object r = results.get(caseId);
        return r == null ? List.of() : r instanceof IndicatorResult one ? List.of(one) : results(r);
    }

    @SuppressWarnings("unchecked")
    private static List<IndicatorResult> results(Object list) {
        return (List<IndicatorResult>) list;
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
