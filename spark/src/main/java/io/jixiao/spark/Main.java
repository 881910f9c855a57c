package io.jixiao.spark;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code jixiao-spark}: jixiao's 复核 of many departments as an Apache Spark job. {@code ./jixiao-spark} runs it in
 * local mode with Spark on the class path; {@code spark-submit} runs the same jar (spark/target/jixiao-spark.jar)
 * on YARN or Kubernetes (docs/spark.md).
 */
@Command(name = "jixiao-spark", mixinStandardHelpOptions = true, versionProvider = io.jixiao.cli.Main.Version.class,
        description = "jixiao review (复核) of many departments as an Apache Spark job: the same report as"
                + " jixiao review, from a folder tree or a table of department-years on any Hadoop file system.",
        subcommands = {ReviewJobCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok · 1 bad input · 2 usage · 3 internal error"})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args, io.jixiao.cli.Main.utf8(System.out), io.jixiao.cli.Main.utf8(System.err)));
    }

    /** Runs one command line; tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return io.jixiao.cli.Main.run(new CommandLine(new Main()), args, out, err);
    }
}
