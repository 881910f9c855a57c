package io.jixiao.rules;

import org.drools.base.rule.consequence.ConsequenceContext;
import org.drools.model.Drools;

/**
 * How a rule's consequence adds a fact it derives, by the mode of the session firing it (docs/scoring.md#batch): in a
 * session that is fired once and read (a batch: {@code score}, {@code review}, the forecasts of {@code monitor}, the
 * store, Spark — {@link RuleRun#run}) the fact is final when derived: it is handed to the session's reader as it is,
 * or, when some rule of the book could match its type, inserted plainly for that rule; in a session whose facts change
 * afterwards (what-if: {@code ScoringSession}, fired through {@link RuleRun#fire}) it is inserted logically, so that the
 * engine retracts it when the case it was derived from is replaced. One place decides, for the executable model and the classic
 * compile alike: a consequence writes {@code Derive.fact( drools, … )} instead of {@code insertLogical( … )}.
 *
 * <p>Plain inserts give the same facts only when every derived fact is final when inserted: nothing the session does
 * later would retract it, and no two rules derive equal facts (truth maintenance would keep one, plain inserts both).
 * Either a rule that calls this matches input facts only (facts inserted before firing, which a batch never changes) —
 * rules/scoring, rules/deduction and rules/review, held by {@code DerivationProperties} and
 * {@code ReviewEquivalenceProperties} — or the rules fire in an order that makes each derived fact final before any
 * rule reads it, {@code not}/{@code exists} over derived facts last (salience): rules/monitoring, held to the
 * truth-maintained rules by {@code MonitorRulesEquivalenceProperties} (docs/monitoring.md#order). A session with user
 * rules (--rules) always maintains truth: a user's rule may change or retract what the packaged rules matched.
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

    /** The batch this thread is firing, or null (set by {@link RuleRun#run} around its one firing). */
    private static final ThreadLocal<Batch[]> BATCH = ThreadLocal.withInitial(() -> new Batch[1]);

    private Derive() {
    }

    /** Adds a derived fact from a classic (run-time compiled) consequence. */
    public static void fact(ConsequenceContext drools, Object fact) {
        Batch b = BATCH.get()[0];
        if (b == null) {
            drools.insertLogical(fact);
        } else if (b.inserts(fact)) {
            drools.insert(fact);
        }
    }

    /** Adds a derived fact from an executable-model consequence. */
    public static void fact(Drools drools, Object fact) {
        Batch b = BATCH.get()[0];
        if (b == null) {
            drools.logicalInsert(fact);
        } else if (b.inserts(fact)) {
            drools.insert(fact);
        }
    }

    /** True when consequences on this thread now add their facts as a batch. */
    public static boolean batch() {
        return BATCH.get()[0] != null;
    }

    /** Sets the batch this thread fires now (null: none); returns the one it had, to be {@link #restore}d after. */
    static Batch enter(Batch batch) {
        Batch[] b = BATCH.get();
        Batch had = b[0];
        b[0] = batch;
        return had;
    }

    static void restore(Batch had) {
        BATCH.get()[0] = had;
    }

    /**
     * One batch session's derived facts: a fact some rule of the book could match is inserted plainly, for that rule
     * to see; any other is kept here for the reader, without a fact handle (no rule would ever look at it).
     */
    static final class Batch {

        private final RuleBook book;
        private final java.util.List<Object> derived;
        private Class<?> lastKept;

        Batch(RuleBook book, int expected) {
            this.book = book;
            this.derived = new java.util.ArrayList<>(expected);
        }

        /** True when the fact is to go into the session; false when it was kept here. */
        boolean inserts(Object fact) {
            Class<?> type = fact.getClass();
            if (type != lastKept) {
                if (book.matched(type)) {
                    return true;
                }
                lastKept = type;
            }
            derived.add(fact);
            return false;
        }

        java.util.List<Object> derived() {
            return derived;
        }
    }
}
