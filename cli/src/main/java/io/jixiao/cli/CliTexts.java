package io.jixiao.cli;

import io.jixiao.problem.Catalogue;

/**
 * What the command line says besides findings (io/jixiao/cli/texts.properties, in both languages): files written,
 * usage and internal errors, kinds of files. Looked up when said, so in the language of the run.
 */
public final class CliTexts {

    private static final Catalogue T = Catalogue.of(CliProblems.class, "texts");

    private CliTexts() {
    }

    public static String text(String key, Object... nameValuePairs) {
        return T.text(key, nameValuePairs);
    }
}
