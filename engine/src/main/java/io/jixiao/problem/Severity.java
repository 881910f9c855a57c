package io.jixiao.problem;

/** How serious a finding is. ERROR stops loading or scoring; the others are reported. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
