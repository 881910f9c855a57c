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
 * {@code actuals} (the two YAML texts), and optionally {@code targets_file} and {@code actuals_file}: the names
 * findings give the two files (where they came from), by default {@code folder/targets.yaml} and
 * {@code folder/actuals.yaml}. Other columns are ignored. A row without actuals is a department that has not
 * handed them in (KPI-0325), as in review.
 */
final class TableInput {

    /** The columns the job reads. */
    static final List<String> COLUMNS = List.of("folder", "targets", "actuals");

    /** The optional columns: the files' names in findings. */
    static final List<String> NAMES = List.of("targets_file", "actuals_file");

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
        List<org.apache.spark.sql.Column> columns = new java.util.ArrayList<>(List.of(
                functions.coalesce(functions.col("folder").cast("string"), functions.lit("")).as("folder"),
                functions.col("targets").cast("string"), functions.col("actuals").cast("string")));
        for (String c : NAMES) {
            columns.add(have.contains(c) ? functions.col(c).cast("string") : functions.lit(null).cast("string").as(c));
        }
        return table.select(columns.toArray(org.apache.spark.sql.Column[]::new))
                .repartition(partitions, functions.col("folder")).sortWithinPartitions("folder")
                .javaRDD().map(TableInput::department);
    }

    static DepartmentInput department(Row row) {
        String folder = row.getString(0);
        String targets = row.getString(1);
        String actuals = row.getString(2);
        String prefix = folder.isEmpty() || folder.equals(".") ? "" : folder + "/";
        String targetsFile = row.isNullAt(3) ? prefix + "targets.yaml" : row.getString(3);
        String actualsFile = row.isNullAt(4) ? prefix + "actuals.yaml" : row.getString(4);
        return new DepartmentInput(folder, folder.isEmpty() ? "." : folder, Doc.text(targetsFile, targets),
                actuals == null ? List.of() : List.of(Doc.text(actualsFile, actuals)));
    }
}
