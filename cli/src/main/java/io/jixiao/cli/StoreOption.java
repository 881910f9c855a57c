package io.jixiao.cli;

import io.jixiao.problem.KpiException;
import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --db PATH|JDBC-URL}: the store a command reads or writes (docs/store.md#where), and the one way the store's
 * commands ({@code store}, {@code library}, {@code users}, {@code history}) open it: {@link #run}.
 */
final class StoreOption {

    /** What a command does with the open store. */
    @FunctionalInterface
    interface Work {
        /** @return the command's exit code */
        int run(Store s);
    }

    @Option(names = "--db", paramLabel = "DB")
    String db;

    StoreLocation location() {
        return StoreLocation.resolve(db, System.getenv());
    }

    /** Says on {@code err} where the copy of an older embedded store is, when opening it migrated it. */
    static void migrated(Store s, java.io.PrintWriter err) {
        s.backup().ifPresent(b -> err.println(CliTexts.text("store.migrated", "backup", b)));
    }

    /** Opens the store (migrating it forward); coded errors when it is busy, newer, unreachable … */
    Store open() {
        return Store.open(location());
    }

    /**
     * Opens the store, says where the copy of an older embedded store went when opening migrated it, runs
     * {@code work} and closes the store. A coded error — the store's (busy, newer, unreachable …) or the work's — is
     * printed on stderr, one finding a line, and is exit {@link Main#BAD_INPUT}.
     */
    int run(CommandSpec spec, Work work) {
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = open()) {
            migrated(s, err);
            return work.run(s);
        } catch (KpiException e) {
            return failed(spec, e);
        } finally {
            spec.commandLine().getOut().flush();
        }
    }

    /** A coded error printed on stderr, one finding a line: exit {@link Main#BAD_INPUT}. */
    static int failed(CommandSpec spec, KpiException e) {
        e.findings().forEach(f -> spec.commandLine().getErr().println(f.render()));
        return Main.BAD_INPUT;
    }
}
