package io.jixiao.monitor;

import java.util.Locale;

/** A traffic light of mid-year monitoring (docs/monitoring.md#lights), from good to bad. */
public enum Light {
    GREEN, YELLOW, RED;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** {@code green}, {@code yellow} or {@code red}: the stable word of JSON and CSV. */
    public String label() {
        return label;
    }

    /** The worse of two lights (null counts as no light). */
    public static Light worst(Light a, Light b) {
        if (a == null) {
            return b;
        }
        return b == null || a.ordinal() >= b.ordinal() ? a : b;
    }
}
