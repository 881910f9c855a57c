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
 * value (docs/review.md#across-years). The target's direction decides which way is "less": the comparator as
 * written, else the default of docs/scoring.md#direction ({@link Direction}: ≤ for a 成本指标, ≥ otherwise); the
 * reference is converted to the target's unit first (2万条 is 20000条, 0.5小时 is 30分钟). Only numbers compare: a
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
     * target is exact (=) or the units do not convert.
     *
     * @param costIndicator the target's indicator is a 成本指标 (its 二级指标 names a cost)
     */
    public static Optional<Compared> compare(String targetText, boolean costIndicator, String referenceText) {
        Optional<Quantity> target = quantity(targetText);
        Optional<Quantity> reference = quantity(referenceText);
        if (target.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        // the store keeps a target's text and whether it is a 成本指标, not its indicator: written comparator, a zero
        // target (a ceiling) and money under 成本 (≤) read as scoring.Direction reads them; a rate under 成本 and a
        // profile's lower-is-better words are not seen here (docs/store.md)
        Comparator written = target.get().comparator();
        Comparator direction = written != Comparator.NONE ? written
                : target.get().amount().signum() == 0 || costIndicator ? Comparator.LE : Comparator.GE;
        if (!direction.atLeast() && !direction.atMost()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Compared(target.get().amount(), reference.get().amountIn(target.get().unit()),
                    direction));
        } catch (IncompatibleUnitsException e) {
            return Optional.empty();
        }
    }

    /** True when {@code targetText} asks less than {@code referenceText} (see {@link #compare}). */
    public static boolean lessDemanding(String targetText, boolean costIndicator, String referenceText) {
        return compare(targetText, costIndicator, referenceText).map(Compared::lessDemanding).orElse(false);
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
