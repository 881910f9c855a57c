package io.jixiao.tools;

import io.jixiao.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;

/**
 * The command line as {@code ./jixiao} runs it, in-process: generate and bench go to {@link ToolsMain}, every
 * other command to the CLI's {@link Main}; and the seed departments and files of the 复核 tests.
 */
final class Fixtures {

    static final Path ROOT = io.jixiao.recheck.Fixtures.ROOT;
    private static final Set<String> TOOLS = Set.of("generate", "bench", "manpage");

    private Fixtures() {
    }

    static Path copySeeds(Path dir) {
        return io.jixiao.recheck.Fixtures.copySeeds(dir);
    }

    static void write(Path file, String text) {
        io.jixiao.recheck.Fixtures.write(file, text);
    }

    static String read(Path file) {
        return io.jixiao.recheck.Fixtures.read(file);
    }

    /** What one command line printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = args.length > 0 && TOOLS.contains(args[0])
                ? ToolsMain.run(args, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(err))
                : Main.run(args, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
