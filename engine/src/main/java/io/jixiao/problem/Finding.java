package io.jixiao.problem;

/**
 * A coded message about the input: what is wrong (or notable), where, and a "Maybe …" hint.
 * Built only by the factories of the subsystem that raises it ({@code LoadProblems}, {@code ScoringProblems} …,
 * texts from its bundle through {@link Catalogue}), so every code has one wording.
 */
public record Finding(Severity severity, String code, String message, String hint, Location location) {

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
