package io.jixiao.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code generate}, {@code bench} and {@code manpage} live in jixiao-tools (tools/target/jixiao-tools.jar), never in this jar;
 * the launcher {@code ./jixiao} hands them over. Here they are listed in the help as before and, when called,
 * say where they are. Their summaries in the help bundle are shared with the real commands.
 */
public final class ToolCommands {

    private ToolCommands() {
    }

    @Command(name = "generate")
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

    @Command(name = "bench")
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

    @Command(name = "manpage")
    static final class ManPage implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> args;

        @Override
        public Integer call() {
            return elsewhere(spec, "manpage");
        }
    }

    private static int elsewhere(CommandSpec spec, String command) {
        spec.commandLine().getErr().println(CliTexts.text("elsewhere", "command", command));
        return Main.USAGE;
    }
}
