package io.jixiao.load;

import io.jixiao.problem.Catalogue;

/**
 * The texts of loading that are not findings (io/jixiao/load/texts.properties, in both languages): the names of
 * the parts of a file, kinds of YAML values, examples, reasons and problems that loading puts into its findings.
 * Looked up when a finding is made, so in the language of the run.
 */
public final class LoadTexts {

    private static final Catalogue T = Catalogue.of(LoadProblems.class, "texts");

    private LoadTexts() {
    }

    /** The text {@code key}, its placeholders filled from name/value pairs. */
    public static String text(String key, Object... nameValuePairs) {
        return T.text(key, nameValuePairs);
    }

    /** The text {@code key} and its hint. */
    static Catalogue.Hinted hinted(String key, Object... nameValuePairs) {
        return T.hinted(key, nameValuePairs);
    }
}
