package io.jixiao.workbook;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Language;

/**
 * The words of the workbooks — sheet names, titles, headers, notes, drop-down prompts, the 填写说明 — in the
 * {@link Language#current() language of the run}: {@code io/jixiao/workbook/labels.properties} (English) and
 * {@code labels_zh.properties} (简体中文), read through {@link Catalogue#text}. The grade words a department picks
 * (达成, 部分达成, 优 …) are data the reader parses, not labels: they are the same in both languages.
 */
final class WorkbookLabels {

    private static final Catalogue TEXTS = Catalogue.of(WorkbookLabels.class, "labels");

    private WorkbookLabels() {
    }

    static String text(String key, Object... nameValuePairs) {
        return TEXTS.text(key, nameValuePairs);
    }
}
