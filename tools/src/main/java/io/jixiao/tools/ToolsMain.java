package io.jixiao.tools;

import io.jixiao.cli.Main;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar tools/target/jixiao-tools.jar}: the commands that are never in the product jar, with the
 * options, output and exit codes they had there. {@code ./jixiao generate} and {@code ./jixiao bench} run them.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "The tools of jixiao: synthetic departments and the performance measurements.",
        subcommands = {GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok · 1 bad input · 2 usage · 3 internal error"})
public final class ToolsMain {

    public static void main(String[] args) {
        System.exit(run(args, Main.utf8(System.out), Main.utf8(System.err)));
    }

    /** Runs one command line; tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Main.run(new CommandLine(new ToolsMain()), args, out, err);
    }
}
