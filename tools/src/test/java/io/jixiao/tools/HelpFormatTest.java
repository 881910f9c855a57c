package io.jixiao.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;

/**
 * Every tool's help renders in both languages without picocli's "could not format" warning: a help text is a format
 * string, so a lone '%' (as in "less than 2% of the round") must be written '%%' — else picocli prints a warning to
 * stderr three times and shows the raw text.
 */
class HelpFormatTest {

    static Stream<Arguments> helps() {
        return Stream.of(ToolsMain.class.getAnnotation(Command.class).subcommands())
                .map(c -> c.getAnnotation(Command.class).name())
                .flatMap(name -> Stream.of("zh", "en").map(lang -> Arguments.of(name, lang)));
    }

    @ParameterizedTest(name = "{0} --help --lang {1}")
    @MethodSource("helps")
    void rendersWithoutWarnings(String command, String lang) {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
            code = ToolsMain.run(new String[] {command, "--help", "--lang", lang}, Map.of(), new PrintWriter(out),
                    new PrintWriter(err));
        } finally {
            System.setErr(systemErr);
        }
        assertThat(code).as(err.toString()).isZero();
        assertThat(traced.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(err.toString()).doesNotContain("picocli WARN");
        assertThat(out.toString()).doesNotContain("%n").isNotBlank();
    }
}
