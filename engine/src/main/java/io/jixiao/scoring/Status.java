package io.jixiao.scoring;

/** An indicator's outcome: target met, partly scored, scored 0, or not applicable. */
public enum Status {
    MET, PARTIAL, MISSED, NA;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** MET when the target is met, otherwise PARTIAL or MISSED by the fraction. */
    public static Status of(boolean met, java.math.BigDecimal fraction) {
        if (met) {
            return MET;
        }
        return fraction.signum() > 0 ? PARTIAL : MISSED;
    }
}
