package io.jixiao.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Login throttling: after {@link #FAILURES} failed logins in a row for one name, that name is refused for
 * {@link #LOCK_MS} ms (a further failure meanwhile starts the wait again); a successful login clears the count.
 */
final class Throttle {

    static final int FAILURES = 5;
    static final long LOCK_MS = 60_000;

    private record State(int failures, long lockedUntil) {
    }

    private final Map<String, State> byName = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    Throttle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Milliseconds the name must still wait, 0 when it may try. */
    long waitFor(String name) {
        State s = byName.get(name);
        return s == null ? 0 : Math.max(0, s.lockedUntil() - clock.getAsLong());
    }

    void failed(String name) {
        byName.compute(name, (k, s) -> {
            int n = s == null ? 1 : s.failures() + 1;
            return new State(n, n >= FAILURES ? clock.getAsLong() + LOCK_MS : 0);
        });
    }

    void succeeded(String name) {
        byName.remove(name);
    }
}
