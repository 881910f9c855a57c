package io.jixiao.workbook;

import io.jixiao.problem.Catalogue;

/**
 * The texts of actuals workbooks that are not findings (io/jixiao/workbook/texts.properties, in both languages):
 * what a cell holds, examples, why a workbook cannot be read.
 */
final class WorkbookTexts {

    private static final Catalogue T = Catalogue.of(WorkbookProblems.class, "texts");

    private WorkbookTexts() {
    }

    static String text(String key, Object... nameValuePairs) {
        return T.text(key, nameValuePairs);
    }
}
