package io.jixiao.tools;

import io.jixiao.cli.ConsoleEncoding;
import io.jixiao.cli.LanguageOption;
import io.jixiao.cli.Main;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code java -jar tools/target/jixiao-tools.jar}: the commands that are never in the product jar, with the
 * options, output and exit codes they had there. {@code ./jixiao generate} and {@code ./jixiao bench} run them.
 * Their help is in io/jixiao/tools/help.properties (and _zh), in front of the command line's.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {GenerateCommand.class, BenchCommand.class, ManPageCommand.class, CommandLine.HelpCommand.class})
public final class ToolsMain {

    /** The base name of the tools' help bundle. */
    static final String HELP = "io.jixiao.tools.help";

    @Mixin
    LanguageOption language;

    public static void main(String[] args) {
        System.exit(Main.run(new CommandLine(new ToolsMain()), args, System.getenv(), System.in,
                Main.console(System.out, ConsoleEncoding.Stream.OUT), Main.console(System.err, ConsoleEncoding.Stream.ERR),
                HELP));
    }

    /** Runs one command line; tests call this with their own writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.getenv(), out, err);
    }

    /** Runs one command line with {@code env} as the environment (the language's variables). */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return Main.run(new CommandLine(new ToolsMain()), args, env, System.in, out, err, HELP);
    }
}
