package io.jixiao.rules;

import io.jixiao.problem.KpiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One rule session: insert the facts, fire, return every fact the session then holds (inputs and
 * derived). One session per department or table, never per indicator. A long-lived session (what-if)
 * fires through {@link #fire(KieSession)} for the same error handling.
 */
public final class RuleRun {

    private RuleRun() {
    }

    public static List<Object> run(RuleBook book, Collection<?> facts) {
        KieSession session = book.newSession();
        try {
            facts.forEach(session::insert);
            fire(session);
            return new ArrayList<>(session.getObjects());
        } finally {
            session.dispose();
        }
    }

    /** Fires a session's rules; a rule that throws becomes a KPI-0204 finding naming the rule. */
    public static void fire(KieSession session) {
        try {
            session.fireAllRules();
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new KpiException(RuleProblems.ruleFailed(rule, cause.toString()));
        }
    }
}
