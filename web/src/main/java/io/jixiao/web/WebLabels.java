package io.jixiao.web;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Language;

/**
 * The workbench's words in the {@link Language#current() language of the run} (Chinese unless {@code serve --lang en}):
 * {@code io/jixiao/web/labels.properties} (English) and {@code labels_zh.properties} (简体中文). The templates call
 * {@link #t}; grade words (优, 良 …) and the names of departments, tables and indicators are data, not labels.
 */
public final class WebLabels {

    private static final Catalogue TEXTS = Catalogue.of(WebLabels.class, "labels");

    private WebLabels() {
    }

    /** The text of {@code key}, its placeholders filled from name-value pairs. */
    public static String t(String key, Object... nameValuePairs) {
        return TEXTS.text(key, nameValuePairs);
    }
}
