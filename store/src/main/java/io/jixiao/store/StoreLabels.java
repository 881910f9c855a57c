package io.jixiao.store;

import io.jixiao.problem.Catalogue;

/**
 * The words of the store's outputs — {@code store list}, {@code library list}, {@code history} (table and HTML) —
 * in the language of the run: {@code io/jixiao/store/labels.properties} (English) and {@code labels_zh.properties}
 * (简体中文). Data (names, targets, grades) is shown as stored.
 */
public final class StoreLabels {

    private static final Catalogue TEXTS = Catalogue.of(StoreLabels.class, "labels");

    private StoreLabels() {
    }

    /** The label {@code key}, its placeholders filled from name/value pairs. */
    public static String text(String key, Object... nameValuePairs) {
        return TEXTS.text(key, nameValuePairs);
    }

    /** A kind of change (target-lowered …) in words. */
    public static String kind(String kind) {
        return switch (kind) {
            case History.TARGET_LOWERED -> text("kind.targetLowered");
            case History.TARGET_BELOW_LAST_ACTUAL -> text("kind.targetBelowLastActual");
            case History.DROPPED -> text("kind.dropped");
            case History.ADDED -> text("kind.added");
            default -> kind;
        };
    }
}
