package io.jixiao.store;

import io.jixiao.pipeline.Options;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A separate JVM for the tests that need one ({@link CrashTest}, the busy store of {@link StoreFailureModesTest}):
 * {@code hold STORE} opens a store and keeps it open; {@code import STORE DIR N} imports DIR with one worker and
 * stops inside the N-th department-year's transaction, before its commit (an embedded store is checkpointed there
 * first, so that the file holds the earlier commits and the open transaction's rows). It reports on standard output, one line
 * at a time, so that the test knows when to kill it.
 */
public final class StoreChild {

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StoreLocation where = StoreLocation.resolve(args[1], Map.of());
        switch (args[0]) {
            case "hold" -> {
                try (Store s = Store.open(where)) {
                    out.println("holding");
                    Thread.sleep(600_000);
                }
            }
            case "import" -> {
                int stopAt = Integer.parseInt(args[3]);
                AtomicInteger n = new AtomicInteger();
                try (Store s = Store.open(where)) {
                    new Importer(s, Options.defaults(), 1, folder -> {
                        int i = n.incrementAndGet();
                        if (i == stopAt && s.location().embedded()) {
                            // imports write with a delay: everything so far goes into the file now — the commits
                            // before and this open transaction's rows with their undo log — so that the kill finds
                            // both on disk
                            s.read(h -> h.execute("CHECKPOINT"));
                        }
                        out.println("in-transaction " + i + " " + folder);
                        if (i == stopAt) {
                            sleep();
                        }
                    }).run(List.of(Path.of(args[2])), o -> out.println("stored " + o.folder()));
                }
                out.println("done");
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
