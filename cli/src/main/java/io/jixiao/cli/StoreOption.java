package io.jixiao.cli;

import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import picocli.CommandLine.Option;

/** {@code --db PATH|JDBC-URL}: the store a command reads or writes (docs/store.md#where). */
final class StoreOption {

    @Option(names = "--db", paramLabel = "DB", description = "the store: an H2 file path or a jdbc:postgresql:// URL"
            + " (default: $JIXIAO_DB, else jixiao/jixiao.mv.db in the user's data folder)")
    String db;

    StoreLocation location() {
        return StoreLocation.resolve(db, System.getenv());
    }

    /** Opens the store (migrating it forward); coded errors when it is busy, newer, unreachable … */
    Store open() {
        return Store.open(location());
    }
}
