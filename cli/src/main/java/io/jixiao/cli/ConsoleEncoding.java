package io.jixiao.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The encoding jixiao writes standard output and standard error in (docs/guide.md#console): UTF-8 to files and
 * pipes (what other tools and the golden outputs read); on a Windows console, the console's code page (GBK, code
 * page 936, on Chinese Windows), so that Chinese shows as Chinese instead of mojibake; UTF-8 on other terminals.
 * {@code JIXIAO_ENCODING} overrides the choice (e.g. {@code GBK} for a pipe into a GBK tool, {@code UTF-8} after
 * {@code chcp 65001}). One class decides; its inputs are parameters so that the choice is tested as a table.
 */
public final class ConsoleEncoding {

    /** The variable that overrides the choice. */
    public static final String VARIABLE = "JIXIAO_ENCODING";

    /** Which stream. */
    public enum Stream {
        OUT("stdout"), ERR("stderr");

        final String property;

        Stream(String name) {
            this.property = name;
        }
    }

    private ConsoleEncoding() {
    }

    /**
     * The encoding of one stream.
     *
     * @param stream     standard output or standard error
     * @param windows    whether the OS is Windows ({@code os.name})
     * @param terminal   whether the stream writes to a terminal (a console window) rather than a file or pipe
     * @param env        the environment ({@link #VARIABLE})
     * @param properties the JVM's system properties: {@code stdout.encoding}/{@code stderr.encoding} (Java 19+),
     *                   {@code sun.stdout.encoding}/{@code sun.stderr.encoding} (set by Java 17 on a Windows
     *                   console to its code page), {@code native.encoding}
     */
    public static Charset choose(Stream stream, boolean windows, boolean terminal, Map<String, String> env,
                                 Properties properties) {
        Charset override = charset(env.get(VARIABLE));
        if (override != null) {
            return override;
        }
        if (!terminal || !windows) {
            return StandardCharsets.UTF_8;
        }
        for (String name : new String[] {stream.property + ".encoding", "sun." + stream.property + ".encoding",
                "native.encoding"}) {
            Charset c = charset(properties.getProperty(name));
            if (c != null) {
                return c;
            }
        }
        return Charset.forName("GBK");
    }

    /**
     * Whether a stream writes to a terminal. Java 17 to 21 have a console only when standard input and output are
     * both terminals; on Windows, Java 17 sets {@code sun.stdout.encoding} / {@code sun.stderr.encoding} only for
     * a stream that is a console, which tells each stream apart (standard output into a file while errors go to
     * the window).
     */
    public static boolean terminal(Stream stream, boolean windows, boolean console, Properties properties) {
        if (windows && properties.getProperty("sun." + stream.property + ".encoding") != null) {
            return true;
        }
        return console;
    }

    /** The charset a name denotes (GBK, cp936, UTF-8, 65001 …), or null for none or an unknown one. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.matches("(?i)(cp)?65001")) {
            return StandardCharsets.UTF_8; // the UTF-8 code page of chcp 65001, which Java has no alias for
        }
        if (n.matches("\\d+")) {
            n = "cp" + n; // a code page number as chcp prints it
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The choice for this process. */
    public static Charset ofThisProcess(Stream stream) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Properties p = System.getProperties();
        return choose(stream, windows, terminal(stream, windows, Progress.terminal(), p), System.getenv(), p);
    }
}
