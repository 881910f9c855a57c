package io.jixiao.spark;

import io.jixiao.problem.KpiException;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.Csv;
import io.jixiao.report.recheck.ReviewCsv;
import io.jixiao.report.recheck.ReviewHtml;
import io.jixiao.report.recheck.ReviewJson;
import io.jixiao.report.recheck.ReviewText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import io.jixiao.cli.CliTexts;
import io.jixiao.cli.LanguageOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao-spark review INPUT}: jixiao review as a Spark job, the same report. */
@Command(name = "review", mixinStandardHelpOptions = true)
final class ReviewJobCommand implements Callable<Integer> {

    enum Format { table, json, csv, html }

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "INPUT")
    String input;

    @Option(names = "--input-format", paramLabel = "KIND")
    SparkReview.InputKind kind;

    @Option(names = "--master", paramLabel = "URL")
    String master;

    @Option(names = "--partitions", paramLabel = "N")
    Integer partitions;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE")
    Path out;

    @Option(names = "--parquet", paramLabel = "DIR")
    String parquet;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--profile", paramLabel = "P")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--lenient")
    boolean lenient;

    @Option(names = "--allow-missing")
    boolean allowMissing;

    @Option(names = "--root", paramLabel = "ROOT")
    String root;

    @Option(names = "--table", paramLabel = "TABLE")
    String table;

    @Option(names = "--user", paramLabel = "USER")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR")
    String passwordEnv;

    @Option(names = "--password-stdin")
    boolean passwordStdin;

    @Option(names = "--partition-column", paramLabel = "COLUMN")
    String partitionColumn;

    @Override
    public Integer call() {
        if (partitions != null && partitions < 1) {
            throw new ParameterException(spec.commandLine(), SparkProblems.text("usage.partitions", "partitions",
                    partitions));
        }
        SparkReview.InputKind k = kind != null ? kind : kindOf(input);
        JdbcTable.Jdbc jdbc = k == SparkReview.InputKind.jdbc ? jdbc() : null;
        if (k != SparkReview.InputKind.jdbc) {
            for (String[] given : new String[][] {{"--table", table}, {"--user", user}, {"--password-env", passwordEnv},
                    {"--password-stdin", passwordStdin ? "" : null}, {"--partition-column", partitionColumn}}) {
                if (given[1] != null) {
                    throw usage(k == SparkReview.InputKind.tree && given[0].equals("--table")
                            ? SparkProblems.text("usage.table", "input", input)
                            : SparkProblems.text("usage.jdbc.only", "option", given[0]));
                }
            }
        }
        if (root != null && k == SparkReview.InputKind.tree) {
            throw usage(SparkProblems.text("usage.root"));
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
            SparkReview.Job job = new SparkReview.Job(input, k, n, profile, rules, lenient, allowMissing, parquet,
                    force, root, jdbc);
            SparkReview review = new SparkReview(spark);
            report = review.run(job);
            if (!review.rulebooks().isEmpty()) {
                err.println(SparkProblems.text("rulebooks", "count", review.rulebooks().size(), "jvms",
                        String.join(", ", review.rulebooks())));
            }
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
                err.println(CliTexts.text("wrote.review", "file", out, "scored", report.ranking().size(), "failed",
                        report.failed().size(), "findings", report.findings().size()));
            }
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return io.jixiao.cli.Main.BAD_INPUT;
        }
        if (parquet != null) {
            err.println(SparkProblems.text("wrote.parquet", "dir", parquet, "indicators", report.indicators()));
        }
        if (report.anyCrashed()) {
            err.println(CliTexts.text("review.crashed", "count",
                    report.failed().stream().filter(d -> d.crashed()).count()));
            return io.jixiao.cli.Main.INTERNAL;
        }
        if (!report.failed().isEmpty()) {
            err.println(CliTexts.text("review.failed", "count", report.failed().size()));
            return io.jixiao.cli.Main.BAD_INPUT;
        }
        return 0;
    }

    /**
     * The JDBC settings of a JDBC INPUT: its table, user and password (from the environment or the standard input;
     * never from the command line, so never in the process list or the shell's history).
     */
    private JdbcTable.Jdbc jdbc() {
        if (JdbcTable.hasPassword(input)) {
            throw usage(SparkProblems.text("usage.url.password"));
        }
        if (table == null || table.isBlank()) {
            throw usage(SparkProblems.text("usage.jdbc", "input", input));
        }
        if (passwordEnv != null && passwordStdin) {
            throw usage(SparkProblems.text("usage.password.both"));
        }
        String password = null;
        if (passwordEnv != null) {
            password = Main.environment().get(passwordEnv);
            if (password == null) {
                throw usage(SparkProblems.text("usage.password.env", "name", passwordEnv));
            }
        } else if (passwordStdin) {
            try {
                password = new BufferedReader(new InputStreamReader(Main.stdin(), StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                password = null;
            }
            if (password == null) {
                throw usage(SparkProblems.text("usage.password.stdin"));
            }
        }
        return new JdbcTable.Jdbc(table, user, password, partitionColumn);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * jdbc for a {@code jdbc:} URL; parquet or csv by the extension (a folder of Parquet files named *.parquet too),
     * else a folder tree.
     */
    static SparkReview.InputKind kindOf(String input) {
        String n = input.toLowerCase(Locale.ROOT);
        if (n.startsWith("jdbc:")) {
            return SparkReview.InputKind.jdbc;
        }
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
