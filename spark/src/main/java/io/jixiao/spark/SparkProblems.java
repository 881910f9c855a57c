package io.jixiao.spark;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/**
 * The findings of the Spark job that {@code jixiao review} has no reason to raise (KPI-0701…0705): a table of
 * departments without a column the job needs, two rows for one department-year, a JDBC table that cannot be read,
 * a row without its folder or its targets text. Texts in
 * {@code io/jixiao/spark/messages.properties}.
 */
public final class SparkProblems {

    private static final Catalogue M = Catalogue.of(SparkProblems.class);
    private static final Catalogue T = Catalogue.of(SparkProblems.class, "texts");

    private SparkProblems() {
    }

    public static Finding missingColumn(String table, String column, String columns) {
        return M.error("KPI-0701", Location.of(table), "column", column, "columns", columns);
    }

    /** A text of jixiao-spark that is not a finding (io/jixiao/spark/texts.properties), in the run's language. */
    static String text(String key, Object... nameValuePairs) {
        return T.text(key, nameValuePairs);
    }

    public static Finding duplicateFolder(String folder) {
        return M.error("KPI-0702", Location.of(folder));
    }

    /** The JDBC table cannot be read (no connection, no such table or column): the whole input; never the password. */
    public static Finding jdbcUnreadable(String table, String reason) {
        return M.error("KPI-0703", Location.of(table), "reason", reason);
    }

    /** A row whose folder is NULL or blank, located at the table (the row has no other name). */
    public static Finding rowWithoutFolder(String table) {
        return M.error("KPI-0704", Location.of(table));
    }

    /** A row whose targets text is NULL, located at the name its targets file would have. */
    public static Finding rowWithoutTargets(String targetsFile) {
        return M.error("KPI-0705", Location.of(targetsFile));
    }
}
