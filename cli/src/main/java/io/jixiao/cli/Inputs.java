package io.jixiao.cli;

import io.jixiao.load.ActualsFiles;
import io.jixiao.load.Source;
import io.jixiao.load.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The files a command reads, where {@code -} stands for standard input (docs/guide.md#stdin): its bytes are read
 * once, up to one byte past the largest file jixiao accepts, and named {@code <stdin>} in every location
 * ({@code <stdin>:3:14}, {@code <stdin>:部门整体!E8}). A workbook is recognised by its content (a ZIP package).
 */
final class Inputs {

    /** How a file read from standard input is named in findings. */
    static final String STDIN = io.jixiao.problem.Location.STDIN;

    /** The standard input of the run ({@link Main} sets it; tests give their own). */
    private static volatile InputStream stdin = System.in;
    private static byte[] read;

    private Inputs() {
    }

    static void use(InputStream in) {
        synchronized (Inputs.class) {
            stdin = in;
            read = null;
        }
    }

    static boolean isStdin(Path p) {
        return p != null && p.toString().equals("-");
    }

    /** The source of {@code p}: the file, or the bytes of standard input for {@code -}. */
    static Source source(Path p, CommandSpec spec) {
        return isStdin(p) ? Source.bytes(STDIN, bytes(spec)) : Source.file(p);
    }

    /** Standard input's bytes; a second {@code -} in one command is a usage error. */
    static byte[] bytes(CommandSpec spec) {
        synchronized (Inputs.class) {
            if (read != null) {
                throw new ParameterException(spec.commandLine(), CliTexts.text("usage.stdinTwice"));
            }
            try {
                long limit = Math.max(ActualsFiles.WORKBOOK_MAX_BYTES, YamlReader.MAX_BYTES);
                read = stdin.readNBytes(Math.toIntExact(limit + 1));
                return read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
