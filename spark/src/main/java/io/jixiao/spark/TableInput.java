package io.jixiao.spark;

import io.jixiao.problem.KpiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A table of departments (Parquet or CSV on any Hadoop file system, or a database table through JDBC): one row per
 * department-year with the columns {@code folder} (its key, like a department folder relative to review's root),
 * {@code targets} and {@code actuals} (the two YAML texts), and optionally {@code targets_file} and
 * {@code actuals_file}: the names findings give the two files (where they came from), by default
 * {@code folder/targets.yaml} and {@code folder/actuals.yaml}. Column names in any letter case (a database may
 * upper-case them); other columns are ignored. A row without actuals is a department that has not handed them in
 * (KPI-0325), as in review; a row without a folder (KPI-0704) or without targets (KPI-0705) is a failed row.
 *
 * <p>With a root ({@code --root R}), the departments are named as if their folders were under R, as
 * {@code jixiao review R} names them: the folder {@code R/folder}, the files {@code R/folder/targets.yaml} (or
 * {@code R/} and the file column's name).
 */
final class TableInput {

    /** The columns the job reads. */
    static final List<String> COLUMNS = List.of("folder", "targets", "actuals");

    /** The optional columns: the files' names in findings. */
    static final List<String> NAMES = List.of("targets_file", "actuals_file");

    enum Format { parquet, csv }

    private TableInput() {
    }

    /** A Parquet or CSV table (a file or a folder of part files), as Spark reads it. */
    static Dataset<Row> load(SparkSession spark, String path, Format format) {
        return switch (format) {
            case parquet -> spark.read().parquet(path);
            case csv -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .option("encoding", "UTF-8").csv(path);
        };
    }

    /**
     * The rows, partitioned by folder (so that the rows of one folder meet in one task) and sorted by it there.
     *
     * @param shown how findings name the table (KPI-0701, KPI-0704)
     * @param root  the root the departments are named under, or null: their folders as they are
     * @throws KpiException KPI-0701 when a needed column is missing
     */
    static JavaRDD<DepartmentInput> departments(Dataset<Row> table, String shown, String root, int partitions) {
        Map<String, String> have = new TreeMap<>();
        for (String c : table.columns()) {
            have.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
        }
        for (String c : COLUMNS) {
            if (!have.containsKey(c)) {
                throw new KpiException(SparkProblems.missingColumn(shown, c, String.join(", ", table.columns())));
            }
        }
        List<Column> columns = new ArrayList<>(List.of(
                functions.coalesce(table.col(have.get("folder")).cast("string"), functions.lit(""))
                        .as("folder"),
                table.col(have.get("targets")).cast("string").as("targets"),
                table.col(have.get("actuals")).cast("string").as("actuals")));
        for (String c : NAMES) {
            columns.add(have.containsKey(c) ? table.col(have.get(c)).cast("string").as(c)
                    : functions.lit(null).cast("string").as(c));
        }
        return table.select(columns.toArray(Column[]::new))
                .repartition(partitions, functions.col("folder")).sortWithinPartitions("folder")
                .javaRDD().map(row -> department(row, shown, root));
    }

    static DepartmentInput department(Row row, String shown, String root) {
        String folder = row.getString(0).isBlank() ? "" : row.getString(0);
        String targets = row.getString(1);
        String actuals = row.getString(2);
        TreeInput.Located at = root == null ? null : TreeInput.Located.of(root);
        String prefix = folder.isEmpty() || folder.equals(".") ? "" : folder + "/";
        String targetsFile = named(at, row.isNullAt(3) ? prefix + "targets.yaml" : row.getString(3));
        String actualsFile = named(at, row.isNullAt(4) ? prefix + "actuals.yaml" : row.getString(4));
        String dir = folder.isEmpty() ? shown : at != null ? at.name(folder.equals(".") ? "" : folder) : folder;
        return new DepartmentInput(folder, dir, targets == null ? Doc.missing(targetsFile) : Doc.text(targetsFile,
                targets), actuals == null ? List.of() : List.of(Doc.text(actualsFile, actuals)));
    }

    private static String named(TreeInput.Located root, String relative) {
        return root == null ? relative : root.name(relative);
    }
}
