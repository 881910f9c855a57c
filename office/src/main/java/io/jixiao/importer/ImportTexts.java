package io.jixiao.importer;

import io.jixiao.problem.Catalogue;

/**
 * The texts of jixiao import that are not findings (io/jixiao/importer/texts.properties, in both languages):
 * reasons, how a row was split, facts, sources and disagreements put into ImportProblems' findings.
 */
final class ImportTexts {

    private static final Catalogue T = Catalogue.of(ImportProblems.class, "texts");

    private ImportTexts() {
    }

    static String text(String key, Object... nameValuePairs) {
        return T.text(key, nameValuePairs);
    }
}
