package io.jixiao.problem;

/** How serious a finding is. ERROR stops loading or scoring; the others are reported. */
public enum Severity {
    /** The input cannot be evaluated as it is: jixiao stops (exit 1) and says why. */
    ERROR,
    /** Evaluated, but probably not as meant: worth a look. */
    WARNING,
    /** A note: how something was read or decided. */
    INFO;

    /**
     * The severity as messages and JSON show it.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
