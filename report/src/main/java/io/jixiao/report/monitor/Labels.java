package io.jixiao.report.monitor;

import io.jixiao.monitor.Light;
import io.jixiao.problem.Catalogue;
import java.util.Locale;

/**
 * The labels of the monitoring reports in the language of the run ({@code labels.properties},
 * {@code labels_zh.properties} beside this class): what the table text, the HTML page and the bureau's view call
 * things. Numbers, codes and JSON keys never change with the language.
 */
final class Labels {

    private static final Catalogue T = Catalogue.of(Labels.class, "labels");

    private Labels() {
    }

    static String t(String key, Object... nameValuePairs) {
        return T.text(key, nameValuePairs);
    }

    /** A light in words (green / 绿灯); a dash for none. */
    static String light(Light l) {
        return T.text("light." + (l == null ? "none" : l.name().toLowerCase(Locale.ROOT)));
    }
}
