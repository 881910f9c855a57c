package io.jixiao.web;

import io.javalin.http.Context;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A request's own time as its {@code Server-Timing} header says it (docs/web.md#load): the wall time from the
 * handler's start ({@code whatif;dur=0.312}) and the CPU time the request's thread spent in it
 * ({@code cpu;dur=0.250}, when the JVM measures a thread's CPU time). Wall minus CPU is the time the request waited:
 * for a core, a lock or a garbage collection.
 */
final class Timing {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final long wall;
    private final long cpu;

    private Timing(long wall, long cpu) {
        this.wall = wall;
        this.cpu = cpu;
    }

    static Timing start() {
        return new Timing(System.nanoTime(), CPU ? THREADS.getCurrentThreadCpuTime() : -1);
    }

    /** Sets the header: {@code NAME;dur=WALL} and, when measured, {@code cpu;dur=CPU}, in milliseconds. */
    void header(Context ctx, String name) {
        ctx.header("Server-Timing", value(name, System.nanoTime() - wall,
                cpu < 0 ? -1 : THREADS.getCurrentThreadCpuTime() - cpu));
    }

    /** The header's value for these times in nanoseconds ({@code cpuNanos} negative: not measured). */
    static String value(String name, long wallNanos, long cpuNanos) {
        String v = String.format(Locale.ROOT, "%s;dur=%.3f", name, wallNanos / 1e6);
        return cpuNanos < 0 ? v : v + String.format(Locale.ROOT, ", cpu;dur=%.3f", cpuNanos / 1e6);
    }
}
