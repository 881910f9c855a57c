package io.jixiao.web;

import io.jixiao.api.Result;
import io.jixiao.api.WhatIf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The open what-if sessions: at most one per web session, at most {@link #max} in all, each closed after
 * {@link #idleMs} without use. A what-if holds a Drools session in memory; these bounds keep a busy server's memory
 * flat. Nothing a what-if does is stored.
 *
 * <p>A request on the session's own what-if takes no lock shared with other sessions (docs/web.md#load): it reads
 * the session's what-if, marks it used and works under that what-if's own lock. The shared lock is taken to open or
 * close one, and to look for idle ones at most once per {@link #SWEEP_EVERY_MS}.
 */
final class WhatIfs {

    /** How often, at most, a request looks for idle what-ifs to close (opening one always looks). */
    static final long SWEEP_EVERY_MS = 1_000;

    /** One open what-if: a department-year (at a revision), its session and its score before any change. */
    static final class Open {
        final String department;
        final int year;
        final int revision;
        final WhatIf session;
        final Result before;
        volatile long lastUsed;
        /** Set under this object's lock when it is closed: a request that finds it so opens another. */
        private volatile boolean closed;

        Open(String department, int year, int revision, WhatIf session, Result before, long now) {
            this.department = department;
            this.year = year;
            this.revision = revision;
            this.session = session;
            this.before = before;
            this.lastUsed = now;
        }

        boolean of(String dept, int y, int rev) {
            return department.equals(dept) && year == y && revision == rev;
        }

        /** Closes the rule session, after the request working on it (if any) is done. */
        void close() {
            synchronized (this) {
                if (!closed) {
                    closed = true;
                    session.close();
                }
            }
        }
    }

    /** Thrown when {@link #max} what-ifs are open and none is idle: the caller answers 503. */
    static final class Full extends RuntimeException {
        Full(int max) {
            super(WebLabels.t("whatif.full", "max", max));
        }
    }

    final int max;
    final long idleMs;
    private final LongSupplier clock;
    private final List<WebSession> holders = new ArrayList<>();
    /** Slots reserved by what-ifs being opened (outside the lock). */
    private int opening;
    private volatile long lastSweep;

    WhatIfs(int max, long idleMs, LongSupplier clock) {
        this.max = max;
        this.idleMs = idleMs;
        this.clock = clock;
        this.lastSweep = clock.getAsLong();
    }

    /**
     * Runs {@code work} on the session's what-if of that department-year, under the what-if's own lock (a what-if
     * is not thread-safe: two tabs of one login take turns); opened first when needed ({@link #of}).
     *
     * @param opener opens a new one
     * @throws Full when {@link #max} are open and busy
     */
    <T> T with(WebSession s, String dept, int year, int revision, Supplier<Open> opener, Function<Open, T> work) {
        while (true) {
            Open o = of(s, dept, year, revision, opener);
            synchronized (o) {
                if (!o.closed) {
                    return work.apply(o);
                }
            }
            // closed meanwhile (idle, logout, another department-year in a second tab): open it again
        }
    }

    /**
     * The session's what-if on that department-year, opened (replacing the session's other one) when needed. Opening
     * one builds a rule session from the stored files (the slow part): it runs outside this object's lock, in a slot
     * reserved first, so that the other sessions' what-ifs never wait for it.
     *
     * @param opener opens a new one
     * @throws Full when {@link #max} are open and busy
     */
    Open of(WebSession s, String dept, int year, int revision, Supplier<Open> opener) {
        long now = clock.getAsLong();
        Open mine = s.whatIf;
        if (mine != null && !mine.closed && mine.of(dept, year, revision)) {
            // the common case: no shared lock but, once a second, the look for idle ones
            mine.lastUsed = now;
            if (now - lastSweep >= SWEEP_EVERY_MS) {
                synchronized (this) {
                    sweep(now);
                }
            }
            return mine;
        }
        synchronized (this) {
            sweep(now);
            if (s.whatIf != null && !s.whatIf.closed && s.whatIf.of(dept, year, revision)) {
                s.whatIf.lastUsed = now;
                return s.whatIf;
            }
            drop(s);
            if (holders.size() + opening >= max) {
                throw new Full(max);
            }
            opening++;
        }
        Open o = null;
        try {
            o = opener.get();
        } finally {
            synchronized (this) {
                opening--;
                if (o != null) {
                    if (s.whatIf != null) {
                        // the same web session opened another meanwhile (two tabs): the later one wins
                        drop(s);
                    }
                    o.lastUsed = clock.getAsLong();
                    s.whatIf = o;
                    holders.add(s);
                }
            }
        }
        return o;
    }

    /** Closes the session's what-if, if any (logout, expiry). */
    synchronized void drop(WebSession s) {
        Open o = s.whatIf;
        s.whatIf = null;
        holders.remove(s);
        if (o != null) {
            o.close();
        }
    }

    /** How many are open. */
    synchronized int open() {
        return holders.size();
    }

    private void sweep(long now) {
        lastSweep = now;
        for (WebSession s : List.copyOf(holders)) {
            Open o = s.whatIf;
            if (o == null || now - o.lastUsed > idleMs) {
                drop(s);
            }
        }
    }

    synchronized void closeAll() {
        for (WebSession s : List.copyOf(holders)) {
            drop(s);
        }
    }
}
