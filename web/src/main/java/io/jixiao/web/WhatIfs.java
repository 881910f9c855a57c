package io.jixiao.web;

import io.jixiao.api.Result;
import io.jixiao.api.WhatIf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The open what-if sessions: at most one per web session, at most {@link #max} in all, each closed after
 * {@link #idleMs} without use. A what-if holds a Drools session in memory; these bounds keep a busy server's memory
 * flat. Nothing a what-if does is stored.
 */
final class WhatIfs {

    /** One open what-if: a department-year (at a revision), its session and its score before any change. */
    static final class Open {
        final String department;
        final int year;
        final int revision;
        final WhatIf session;
        final Result before;
        long lastUsed;

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
    }

    /** Thrown when {@link #max} what-ifs are open and none is idle: the caller answers 503. */
    static final class Full extends RuntimeException {
        Full(int max) {
            super("所有 " + max + " 个假设分析会话都在使用中，请稍后再试");
        }
    }

    final int max;
    final long idleMs;
    private final LongSupplier clock;
    private final List<WebSession> holders = new ArrayList<>();
    /** Slots reserved by what-ifs being opened (outside the lock). */
    private int opening;

    WhatIfs(int max, long idleMs, LongSupplier clock) {
        this.max = max;
        this.idleMs = idleMs;
        this.clock = clock;
    }

    /**
     * The session's what-if on that department-year, opened (replacing the session's other one) when needed. Opening
     * one builds a rule session from the stored files (the slow part): it runs outside this object's lock, in a slot
     * reserved first, so that the other sessions' what-ifs never wait for it.
     *
     * @param opener opens a new one
     * @throws Full when {@link #max} are open and busy
     */
    Open of(WebSession s, String dept, int year, int revision, java.util.function.Supplier<Open> opener) {
        synchronized (this) {
            long now = clock.getAsLong();
            sweep(now);
            if (s.whatIf != null && s.whatIf.of(dept, year, revision)) {
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
        if (s.whatIf != null) {
            s.whatIf.session.close();
            s.whatIf = null;
        }
        holders.remove(s);
    }

    /** How many are open. */
    synchronized int open() {
        return holders.size();
    }

    private void sweep(long now) {
        for (WebSession s : List.copyOf(holders)) {
            if (s.whatIf == null || now - s.whatIf.lastUsed > idleMs) {
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
