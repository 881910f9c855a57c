package io.jixiao.problem;

/**
 * A coded message about the input: what is wrong (or notable), where, and a "Maybe …" hint.
 * Built only through {@link io.jixiao.model.Problems}, so every code has one wording.
 */
public record Finding(Severity severity, String code, String message, String hint, Location location) {

    /**
     * The one order findings are listed in: by file, line, column (a finding about a whole file first), code and
     * message. Used wherever findings are sorted, so every surface lists them alike.
     */
    public static final java.util.Comparator<Finding> ORDER = java.util.Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    public Finding {
        java.util.Objects.requireNonNull(severity);
        java.util.Objects.requireNonNull(code);
        java.util.Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
        location = location == null ? Location.UNKNOWN : location;
    }

    /** The same finding placed at {@code at}. */
    public Finding at(Location at) {
        return new Finding(severity, code, message, hint, at);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error KPI-0105: message. Maybe …} */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(location).append(": ").append(severity.label()).append(' ').append(code).append(": ").append(message);
        if (!hint.isEmpty()) {
            sb.append(". ").append(hint);
        }
        return sb.toString();
    }
}
