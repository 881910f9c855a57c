package io.jixiao.cli;

import java.io.Console;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, drawn only when the process runs on a terminal ({@link #terminal()})
 * and the run is long enough to want one; otherwise it does nothing, so that logs and pipes stay clean.
 * {@link #done(int)} may be called from any thread; redraws are throttled to ten a second.
 */
public final class Progress implements AutoCloseable {

    /** Runs with fewer items finish too fast to need a bar. */
    static final int MIN_ITEMS = 20;
    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String label;
    private int total;
    private boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int last;
    /** Closed: nothing is drawn any more (a run that failed may have workers still finishing a department). */
    private boolean closed;

    private Progress(PrintWriter err, String label, int total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
    }

    public static Progress onTerminal(PrintWriter err, String label, int total) {
        return new Progress(err, label, total, terminal() && total >= MIN_ITEMS);
    }

    /**
     * A bar for a run whose number of items is known only once it has started (the folders of a bureau, handed to
     * the workers as they are found): nothing is drawn until {@link #total} says how many.
     *
     * @param err   where the bar is drawn
     * @param label the run's name, before the bar
     * @return a bar that draws nothing yet
     */
    public static Progress onTerminal(PrintWriter err, String label) {
        return new Progress(err, label, 0, false);
    }

    /**
     * The number of items, once known; a bar made without it draws from now on (on a terminal, for a long run).
     *
     * @param count how many items the run has
     */
    public synchronized void total(int count) {
        total = count;
        enabled = err != null && terminal() && count >= MIN_ITEMS;
    }

    /**
     * True on a terminal. Up to Java 21 {@code System.console()} is null when the process is not attached to one;
     * from Java 22 it may return a console anyway, and {@code Console.isTerminal()} (looked up reflectively, as
     * jixiao builds for 17) says whether it is one.
     */
    static boolean terminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17–21: a console exists only on a terminal
        }
    }

    public static Progress none() {
        return new Progress(null, "", 0, false);
    }

    public synchronized void done(int count) {
        if (!enabled || closed || count <= last) {
            return;
        }
        last = count;
        long now = System.nanoTime();
        if (count < total && now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * count / total);
        double seconds = (now - start) / 1e9;
        err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + count + "/" + total
                + String.format(" %.1fs", seconds));
        err.flush();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (enabled && last > 0) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
