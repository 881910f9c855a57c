package io.jixiao.scoring;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Language;
import java.util.Arrays;
import java.util.Objects;

/**
 * Why a line, a table or a department scored what it did, as a value: one of the {@link Why} texts and its values
 * — numbers kept as they were computed, other explanations nested — put into words only when an output shows it
 * ({@link #text()}), in the {@link Language#current() language of the run}. Scoring builds one per result and prints
 * none: a review of a province's year, which shows no explanation, formats no number and fills no text
 * (docs/scoring.md#explanations). Two explanations are equal when they hold the same text and values.
 */
public final class Explanation {

    private static final Catalogue TEXTS = Catalogue.of(Explanation.class, "texts");

    private final Why why;
    private final Object[] values;

    private Explanation(Why why, Object[] values) {
        if (values.length != why.arity()) {
            throw new IllegalArgumentException(why + " takes " + why.arity() + " values, not " + values.length);
        }
        this.why = why;
        this.values = values;
    }

    /**
     * @param values the text's values in the order {@link Why} names its placeholders: {@link java.math.BigDecimal}
     *               numbers, strings, nested explanations
     */
    public static Explanation of(Why why, Object... values) {
        return new Explanation(Objects.requireNonNull(why), values);
    }

    /** A text as written, in no bundle: a user's rule's own explanation. */
    public static Explanation literal(String text) {
        return new Explanation(Why.LITERAL, new Object[] {text});
    }

    public Why why() {
        return why;
    }

    /** The explanation in the language of the run. */
    public String text() {
        return why == Why.LITERAL ? String.valueOf(values[0]) : TEXTS.text(why.key(), pairs());
    }

    /**
     * The words as a value of the explanation this one is nested in: a {@link Catalogue.Filled} text (its values quoted
     * already), a user's literal text as it is (quoted by the text it is put in).
     */
    Object nested() {
        return why == Why.LITERAL ? String.valueOf(values[0]) : TEXTS.filled(why.key(), pairs());
    }

    /** The placeholders' names and the values as the text shows them. */
    private Object[] pairs() {
        Object[] pairs = new Object[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            pairs[2 * i] = why.name(i);
            pairs[2 * i + 1] = why.format(i, values[i]);
        }
        return pairs;
    }

    /** {@link #text()}: an explanation joined into a string reads as its words. */
    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && why == e.why && Arrays.deepEquals(values, e.values);
    }

    @Override
    public int hashCode() {
        // the ordinal, not the enum's identity hash: the same in every run
        return 31 * why.ordinal() + Arrays.deepHashCode(values);
    }
}
