package io.jixiao.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code generate} and {@code bench} live in jixiao-tools (tools/target/jixiao-tools.jar), never in this jar;
 * the launcher {@code ./jixiao} hands them over. Here they are listed in the help as before and, when called,
 * say where they are. Their summaries are shared with the real commands.
 */
public final class ToolCommands {

    public static final String GENERATE = "Writes N synthetic but realistic departments (folders d0001, d0002, … each"
            + " holding targets.yaml and actuals.yaml) under the 示范市 of no real province: categories and level-2"
            + " names of the seed disclosures, units, comparators in several spellings, 评（扣）分标准 phrases,"
            + " qualitative targets and grades, 不适用, messy values (full-width digits, 2万, ≥0100%%), and 自评得分"
            + " with a few deliberate over-claims. The same --seed gives the same bytes.";

    public static final String BENCH = "Measures (1) scoring throughput through Drools on in-memory departments next"
            + " to the same scoring helpers called directly, (2) jixiao review of a generated bureau from files in a"
            + " fresh JVM, (3) cold jixiao score of one department with and without AppCDS, (4) heap per indicator in"
            + " batch mode. Prints best, median and worst of every measurement, and the commands it ran.";

    private ToolCommands() {
    }

    @Command(name = "generate", description = GENERATE)
    static final class Generate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> args;

        @Override
        public Integer call() {
            return elsewhere(spec, "generate");
        }
    }

    @Command(name = "bench", description = BENCH)
    static final class Bench implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> args;

        @Override
        public Integer call() {
            return elsewhere(spec, "bench");
        }
    }

    private static int elsewhere(CommandSpec spec, String command) {
        spec.commandLine().getErr().println("jixiao: '" + command + "' is not in this jar but in jixiao-tools: run ./jixiao "
                + command + " … in the repository (the launcher hands it over), or java -jar tools/target/jixiao-tools.jar "
                + command + " …");
        return Main.USAGE;
    }
}
