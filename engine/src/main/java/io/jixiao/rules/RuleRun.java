package io.jixiao.rules;

import io.jixiao.problem.EngineFailure;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One rule session: insert the facts, fire, return every fact the session then holds (inputs and derived). One
 * session per department or table, never per indicator. A long-lived session (what-if) fires through
 * {@link #fire(KieSession, RuleBook)} for the same limits and error handling.
 *
 * <p>Every firing is bounded by {@link RuleLimits} (docs/security.md#user-rules): past its timeout the session is
 * halted (KPI-0208), past its most firings it stops (KPI-0207), each naming the rule that was firing. A rule whose
 * consequence throws is KPI-0204; an error inside the engine (out of memory, stack overflow, a Drools failure) is an
 * {@link EngineFailure} (KPI-0210), never a raw stack trace. A consequence that never returns (a Java loop, which no
 * halt reaches) is interrupted after a grace period, then reported to the {@link #onStuck stuck handler}: the command
 * line prints the coded error and ends the process; a library host decides for itself.
 */
public final class RuleRun {

    /** Between the timeout and the interrupt, and between the interrupt and the stuck handler. */
    static final long GRACE_MILLIS = 3_000;
    /** How long the watchdog waits, once the time is up, for the next firing to name the rule. */
    static final long NEXT_FIRING_MILLIS = 100;

    /** What happens once a firing is past its time: naming the rule, halting, interrupting, reporting it stuck. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
    /** The firings under way, and the thread that looks at their deadlines. */
    private static final Watches WATCHES = new Watches();
    private static volatile Consumer<Finding> stuck = f -> { };

    private RuleRun() {
    }

    public static List<Object> run(RuleBook book, Collection<?> facts) {
        List<Object> all = new ArrayList<>(facts.size() * 2);
        run(book, facts, all::add);
        return all;
    }

    /**
     * As {@link #run(RuleBook, Collection)}, handing every fact the session then holds (inputs and derived) to
     * {@code each} before the session is disposed, without a list of them.
     */
    public static void run(RuleBook book, Collection<?> facts, Consumer<Object> each) {
        run(book, facts, each, Derive.Mode.of(book));
    }

    /**
     * As {@link #run(RuleBook, Collection, Consumer)}, the consequences that {@link Derive} adding their facts the given
     * way: {@link Derive.Mode#BATCH as a batch} (the default for a book without user rules: the session is fired once
     * and read, so nothing it derives is ever retracted; a derived fact no rule matches is handed to {@code each}
     * without entering the session) or {@link Derive.Mode#MAINTAINED logically}.
     */
    public static void run(RuleBook book, Collection<?> facts, Consumer<Object> each, Derive.Mode mode) {
        KieSession session = book.newSession();
        boolean clean = false;
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            Derive.Batch batch = mode == Derive.Mode.BATCH ? new Derive.Batch(book, facts.size()) : null;
            Derive.Batch had = Derive.enter(batch);
            try {
                fireWithin(session, book);
            } finally {
                Derive.restore(had);
            }
            for (Object fact : session.getObjects()) {
                each.accept(fact);
            }
            if (batch != null) {
                batch.derived().forEach(each);
            }
            clean = true;
        } finally {
            if (clean) {
                session.dispose();
            } else {
                destroy(session); // a session stopped half way is not given back to the pool
            }
        }
    }

    /**
     * Fires a session's rules within the book's limits; findings are placed at the rule they name. What the
     * consequences {@link Derive} is inserted logically: a session fired this way is a long-lived one (what-if), whose
     * facts change between firings.
     *
     * @throws KpiException  KPI-0204 for a rule that throws, KPI-0207 for too many firings, KPI-0208 for a timeout
     * @throws EngineFailure KPI-0210 when the engine itself fails inside the session
     */
    public static void fire(KieSession session, RuleBook book) {
        Derive.Batch had = Derive.enter(null);
        try {
            fireWithin(session, book);
        } finally {
            Derive.restore(had);
        }
    }

    private static void fireWithin(KieSession session, RuleBook book) {
        RuleLimits limits = book.limits();
        Watch watch = new Watch(session, Thread.currentThread(), limits, book);
        // the packaged rules fire without a listener; user rules with one that keeps the rule firing now, for a crash
        Firing firing = book.hasUserRules() ? new Firing() : null;
        if (firing != null) {
            session.addEventListener(firing);
        }
        WATCHES.add(watch);
        try {
            int fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limits.maxFirings() + 1));
            if (watch.timedOut) {
                throw new KpiException(watch.timeoutFinding());
            }
            if (fired > limits.maxFirings()) {
                String rule = nextRule(session);
                throw new KpiException(RuleProblems.tooManyFirings(book.locate(rule), rule, limits.maxFirings()));
            }
        } catch (ConsequenceException e) {
            if (watch.timedOut) {
                throw new KpiException(watch.timeoutFinding());
            }
            String rule = e.getMatch() == null ? blame(e, book, firing) : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof VirtualMachineError vm) {
                throw new EngineFailure(RuleProblems.sessionCrashed(book.locate(rule), rule, vm.toString()), vm);
            }
            throw new KpiException(RuleProblems.ruleFailed(book.locate(rule), rule, cause.toString()));
        } catch (KpiException | EngineFailure e) {
            throw e;
        } catch (RuntimeException | VirtualMachineError | LinkageError e) {
            if (watch.timedOut) {
                throw new KpiException(watch.timeoutFinding());
            }
            String rule = blame(e, book, firing);
            throw new EngineFailure(RuleProblems.sessionCrashed(book.locate(rule), rule, e.toString()), e);
        } finally {
            watch.done = true;
            WATCHES.remove(watch);
            if (firing != null) {
                session.removeEventListener(firing);
            }
            if (watch.interrupted) {
                Thread.interrupted(); // the watchdog's interrupt, not the caller's
            }
        }
    }

    /** The rule a failure happened in: the consequence on its stack, else the rule the listener saw start. */
    private static String blame(Throwable e, RuleBook book, Firing firing) {
        String rule = ruleOf(e.getStackTrace(), book);
        return "?".equals(rule) && firing != null ? firing.rule : rule;
    }

    /** The rule firing now, in a session of user rules. */
    private static final class Firing extends DefaultAgendaEventListener {

        volatile String rule = "?";

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            rule = event.getMatch().getRule().getName();
        }
    }

    /** The rule a session over its firing limit fires next: in a loop, the looping rule. */
    private static String nextRule(KieSession session) {
        String[] next = {"?"};
        DefaultAgendaEventListener l = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                next[0] = event.getMatch().getRule().getName();
            }
        };
        session.addEventListener(l);
        try {
            session.fireAllRules(1);
        } catch (RuntimeException e) {
            // the session is discarded; only the name was wanted
        } finally {
            session.removeEventListener(l);
        }
        return next[0];
    }

    /**
     * The rule whose consequence a stack is in: Drools compiles each consequence into a class named
     * {@code Rule_<name><hash>} in the rule's package.
     */
    static String ruleOf(StackTraceElement[] stack, RuleBook book) {
        for (StackTraceElement f : stack) {
            String cls = f.getClassName();
            int at = cls.lastIndexOf(".Rule_");
            if (at >= 0) {
                String rule = book.ruleOfClass(cls.substring(at + 6));
                if (rule != null) {
                    return rule;
                }
            }
        }
        return "?";
    }

    /**
     * What to do with a session whose consequence never returns, even interrupted (a Java loop in a rule): called
     * from the watchdog thread with the coded timeout. The default does nothing (the thread stays busy); the command
     * line prints the finding and ends the process with exit code 1.
     */
    public static void onStuck(Consumer<Finding> handler) {
        stuck = handler == null ? f -> { } : handler;
    }

    private static void destroy(KieSession session) {
        try {
            session.destroy();
        } catch (RuntimeException e) {
            // already unusable: nothing more to free
        }
    }

    /** How many firings are being watched now (tests: none once every run has ended). */
    static int watched() {
        return WATCHES.active.size();
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "jixiao-rule-watchdog");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /**
     * The firings under way and one daemon thread that looks at their deadlines (docs/performance.md#watch). A firing
     * adds its watch to a concurrent set and takes it out when it ends — no lock, no task scheduled and cancelled, no
     * other thread woken, where a timer per firing cost a review or a monitoring of 1,000 departments 2% of its CPU
     * (the timer thread woken for every session). The thread looks at the set every {@link #TICK_NANOS} or at the
     * nearest deadline, whichever comes first; after {@link #IDLE_NANOS} without a firing it sleeps until the next
     * one. A watch past its deadline is handed to {@link #WATCHDOG}, whose steps are the timer's were.
     */
    private static final class Watches implements Runnable {

        static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
        static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

        private final Set<Watch> active = ConcurrentHashMap.newKeySet();
        private volatile Thread thread;
        /** True while a thread watches: false before the first firing, and if the thread ever ended. */
        private volatile boolean running;
        /** True while the thread sleeps until a firing wakes it (not while it waits for its next look). */
        private volatile boolean asleep;

        /**
         * Watches a firing from now on. A thread that cannot be started (the process has no thread left) fails the
         * firing, as a timer that could not start did, and leaves nothing watched; the next firing tries again.
         */
        void add(Watch w) {
            active.add(w);
            // after the add: the thread sets asleep before it looks at the set a last time, so one of the two sees
            // the other
            if (asleep || !running) {
                try {
                    wake();
                } catch (RuntimeException | Error e) {
                    active.remove(w);
                    throw e;
                }
            }
        }

        void remove(Watch w) {
            active.remove(w);
        }

        private synchronized void wake() {
            if (!running) {
                Thread t = new Thread(this, "jixiao-rule-watch");
                t.setDaemon(true);
                running = true;
                try {
                    t.start();
                } catch (RuntimeException | Error e) {
                    running = false;
                    throw e;
                }
                thread = t;
            } else {
                Thread t = thread;
                if (t != null) {
                    LockSupport.unpark(t);
                }
            }
        }

        @Override
        public void run() {
            try {
                watch();
            } finally {
                running = false; // it should never end; if it does, the next firing starts another
            }
        }

        private void watch() {
            long busy = System.nanoTime();
            while (true) {
                try {
                    long now = System.nanoTime();
                    long wait = look(now);
                    if (!active.isEmpty()) {
                        busy = now;
                    }
                    if (now - busy < IDLE_NANOS) {
                        LockSupport.parkNanos(this, wait);
                    } else {
                        asleep = true;
                        if (active.isEmpty()) {
                            LockSupport.park(this); // until add() unparks it (or spuriously: it looks again)
                        }
                        asleep = false;
                        busy = System.nanoTime();
                    }
                    // an interrupt would make every park return at once: the watch is not stopped by one
                    Thread.interrupted();
                } catch (RuntimeException | Error e) {
                    // keep watching whatever happens (a pause, so that a failure that repeats does not spin)
                    asleep = false;
                    LockSupport.parkNanos(this, TICK_NANOS);
                    Thread.interrupted();
                }
            }
        }

        /**
         * Hands every watch past its deadline to the watchdog's steps; the time until the nearest other deadline, at
         * most a tick. A watch whose steps cannot be started now (no thread for them) is looked at again next time.
         */
        private long look(long now) {
            long wait = TICK_NANOS;
            for (Watch w : active) {
                long left = w.deadline - now;
                if (left <= 0) {
                    WATCHDOG.execute(w::timeUp);
                    active.remove(w);
                } else {
                    wait = Math.min(wait, left);
                }
            }
            return wait;
        }
    }

    /** One firing's watch: the timeout's steps (halt, interrupt, stuck) and the rule that was firing then. */
    private static final class Watch {

        private final KieSession session;
        private final Thread thread;
        private final RuleLimits limits;
        private final RuleBook book;
        /** {@link System#nanoTime} past which the firing is stopped. */
        private final long deadline;
        volatile String rule = "?";
        volatile boolean timedOut;
        volatile boolean interrupted;
        volatile boolean done;

        Watch(KieSession session, Thread thread, RuleLimits limits, RuleBook book) {
            this.session = session;
            this.thread = thread;
            this.limits = limits;
            this.book = book;
            this.deadline = System.nanoTime() + limits.timeout().toNanos();
        }

        Finding timeoutFinding() {
            return RuleProblems.ruleTimeout(book.locate(rule), rule, limits.timeout().toMillis() / 1000.0);
        }

        void timeUp() {
            if (done) {
                return;
            }
            // the rule being fired: the next one to start (a loop of short firings), else the consequence on the
            // firing thread's stack (one that does not return); no listener slows the firings before the time is up
            CountDownLatch fired = new CountDownLatch(1);
            DefaultAgendaEventListener next = new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    if ("?".equals(rule)) {
                        rule = event.getMatch().getRule().getName();
                    }
                    fired.countDown();
                }
            };
            session.addEventListener(next);
            try {
                fired.await(NEXT_FIRING_MILLIS, TimeUnit.MILLISECONDS);
                for (int i = 0; i < 20 && "?".equals(rule) && !done; i++) {
                    String onStack = ruleOf(thread.getStackTrace(), book);
                    if ("?".equals(onStack)) {
                        Thread.sleep(5);
                    } else {
                        rule = onStack;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                session.removeEventListener(next);
            }
            timedOut = true;
            session.halt(); // stops between two firings
            WATCHDOG.schedule(this::stillFiring, GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }

        private void stillFiring() {
            if (done) {
                return;
            }
            interrupted = true;
            thread.interrupt(); // a consequence that sleeps or waits
            WATCHDOG.schedule(this::stuck, GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }

        private void stuck() {
            if (!done) {
                stuck.accept(timeoutFinding());
            }
        }
    }
}
