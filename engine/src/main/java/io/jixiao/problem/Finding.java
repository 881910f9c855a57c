package io.jixiao.problem;

/**
 * A coded message about the input: what is wrong (or notable), where, and a hint ("建议…", "Maybe …").
 * Built only by the factories of the subsystem that raises it ({@code LoadProblems}, {@code ScoringProblems} …,
 * texts from its bundle through {@code Catalogue}), so every code has one wording (docs/codes.md lists them).
 *
 * @param severity an error (the input cannot be evaluated as it is), a warning or a note
 * @param code     {@code KPI-} and four digits, stable across releases, e.g. {@code KPI-0105}
 * @param message  what is wrong, naming the value it is about, in the {@link Language#current() language} of the
 *                 run when it was made
 * @param hint     what to do, starting "建议" (Chinese) or "Maybe" (English); empty when there is nothing to add
 * @param location where it is: {@code file:line:col}, a workbook cell, or a whole file
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

    /**
     * A finding; a null hint is empty, a null location {@link Location#UNKNOWN}.
     *
     * @param severity an error, a warning or a note
     * @param code     the code, e.g. {@code KPI-0105}
     * @param message  what is wrong
     * @param hint     what to do; may be null
     * @param location where it is; may be null
     */
    public Finding {
        java.util.Objects.requireNonNull(severity);
        java.util.Objects.requireNonNull(code);
        java.util.Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
        location = location == null ? Location.UNKNOWN : location;
    }

    /**
     * The same finding placed elsewhere.
     *
     * @param at the new place
     * @return the finding, located at {@code at}
     */
    public Finding at(Location at) {
        return new Finding(severity, code, message, hint, at);
    }

    /**
     * Whether this finding stops the input from being evaluated as it is.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The finding as the CLI prints it, in the {@link Language#current() current language}: the severity word and
     * the punctuation between message and hint are the language's (the message and hint keep the language they
     * were made in).
     *
     * @return {@code file:line:col: error KPI-0105: message. Maybe …}, or in Chinese
     *         {@code file:line:col: 错误 KPI-0105: message。建议…}
     */
    public String render() {
        return hint.isEmpty()
                ? TEXTS.text("finding", "location", location, "severity", severity.word(), "code", code,
                        "message", message)
                : TEXTS.text("finding.withHint", "location", location, "severity", severity.word(), "code", code,
                        "message", message, "hint", hint);
    }

    /** The texts of rendering: severity words and the line's layout, per language. */
    static final Catalogue TEXTS = Catalogue.of(Finding.class, "finding");
}
