package io.jixiao.spark;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/**
 * The findings of the Spark job that {@code jixiao review} has no reason to raise (KPI-0701, KPI-0702): a table of
 * departments without a column the job needs, two rows for one department-year. Texts in
 * {@code io/jixiao/spark/messages.properties}.
 */
public final class SparkProblems {

    private static final Catalogue M = Catalogue.of(SparkProblems.class);

    private SparkProblems() {
    }

    public static Finding missingColumn(String table, String column, String columns) {
        return M.error("KPI-0701", Location.of(table), "column", column, "columns", columns);
    }

    public static Finding duplicateFolder(String folder) {
        return M.error("KPI-0702", Location.of(folder));
    }
}
