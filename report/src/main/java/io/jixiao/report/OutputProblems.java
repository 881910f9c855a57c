package io.jixiao.report;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/** The findings of output files (KPI-0140…0143). Texts in {@code io/jixiao/report/messages.properties}. */
public final class OutputProblems {

    private static final Catalogue M = Catalogue.of(OutputProblems.class);
    /** What an output path is when it is not a regular file ({@code texts.properties}). */
    private static final Catalogue TEXTS = Catalogue.of(OutputProblems.class, "texts");

    private OutputProblems() {
    }

    public static Finding outputExists(String file) {
        return M.error("KPI-0140", Location.of(file));
    }

    public static Finding cannotWrite(Location at, String reason) {
        return M.error("KPI-0141", at, "reason", reason);
    }

    /** -o names a file the command reads: never overwritten, even with --force. */
    public static Finding outputIsInput(String file, String input) {
        return M.error("KPI-0142", Location.of(file), "input", input);
    }

    /** -o names a device, a pipe or a socket: only regular files are written. */
    public static Finding outputNotRegular(String file, String what) {
        return M.error("KPI-0143", Location.of(file), "what", what);
    }

    /** -o names a folder. */
    /** What a path that is not a regular file is, in words ("a character device"), in the language of the run. */
    static String kind(String key) {
        return TEXTS.text("kind." + key);
    }

    public static Finding outputIsFolder(String file) {
        return M.error("KPI-0143.folder", Location.of(file));
    }
}
