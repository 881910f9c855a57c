package io.jixiao.review.check;

import io.jixiao.scoring.Direction;
import io.jixiao.value.Comparator;
import io.jixiao.value.IncompatibleUnitsException;
import io.jixiao.value.Quantity;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a target asks less than a reference value — last year's target, last year's actual, the 指标库's standard
 * value (docs/review.md#across-years). The target's direction decides which way is "less": the direction its scoring
 * applies, decided once by {@link Direction} (the comparator as written, else a zero target, the profile's
 * lower-is-better words, money or a rate under 成本指标) and passed in by the caller; the reference is converted to the
 * target's unit first (2万条 is 20000条, 0.5小时 is 30分钟). Only numbers compare: a
 * range, words, a grade, an exact (=) target or units that measure different things give no answer.
 */
public final class Demand {

    private Demand() {
    }

    /**
     * How a target compares with a reference, both read in the target's unit.
     *
     * @param target    the target's amount
     * @param reference the reference's amount in the target's unit
     * @param direction ≥ (more is better) or ≤ (less is better), as the target is scored
     */
    public record Compared(BigDecimal target, BigDecimal reference, Comparator direction) {

        /** The target asks for less than the reference: below it for ≥, above it for ≤. */
        public boolean lessDemanding() {
            int c = target.compareTo(reference);
            return direction.atLeast() ? c < 0 : c > 0;
        }
    }

    /**
     * The comparison of {@code targetText} with {@code referenceText}; empty when either is not a number, the
     * direction is exact (=) or the units do not convert.
     *
     * @param direction the comparator scoring applies to the target — {@link Direction#read}'s, as the store keeps it
     *                  per indicator (docs/store.md#less-demanding) — or null when it is not known (a year stored before
     *                  schema version 4 whose profile is gone): then only a comparator written in the target counts
     */
    public static Optional<Compared> compare(String targetText, Comparator direction, String referenceText) {
        Optional<Quantity> target = quantity(targetText);
        Optional<Quantity> reference = quantity(referenceText);
        if (target.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        Comparator applied = direction != null ? direction : target.get().comparator();
        if (!applied.atLeast() && !applied.atMost()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Compared(target.get().amount(), reference.get().amountIn(target.get().unit()),
                    applied));
        } catch (IncompatibleUnitsException e) {
            return Optional.empty();
        }
    }

    /** True when {@code targetText} asks less than {@code referenceText} (see {@link #compare}). */
    public static boolean lessDemanding(String targetText, Comparator direction, String referenceText) {
        return compare(targetText, direction, referenceText).map(Compared::lessDemanding).orElse(false);
    }

    private static Optional<Quantity> quantity(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Value v = ValueParser.parse(text).value();
            return v instanceof Quantity q ? Optional.of(q) : Optional.empty();
        } catch (ValueParseException e) {
            return Optional.empty();
        }
    }
}
