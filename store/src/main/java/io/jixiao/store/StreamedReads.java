package io.jixiao.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A statement whose rows come in batches rather than all at once: the Java migrations that fold a child table into
 * documents read every row of it in order. PostgreSQL's driver otherwise loads a whole result before the first row
 * (the `indicator` table of a bureau's store is ~100 rows per department-year, with their texts: gigabytes over
 * years); with a fetch size, inside the migration's transaction (autocommit off), it reads through a cursor. H2
 * spills large results to disk either way.
 */
final class StreamedReads {

    /** Rows fetched at a time. */
    static final int FETCH = 1_000;

    private StreamedReads() {
    }

    /** A statement on {@code c} that fetches {@link #FETCH} rows at a time; the caller closes it. */
    static Statement statement(Connection c) throws SQLException {
        Statement s = c.createStatement();
        s.setFetchSize(FETCH);
        return s;
    }
}
