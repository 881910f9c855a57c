package io.jixiao.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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

    /** One row of a child table, read from the result's current row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** What is done with a parent's rows, all of them, in their order. */
    @FunctionalInterface
    interface Parent<T> {
        void write(long parent, List<T> rows) throws SQLException;
    }

    /**
     * The rows of {@code select} — its first column the parent's id, ordered by it (then by the ordinal) — read through
     * {@link #statement} and handed to {@code write} one parent at a time; only that parent's rows are held.
     */
    static <T> void byParent(Connection c, String select, Row<T> row, Parent<T> write) throws SQLException {
        try (Statement read = statement(c); ResultSet rs = read.executeQuery(select)) {
            long parent = -1;
            List<T> found = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != parent && parent >= 0) {
                    write.write(parent, found);
                    found.clear();
                }
                parent = id;
                found.add(row.read(rs));
            }
            if (parent >= 0) {
                write.write(parent, found);
            }
        }
    }
}
