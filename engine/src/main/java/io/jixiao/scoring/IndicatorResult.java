package io.jixiao.scoring;

import java.math.BigDecimal;

/**
 * A rule's score for one case, with its justification: the rule's name and the arithmetic, as an {@link Explanation}
 * put into words only when an output shows it. When several rules score the same case, the highest {@code priority}
 * wins: the packaged methods use 0 and 评（扣）分标准 10 (they never score the same case: a deduction replaces the
 * default method); a user's rule outranks them with a higher one.
 */
public record IndicatorResult(String caseId, String rule, int priority, BigDecimal fraction, BigDecimal score,
                              Status status, Explanation why) {

    /** A result justified by a text as written: what a user's rule constructs ({@link Explanation#literal}). */
    public IndicatorResult(String caseId, String rule, int priority, BigDecimal fraction, BigDecimal score,
                           Status status, String explanation) {
        this(caseId, rule, priority, fraction, score, status, Explanation.literal(explanation));
    }

    /** The justification in the language of the run. */
    public String explanation() {
        return why.text();
    }

    /**
     * From the case, the rule, the priority and the status only: equal results have equal hashes (equals compares
     * every component), and the session's truth maintenance hashes every result it is given without walking the
     * explanation's tree of values.
     */
    @Override
    public int hashCode() {
        return ((java.util.Objects.hashCode(caseId) * 31 + java.util.Objects.hashCode(rule)) * 31 + priority) * 31
                + (status == null ? 0 : status.ordinal());
    }
}
