package io.jixiao.spark;

import io.jixiao.problem.KpiException;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A table of departments (Parquet or CSV, on any Hadoop file system): one row per department-year with the columns
 * {@code folder} (its key, like a department folder relative to review's root), {@code targets} and
 * {@code actuals} (the two YAML texts). Other columns are ignored. Findings name the files
 * {@code folder/targets.yaml} and {@code folder/actuals.yaml}; a row without actuals is a department that has not
 * handed them in (KPI-0325), as in review.
 */
final class TableInput {

    /** The columns the job reads. */
    static final List<String> COLUMNS = List.of("folder", "targets", "actuals");

    enum Format { parquet, csv }

    private TableInput() {
    }

    /**
     * The rows, partitioned by folder (so that the rows of one folder meet in one task) and sorted by it there.
     *
     * @throws KpiException KPI-0701 when a needed column is missing
     */
    static JavaRDD<DepartmentInput> read(SparkSession spark, String path, Format format, int partitions) {
        Dataset<Row> table = switch (format) {
            case parquet -> spark.read().parquet(path);
            case csv -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .option("encoding", "UTF-8").csv(path);
        };
        List<String> have = Arrays.asList(table.columns());
        for (String c : COLUMNS) {
            if (!have.contains(c)) {
                throw new KpiException(SparkProblems.missingColumn(path, c, String.join(", ", have)));
            }
        }
        return table.select(functions.coalesce(functions.col("folder").cast("string"), functions.lit("")).as("folder"),
                        functions.col("targets").cast("string"), functions.col("actuals").cast("string"))
                .repartition(partitions, functions.col("folder")).sortWithinPartitions("folder")
                .javaRDD().map(TableInput::department);
    }

    static DepartmentInput department(Row row) {
        String folder = row.getString(0);
        String targets = row.getString(1);
        String actuals = row.getString(2);
        String prefix = folder.isEmpty() || folder.equals(".") ? "" : folder + "/";
        return new DepartmentInput(folder, folder.isEmpty() ? "." : folder, Doc.text(prefix + "targets.yaml", targets),
                actuals == null ? List.of() : List.of(Doc.text(prefix + "actuals.yaml", actuals)));
    }
}
