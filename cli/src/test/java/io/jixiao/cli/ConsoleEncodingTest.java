package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The encoding of standard output and error (docs/guide.md#console): UTF-8 to files and pipes and on other
 * terminals, the console's code page on a Windows console (GBK on Chinese Windows), JIXIAO_ENCODING over all.
 */
class ConsoleEncodingTest {

    @ParameterizedTest(name = "{0} windows={1} terminal={2} JIXIAO_ENCODING={3} stdout.encoding={4} "
            + "sun.stdout.encoding={5} native={6} → {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # stream | windows | terminal | JIXIAO_ENCODING | stdout/err.encoding | sun.std*.encoding | native.encoding | charset
            OUT      | false   | false    | -               | -                   | -                 | -               | UTF-8
            OUT      | false   | true     | -               | ANSI_X3.4-1968      | -                 | ANSI_X3.4-1968  | UTF-8
            OUT      | true    | false    | -               | Cp936               | -                 | Cp936           | UTF-8
            ERR      | true    | false    | -               | -                   | -                 | GBK             | UTF-8
            OUT      | true    | true     | -               | -                   | cp936             | Cp936           | GBK
            ERR      | true    | true     | -               | -                   | cp936             | Cp936           | GBK
            OUT      | true    | true     | -               | cp936               | -                 | Cp936           | GBK
            OUT      | true    | true     | -               | UTF-8               | -                 | Cp936           | UTF-8
            OUT      | true    | true     | -               | -                   | cp65001           | Cp936           | UTF-8
            OUT      | true    | true     | -               | -                   | -                 | Cp936           | GBK
            OUT      | true    | true     | -               | -                   | -                 | -               | GBK
            OUT      | true    | true     | -               | -                   | cp950             | Cp950           | cp950
            OUT      | true    | true     | -               | nonsense            | -                 | Cp936           | GBK
            OUT      | true    | true     | UTF-8           | -                   | cp936             | Cp936           | UTF-8
            OUT      | false   | false    | GBK             | -                   | -                 | -               | GBK
            ERR      | false   | false    | 936             | -                   | -                 | -               | GBK
            OUT      | true    | true     | 65001           | -                   | cp936             | Cp936           | UTF-8
            OUT      | false   | false    | no-such-charset | -                   | -                 | -               | UTF-8
            """)
    void chooses(ConsoleEncoding.Stream stream, boolean windows, boolean terminal, String override, String encoding,
                 String sunEncoding, String nativeEncoding, String expected) {
        Map<String, String> env = new HashMap<>();
        if (override != null) {
            env.put(ConsoleEncoding.VARIABLE, override);
        }
        Properties p = new Properties();
        String name = stream == ConsoleEncoding.Stream.OUT ? "stdout" : "stderr";
        put(p, name + ".encoding", encoding);
        put(p, "sun." + name + ".encoding", sunEncoding);
        put(p, "native.encoding", nativeEncoding);
        assertThat(ConsoleEncoding.choose(stream, windows, terminal, env, p)).isEqualTo(Charset.forName(expected));
    }

    @ParameterizedTest(name = "{0} windows={1} console={2} sun.{0}.encoding={3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            OUT | true  | false | cp936 | true
            ERR | true  | false | cp936 | true
            OUT | true  | false | -     | false
            OUT | true  | true  | -     | true
            OUT | false | true  | -     | true
            OUT | false | false | cp936 | false
            """)
    void tellsATerminal(ConsoleEncoding.Stream stream, boolean windows, boolean console, String sunEncoding,
                        boolean terminal) {
        Properties p = new Properties();
        put(p, "sun." + (stream == ConsoleEncoding.Stream.OUT ? "stdout" : "stderr") + ".encoding", sunEncoding);
        assertThat(ConsoleEncoding.terminal(stream, windows, console, p)).isEqualTo(terminal);
    }

    private static void put(Properties p, String name, String value) {
        if (value != null) {
            p.setProperty(name, value);
        }
    }
}
