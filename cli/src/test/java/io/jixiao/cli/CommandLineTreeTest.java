package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The process entry point builds only the command it runs ({@link Main#commandLine}, a cold-start saving,
 * docs/performance.md#cold-start): every command line must give the same exit code, output and errors as with the
 * whole tree of commands that tests and library callers build with {@code new CommandLine(new Main())}.
 */
class CommandLineTreeTest {

    private static final String T = io.jixiao.workbook.Seeds.targetsFile("guangyang/2023").toString();
    private static final String A = T.replace("targets.yaml", "actuals-example.yaml");

    record Out(int code, String out, String err) {
    }

    private static Out run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(cmd, args, Map.of("JIXIAO_LANG", "en"), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err));
        return new Out(code, out.toString(), err.toString());
    }

    /** Each command's help, usage errors of several kinds, a real run, and what is not a command. */
    static Stream<Arguments> commandLines() {
        Stream<Arguments> helps = Stream.of(Main.class.getAnnotation(Command.class).subcommands())
                .map(c -> c.getAnnotation(Command.class).name())
                .map(name -> Arguments.of((Object) new String[] {name, "--help"}));
        Stream<Arguments> others = Stream.of(
                new String[] {"score"},
                new String[] {"score", T},
                new String[] {"score", T, "--actuals", A, "--format", "xml"},
                new String[] {"score", T, "--actuals", A, "--frmat", "json"},
                new String[] {"score", T, "--actuals", A, "--format", "json"},
                new String[] {"score", T, "--actuals", A, "--lang", "zh"},
                new String[] {"--lang", "zh", "validate", T},
                new String[] {"review", "--threads", "x", "."},
                new String[] {"store"},
                new String[] {"store", "lst"},
                new String[] {"generate", "--departments", "1"},
                new String[] {"scor"},
                new String[] {"help", "score"},
                new String[] {"completion"},
                new String[] {"--version"},
                new String[] {"-h"},
                new String[] {}).map(a -> Arguments.of((Object) a));
        return Stream.concat(helps, others);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void theCommandAloneAnswersAsTheWholeTree(String[] args) {
        Out whole = run(new CommandLine(new Main()), args);
        Out alone = run(Main.commandLine(args), args);
        assertThat(alone).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void onlyTheCommandRunIsBuilt(String[] args) {
        CommandLine cmd = Main.commandLine(args);
        String first = args.length == 0 ? "" : CommandLineTreeTest.firstWord(args);
        boolean aCommand = cmd.getSubcommands().containsKey(first) && !first.equals("help")
                && !first.equals("completion");
        if (aCommand) {
            assertThat(cmd.getSubcommands()).containsOnlyKeys(first);
        } else {
            assertThat(cmd.getSubcommands()).hasSameSizeAs(new CommandLine(new Main()).getSubcommands());
        }
    }

    /** The first argument that is not --lang or its value. */
    private static String firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else {
                return args[i];
            }
        }
        return "";
    }
}
