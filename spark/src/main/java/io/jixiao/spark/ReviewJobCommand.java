package io.jixiao.spark;

import io.jixiao.problem.KpiException;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.Csv;
import io.jixiao.report.recheck.ReviewCsv;
import io.jixiao.report.recheck.ReviewHtml;
import io.jixiao.report.recheck.ReviewJson;
import io.jixiao.report.recheck.ReviewText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao-spark review INPUT}: jixiao review as a Spark job, the same report. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Reviews (复核) every department of INPUT as jixiao review does — scored with the same rules,"
                + " the same ranking, grade distribution, category averages and 复核 findings, the same JSON — in a"
                + " Spark job: the departments are spread over partitions and each executor builds the rules once.",
                "INPUT is a folder tree of department folders (as for jixiao review) or a table of department-years"
                        + " (Parquet or CSV with the columns folder, targets, actuals: the two YAML texts), on any"
                        + " Hadoop file system (a local path, hdfs://…, s3a://…).",
                "A department that cannot be loaded or scored is reported with its coded errors (exit code 1).",
                "Example: jixiao-spark review indicators/ --master local[2] --format json -o review.json"})
final class ReviewJobCommand implements Callable<Integer> {

    enum Format { table, json, csv, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "the folder tree, or the table (.parquet, .csv)")
    String input;

    @Option(names = "--input-format", paramLabel = "KIND",
            description = "tree, parquet or csv (default: parquet or csv by INPUT's extension, else tree)")
    SparkReview.InputKind kind;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "partitions (tasks) the departments are spread over (default: 4 per core of the job)")
    Integer partitions;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), json, csv (one row per department) or html")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the report to FILE (atomically)")
    Path out;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "also write one row per department-year-table-indicator to DIR as Parquet")
    String parquet;

    @Option(names = "--force", description = "overwrite an existing output file (and --parquet folder)")
    boolean force;

    @Option(names = "--profile", paramLabel = "P",
            description = "national (default), hubei, sichuan, or a profile YAML; overrides the targets files' profile")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH", description = "extra DRL file or folder (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--lenient", description = "an unreadable 评（扣）分标准 is a warning and the default method scores")
    boolean lenient;

    @Option(names = "--allow-missing", description = "a missing actual scores 0 with a finding instead of failing")
    boolean allowMissing;

    @Override
    public Integer call() {
        if (partitions != null && partitions < 1) {
            throw new ParameterException(spec.commandLine(), "--partitions must be at least 1, not " + partitions);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out != null && !force && java.nio.file.Files.exists(out)) {
            err.println(io.jixiao.report.OutputProblems.outputExists(out.toString()).render());
            return io.jixiao.cli.Main.BAD_INPUT;
        }
        BureauReport report;
        SparkSession spark = Sessions.open(master, "jixiao review " + input);
        try {
            int n = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
            SparkReview.Job job = new SparkReview.Job(input, kind != null ? kind : kindOf(input), n, profile, rules,
                    lenient, allowMissing, parquet, force);
            report = new SparkReview(spark).run(job);
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return io.jixiao.cli.Main.BAD_INPUT;
        } finally {
            spark.stop();
        }
        String text = switch (format) {
            case table -> ReviewText.render(report);
            case json -> ReviewJson.render(report);
            case csv -> ReviewCsv.render(report);
            case html -> ReviewHtml.render(report);
        };
        try {
            if (out == null) {
                stdout.print(text);
                stdout.flush();
            } else {
                byte[] bytes = format == Format.csv ? Csv.fileBytes(text) : text.getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(out, bytes, force);
                err.println("jixiao-spark: wrote " + out + " (" + report.ranking().size() + " departments scored, "
                        + report.failed().size() + " failed, " + report.findings().size() + " 复核 findings)");
            }
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return io.jixiao.cli.Main.BAD_INPUT;
        }
        if (parquet != null) {
            err.println("jixiao-spark: wrote the indicator rows to " + parquet + " (Parquet, " + report.indicators()
                    + " indicators of scored departments)");
        }
        if (report.anyCrashed()) {
            err.println("jixiao-spark: internal error in " + report.failed().stream().filter(d -> d.crashed()).count()
                    + " department(s); see the report");
            return io.jixiao.cli.Main.INTERNAL;
        }
        if (!report.failed().isEmpty()) {
            err.println("jixiao-spark: " + report.failed().size()
                    + " department(s) could not be scored; see the report");
            return io.jixiao.cli.Main.BAD_INPUT;
        }
        return 0;
    }

    /** parquet or csv by the extension (a folder of Parquet files named *.parquet too), else a folder tree. */
    static SparkReview.InputKind kindOf(String input) {
        String n = input.toLowerCase(Locale.ROOT);
        while (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.endsWith(".parquet")) {
            return SparkReview.InputKind.parquet;
        }
        if (n.endsWith(".csv")) {
            return SparkReview.InputKind.csv;
        }
        return SparkReview.InputKind.tree;
    }
}
