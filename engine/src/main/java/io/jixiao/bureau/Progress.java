package io.jixiao.bureau;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal ({@code System.console() != null})
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
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int last;

    private Progress(PrintWriter err, String label, int total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
    }

    public static Progress onTerminal(PrintWriter err, String label, int total) {
        return new Progress(err, label, total, System.console() != null && total >= MIN_ITEMS);
    }

    public static Progress none() {
        return new Progress(null, "", 0, false);
    }

    public synchronized void done(int count) {
        if (!enabled || count <= last) {
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
        if (enabled && last > 0) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
