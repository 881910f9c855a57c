package io.jixiao.scoring;

/** An indicator's outcome: target met, partly scored, scored 0, or not applicable. */
public enum Status {
    MET, PARTIAL, MISSED, NA;

    /** The stable strings of the API and the stored rows: the name in lower case, made once. */
    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    /** {@code met}, {@code partial}, {@code missed} or {@code na}. */
    public String label() {
        return label;
    }

    /** MET when the target is met, otherwise PARTIAL or MISSED by the fraction. */
    public static Status of(boolean met, java.math.BigDecimal fraction) {
        if (met) {
            return MET;
        }
        return fraction.signum() > 0 ? PARTIAL : MISSED;
    }
}
