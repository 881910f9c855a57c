package io.jixiao.spark;

import io.jixiao.problem.KpiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A table of departments in a database, read with Spark's JDBC source: the same columns as a Parquet or CSV table
 * ({@link TableInput}). Read by the executors in parallel when a partition column is given: the driver asks the
 * table for the column's smallest and largest values, and Spark reads {@code partitions} slices of that range, one
 * query (and connection) each; without one, a single query reads the whole table. The password comes from the
 * environment or the standard input (never the command line), travels to the executors inside the job as Spark's
 * JDBC options do, and is never shown: not in {@link #shown}, not in {@link Jdbc#toString}.
 */
public final class JdbcTable {

    /**
     * Where the departments are in the database.
     *
     * @param table           the table (or a view; anything Spark's {@code dbtable} takes)
     * @param user            the database user, or null (the URL's or the driver's default)
     * @param password        the password, or null; never shown
     * @param partitionColumn a numeric, date or timestamp column to split the reads by, or null for one query
     */
    public record Jdbc(String table, String user, String password, String partitionColumn) {

        @Override
        public String toString() {
            return "Jdbc[table=" + table + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                    + ", partitionColumn=" + partitionColumn + "]";
        }
    }

    private JdbcTable() {
    }

    /** How findings and the report name a JDBC table: the URL without its parameters, and the table. */
    static String shown(String url, String table) {
        int q = url.indexOf('?');
        return (q < 0 ? url : url.substring(0, q)) + "?table=" + table;
    }

    /** Whether a JDBC URL carries a password (password=… in its parameters, any letter case). */
    static boolean hasPassword(String url) {
        return url.toLowerCase(java.util.Locale.ROOT).matches("(?s).*[?&;:]password=.*");
    }

    /**
     * The table as Spark reads it (lazily: the rows are read by the tasks; its columns, and the partition column's
     * range, are asked here, on the driver).
     *
     * @throws KpiException KPI-0703 when the database cannot be reached or the table (or the partition column)
     *                      cannot be read
     */
    static Dataset<Row> read(SparkSession spark, String url, Jdbc jdbc, int partitions) {
        String shown = shown(url, jdbc.table());
        try {
            if (jdbc.partitionColumn() != null) {
                Row range = reader(spark, url, jdbc).option("query", "SELECT MIN(" + jdbc.partitionColumn() + "), MAX("
                        + jdbc.partitionColumn() + ") FROM " + jdbc.table()).load().first();
                String lower = bound(range.get(0), RoundingMode.FLOOR);
                String upper = bound(range.get(1), RoundingMode.CEILING);
                if (lower != null && upper != null && !lower.equals(upper) && partitions > 1) {
                    return reader(spark, url, jdbc).option("dbtable", jdbc.table())
                            .option("partitionColumn", jdbc.partitionColumn()).option("lowerBound", lower)
                            .option("upperBound", upper).option("numPartitions", partitions).load();
                }
            }
            // no partition column, an empty table, or one value: one query
            return reader(spark, url, jdbc).option("dbtable", jdbc.table()).load();
        } catch (Exception e) { // Spark's AnalysisException and SparkException, thrown unchecked from Scala
            String reason = reason(e);
            if (jdbc.password() != null && !jdbc.password().isEmpty()) {
                reason = reason.replace(jdbc.password(), "***"); // whatever a driver's message might quote
            }
            throw new KpiException(SparkProblems.jdbcUnreadable(shown, reason));
        }
    }

    private static DataFrameReader reader(SparkSession spark, String url, Jdbc jdbc) {
        // the rows hold whole YAML texts: a moderate fetch size, not the driver's default (all rows, for PostgreSQL)
        DataFrameReader r = spark.read().format("jdbc").option("url", url).option("fetchsize", 100);
        if (jdbc.user() != null) {
            r = r.option("user", jdbc.user());
        }
        if (jdbc.password() != null) {
            r = r.option("password", jdbc.password());
        }
        return r;
    }

    /** A bound of the partition column as Spark's JDBC source takes it: a whole number, or a date or timestamp. */
    private static String bound(Object value, RoundingMode rounding) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.setScale(0, rounding).toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).setScale(0, rounding).toPlainString();
        }
        return value.toString();
    }

    /** The innermost message (the database's or the driver's own words), without the stack. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.strip().replaceAll("\\s+", " ");
    }
}
