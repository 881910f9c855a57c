package io.jixiao.rules;

import io.jixiao.model.KpiException;
import io.jixiao.model.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One rule session: insert the facts, fire, return every fact the session then holds (inputs and
 * derived). One session per department or table, never per indicator.
 */
public final class RuleRun {

    private RuleRun() {
    }

    public static List<Object> run(RuleBook book, Collection<?> facts) {
        KieSession session = book.newSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return new ArrayList<>(session.getObjects());
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new KpiException(Problems.ruleFailed(rule, cause.toString()));
        } finally {
            session.dispose();
        }
    }
}
