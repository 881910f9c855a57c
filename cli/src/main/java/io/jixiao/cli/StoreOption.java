package io.jixiao.cli;

import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import picocli.CommandLine.Option;

/** {@code --db PATH|JDBC-URL}: the store a command reads or writes (docs/store.md#where). */
final class StoreOption {

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
}
