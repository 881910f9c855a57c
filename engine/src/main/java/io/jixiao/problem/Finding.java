package io.jixiao.problem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A coded message about the input: what is wrong (or notable), where, and a hint ("建议…", "Maybe …").
 * Built only by the factories of the subsystem that raises it ({@code LoadProblems}, {@code ScoringProblems} …,
 * texts from its bundle through {@code Catalogue}), so every code has one wording (docs/codes.md lists them).
 *
 * <p>A value with the five parts below, equal when they are — as a record of them would be, and shown by
 * {@link #toString} as one. A finding raised through {@code Catalogue} keeps its text's template (already of the
 * language of the run when it was raised) and the values for its placeholders, and puts its message and hint into
 * words the first time either is asked for (a sort by {@link #ORDER} that reaches the message, any output): scoring
 * raises notes for many lines that a caller may never show (docs/performance.md#allocation-fourth-pass). It is the
 * same text, in the same language, as if it had been worded when raised; safe to share between threads. Its hash
 * code is that of its severity, code and place, which a finding has whether worded or not, so hashing one (a rule
 * session's truth maintenance does, for every finding a rule derives) words nothing; two findings raised from the
 * same text with equal values are equal without being worded (docs/performance.md#allocation-fifth-pass). Jackson writes and
 * reads it by its five parts (and {@code error}, derived), as a record.
 */
@JsonPropertyOrder({"severity", "code", "message", "hint", "location"})
public final class Finding {

    /**
     * The one order findings are listed in: by file, line, column (a finding about a whole file first), code and
     * message. Used wherever findings are sorted, so every surface lists them alike.
     */
    public static final java.util.Comparator<Finding> ORDER = Finding::compareInOrder;

    /**
     * {@link #ORDER} as one method, not a chain of five comparators each calling the next through a lambda (a bureau
     * sorts every department's findings, and C1 does not inline the chain: docs/performance.md#twelfth-session); the
     * same order, key by key ({@code FindingSortedProperties}).
     */
    private static int compareInOrder(Finding a, Finding b) {
        Location x = a.location;
        Location y = b.location;
        int c = compareFiles(x.file(), y.file());
        if (c == 0) {
            c = Integer.compare(x.line(), y.line());
        }
        if (c == 0) {
            c = Integer.compare(x.column(), y.column());
        }
        if (c == 0) {
            c = a.code.compareTo(b.code);
        }
        return c != 0 ? c : a.message().compareTo(b.message());
    }

    /**
     * {@code findings} in {@link #ORDER}, unmodifiable: a copy, sorted only when it is not in that order already (a
     * list put together from lists in order, or sorted before, is checked pair by pair instead of sorted again).
     *
     * @param findings any findings, in any order
     * @return the same findings in {@link #ORDER}, equal ones in the order they came
     */
    public static java.util.List<Finding> sorted(java.util.List<Finding> findings) {
        java.util.List<Finding> copy = new java.util.ArrayList<>(findings);
        for (int i = 1; i < copy.size(); i++) {
            if (ORDER.compare(copy.get(i - 1), copy.get(i)) > 0) {
                copy.sort(ORDER);
                break;
            }
        }
        return java.util.Collections.unmodifiableList(copy);
    }

    /**
     * Two files' names in {@link String#compareTo} order; the same name, as the findings of one file share it, without
     * comparing it character by character (most comparisons of a sort are within one file).
     */
    private static int compareFiles(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    private final Severity severity;
    private final String code;
    private final Location location;
    /** The unworded text (template and values) of a finding raised through the catalogue; null when given as text. */
    private final Wording wording;
    /** Null until worded; a String, so a thread that sees it sees all of it (as {@code String}'s own hash). */
    private String message;
    private String hint;

    /**
     * A finding; a null hint is empty, a null location {@link Location#UNKNOWN}.
     *
     * @param severity an error (the input cannot be evaluated as it is), a warning or a note
     * @param code     {@code KPI-} and four digits, stable across releases, e.g. {@code KPI-0105}
     * @param message  what is wrong, naming the value it is about, in the {@link Language#current() language} of the
     *                 run when it was made
     * @param hint     what to do, starting "建议" (Chinese) or "Maybe" (English); empty when there is nothing to add;
     *                 may be null
     * @param location where it is: {@code file:line:col}, a workbook cell, or a whole file; may be null
     */
    @JsonCreator
    public Finding(@JsonProperty("severity") Severity severity, @JsonProperty("code") String code,
            @JsonProperty("message") String message, @JsonProperty("hint") String hint,
            @JsonProperty("location") Location location) {
        this.severity = Objects.requireNonNull(severity);
        this.code = Objects.requireNonNull(code);
        this.message = Objects.requireNonNull(message);
        this.hint = hint == null ? "" : hint;
        this.location = location == null ? Location.UNKNOWN : location;
        this.wording = null;
    }

    /** A finding worded when first asked ({@link Catalogue}): {@code wording} is already of the run's language. */
    Finding(Severity severity, String code, Wording wording, Location location) {
        this.severity = Objects.requireNonNull(severity);
        this.code = Objects.requireNonNull(code);
        this.wording = Objects.requireNonNull(wording);
        this.location = location == null ? Location.UNKNOWN : location;
    }

    private Finding(Finding f, Location at) {
        this.severity = f.severity;
        this.code = f.code;
        this.wording = f.wording;
        this.message = f.message;
        this.hint = f.hint;
        this.location = at == null ? Location.UNKNOWN : at;
    }

    /** A message and hint not yet put into words: a template of one language and the values of its placeholders. */
    interface Wording {

        /** @return the message, its placeholders filled */
        String message();

        /** @return the hint, its placeholders filled; empty when the text has none */
        String hint();

        /**
         * Whether {@code other} is certain to be put into the same words: the same texts of the same language, equal
         * values. False says nothing (the words are then compared).
         */
        boolean sameWords(Wording other);
    }

    /** @return an error, a warning or a note */
    @JsonProperty("severity")
    public Severity severity() {
        return severity;
    }

    /** @return the code, e.g. {@code KPI-0105} */
    @JsonProperty("code")
    public String code() {
        return code;
    }

    /** @return what is wrong, in the language of the run when the finding was raised */
    @JsonProperty("message")
    public String message() {
        String m = message;
        if (m == null) {
            m = wording.message();
            message = m;
        }
        return m;
    }

    /** @return what to do; empty when there is nothing to add */
    @JsonProperty("hint")
    public String hint() {
        String h = hint;
        if (h == null) {
            h = wording.hint();
            hint = h;
        }
        return h;
    }

    /** @return where it is; {@link Location#UNKNOWN} when nowhere in particular */
    @JsonProperty("location")
    public Location location() {
        return location;
    }

    /**
     * The same finding placed elsewhere.
     *
     * @param at the new place
     * @return the finding, located at {@code at}
     */
    public Finding at(Location at) {
        return new Finding(this, at);
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
        return hint().isEmpty()
                ? TEXTS.text("finding", "location", location, "severity", severity.word(), "code", code,
                        "message", message())
                : TEXTS.text("finding.withHint", "location", location, "severity", severity.word(), "code", code,
                        "message", message(), "hint", hint());
    }

    /**
     * Equal when the five parts are, worded or not. Two findings raised from the same text with equal values are
     * equal without being worded; any others compare their words.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Finding f) || severity != f.severity || !code.equals(f.code)
                || !location.equals(f.location)) {
            return false;
        }
        if (wording != null && f.wording != null && wording.sameWords(f.wording)) {
            return true;
        }
        return message().equals(f.message()) && hint().equals(f.hint());
    }

    /**
     * The hash of the severity (its position, the same in every run), the code and the place: the parts every
     * finding has before it is worded, so equal findings — worded when raised or when read — hash alike.
     */
    @Override
    public int hashCode() {
        return (severity.ordinal() * 31 + code.hashCode()) * 31 + location.hashCode();
    }

    /** @return {@code Finding[severity=…, code=…, message=…, hint=…, location=…]}, as a record's */
    @Override
    public String toString() {
        return "Finding[severity=" + severity + ", code=" + code + ", message=" + message() + ", hint=" + hint()
                + ", location=" + location + "]";
    }

    /** The texts of rendering: severity words and the line's layout, per language. */
    static final Catalogue TEXTS = Catalogue.of(Finding.class, "finding");
}
