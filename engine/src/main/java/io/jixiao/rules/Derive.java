package io.jixiao.rules;

import org.drools.base.rule.consequence.ConsequenceContext;
import org.drools.model.Drools;

/**
 * How a rule's consequence adds a fact it derives, by the mode of the session firing it (docs/scoring.md#batch): in a
 * session that is fired once and read (a batch: {@code score}, {@code review}, the forecasts of {@code monitor}, the
 * store, Spark — {@link RuleRun#run}) the fact is inserted plainly; in a session whose facts change afterwards (what-if:
 * {@code ScoringSession}, fired through {@link RuleRun#fire}) it is inserted logically, so that the engine retracts it
 * when the case it was derived from is replaced. One place decides, for the executable model and the classic
 * compile alike: a consequence writes {@code Derive.fact( drools, … )} instead of {@code insertLogical( … )}.
 *
 * <p>Plain inserts give the same facts only when every derived fact is final when inserted: nothing the session does
 * later would retract it. A rule that calls this must match input facts only (facts inserted before firing, which a
 * batch never changes) — never a derived fact, never {@code not}/{@code exists}/{@code accumulate} over facts other
 * rules derive — and no two rules may derive equal facts (truth maintenance would keep one, plain inserts both).
 * rules/scoring and rules/deduction hold to this; {@code DerivationPropertiesTest} holds batch and truth-maintained
 * sessions to the same facts. A session with user rules (--rules) always maintains truth: a user's rule may change or
 * retract what the packaged rules matched.
 */
public final class Derive {

    /** How a session's consequences add what they derive. */
    public enum Mode {
        /** plain inserts: a session fired once and read */
        BATCH,
        /** logical inserts, retracted by the engine when what they were derived from changes (what-if) */
        MAINTAINED;

        /** A one-shot session's mode for a book: batch, unless the book holds user rules. */
        public static Mode of(RuleBook book) {
            return book.hasUserRules() ? MAINTAINED : BATCH;
        }
    }

    /** True while this thread fires a batch session (set by {@link RuleRun#run}, around its one firing). */
    private static final ThreadLocal<boolean[]> BATCH = ThreadLocal.withInitial(() -> new boolean[1]);

    private Derive() {
    }

    /** Adds a derived fact from a classic (run-time compiled) consequence, or the executable model's helper. */
    public static void fact(ConsequenceContext drools, Object fact) {
        if (BATCH.get()[0]) {
            drools.insert(fact);
        } else {
            drools.insertLogical(fact);
        }
    }

    /** Adds a derived fact from an executable-model consequence. */
    public static void fact(Drools drools, Object fact) {
        if (BATCH.get()[0]) {
            drools.insert(fact);
        } else {
            drools.logicalInsert(fact);
        }
    }

    /** True when consequences on this thread now insert plainly. */
    public static boolean batch() {
        return BATCH.get()[0];
    }

    /**
     * Sets this thread's mode for the firing about to start; returns the mode it had, to be {@link #restore}d after.
     */
    static boolean enter(boolean batch) {
        boolean[] b = BATCH.get();
        boolean had = b[0];
        b[0] = batch;
        return had;
    }

    static void restore(boolean had) {
        BATCH.get()[0] = had;
    }
}
