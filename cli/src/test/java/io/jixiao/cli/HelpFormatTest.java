package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's help, subcommands included, renders in both languages without picocli's "could not format"
 * warning: a help text is a format string, so a lone '%' must be written '%%' (the tools' bench had "2%" in its
 * help, shown raw with three warnings on stderr).
 */
class HelpFormatTest {

    static Stream<Arguments> helps() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), paths);
        return paths.stream().flatMap(p -> Stream.of("zh", "en").map(lang -> Arguments.of(p, lang)));
    }

    private static void collect(CommandLine cmd, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        cmd.getSubcommands().forEach((name, sub) -> {
            // aliases name the same command again; the tools' pointers (generate, bench, manpage) answer with where the
            // tool is (exit 2), their help is the tools' own (tools' HelpFormatTest)
            boolean pointer = sub.getCommandSpec().userObject().getClass().getEnclosingClass() == ToolCommands.class;
            if (sub.getCommandName().equals(name) && !pointer) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, paths);
            }
        });
    }

    @ParameterizedTest(name = "{0} --help, {1}")
    @MethodSource("helps")
    void rendersWithoutWarnings(List<String> path, String lang) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        PrintStream systemErr = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
            code = Main.run(new CommandLine(new Main()), args.toArray(String[]::new), Map.of("JIXIAO_LANG", lang),
                    new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.setErr(systemErr);
        }
        assertThat(code).as(err.toString()).isZero();
        assertThat(traced.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(err.toString()).doesNotContain("picocli WARN");
        assertThat(out.toString()).doesNotContain("%n").isNotBlank();
    }
}
