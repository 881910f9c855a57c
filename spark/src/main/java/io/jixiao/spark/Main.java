package io.jixiao.spark;

import io.jixiao.cli.ConsoleEncoding;
import io.jixiao.cli.LanguageOption;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code jixiao-spark}: jixiao's 复核 of many departments as an Apache Spark job. {@code ./jixiao-spark} runs it in
 * local mode with Spark on the class path; {@code spark-submit} runs the same jar (spark/target/jixiao-spark.jar)
 * on YARN or Kubernetes (docs/spark.md). Its help is in io/jixiao/spark/help.properties (and _zh), in front of
 * the command line's; {@code --lang} and the language's variables choose the language as for {@code jixiao}.
 */
@Command(name = "jixiao-spark", mixinStandardHelpOptions = true, versionProvider = io.jixiao.cli.Main.Version.class,
        subcommands = {ReviewJobCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** The base name of jixiao-spark's help bundle. */
    static final String HELP = "io.jixiao.spark.help";

    @Mixin
    LanguageOption language;

    /** The standard input and the environment of the run (a test gives its own): --password-stdin, --password-env. */
    private static volatile InputStream stdin = System.in;
    private static volatile Map<String, String> environment = System.getenv();

    static InputStream stdin() {
        return stdin;
    }

    static Map<String, String> environment() {
        return environment;
    }

    public static void main(String[] args) {
        stdin = System.in;
        environment = System.getenv();
        System.exit(io.jixiao.cli.Main.run(new CommandLine(new Main()), args, System.getenv(), System.in,
                io.jixiao.cli.Main.console(System.out, ConsoleEncoding.Stream.OUT),
                io.jixiao.cli.Main.console(System.err, ConsoleEncoding.Stream.ERR), HELP));
    }

    /** Runs one command line in the language the environment chooses; tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.getenv(), out, err);
    }

    /** Runs one command line with {@code env} as the environment (the language's variables). */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, env, System.in, out, err);
    }

    /** Runs one command line with {@code env} as the environment and {@code in} as the standard input. */
    public static synchronized int run(String[] args, Map<String, String> env, InputStream in, PrintWriter out,
                                       PrintWriter err) {
        stdin = in;
        environment = env;
        try {
            return io.jixiao.cli.Main.run(new CommandLine(new Main()), args, env, in, out, err, HELP);
        } finally {
            stdin = System.in;
            environment = System.getenv();
        }
    }
}
