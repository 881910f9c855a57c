package io.jixiao.scoring.method;

import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.Why;
import io.jixiao.value.Decimals;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Builds an {@link IndicatorResult}: score = points × fraction, with the arithmetic after the reason. The
 * fraction is used as it is printed (4 places) and the score rounded to 2, so that the printed product is the score
 * (docs/scoring.md#arithmetic).
 */
public final class Results {

    /** Precision of every division in scoring (34 significant digits). */
    public static final MathContext MC = MathContext.DECIMAL128;

    private Results() {
    }

    public static IndicatorResult of(ScoringCase c, String rule, int priority, boolean met, BigDecimal fraction,
                                     Explanation reason) {
        BigDecimal f = Numbers.fraction(clamp(fraction));
        // × 1 is the points themselves (2-place already): no product to round for a line that is met
        BigDecimal score = Numbers.round(f.compareTo(BigDecimal.ONE) == 0 ? c.points() : c.points().multiply(f));
        return new IndicatorResult(c.id(), rule, priority, f, score, Status.of(met, f),
                Explanation.of(Why.RESULT, reason, c.points(), f, score));
    }

    /**
     * What a 评分标准 in points awards (docs/scoring.md#point-standards): {@code awarded} points of the 分值 the standard is
     * written for (the indicator's given 分值, else its points), capped at it (docs/scoring.md#deduction-bands) and
     * never below 0, then scaled to the indicator's points when those differ (a table rescaled): score = capped ×
     * points / 分值, in one division.
     *
     * @param met null: met when the full 分值 is awarded
     */
    public static IndicatorResult points(ScoringCase c, String rule, int priority, Boolean met, BigDecimal awarded,
                                         Explanation reason) {
        BigDecimal base = c.givenPoints() != null ? c.givenPoints() : c.points();
        BigDecimal capped = awarded.max(BigDecimal.ZERO).min(base);
        boolean scaled = base.compareTo(c.points()) != 0;
        // printed arithmetic (docs/scoring.md#arithmetic): the score to 2 places (the one division rounded once), the
        // fraction shown to 4 places
        BigDecimal score = Numbers.round(!scaled ? capped
                : base.signum() == 0 ? BigDecimal.ZERO : Decimals.divide(capped.multiply(c.points()), base, MC));
        BigDecimal f = c.points().signum() == 0 ? BigDecimal.ZERO
                : Numbers.fraction(Decimals.divide(score, c.points(), MC));
        boolean isMet = met != null ? met : capped.compareTo(base) >= 0;
        BigDecimal shown = awarded.max(BigDecimal.ZERO);
        boolean cappedAt = awarded.compareTo(base) > 0;
        Explanation why = !scaled
                ? cappedAt ? Explanation.of(Why.POINTS_CAPPED, reason, shown, base, score)
                : Explanation.of(Why.POINTS, reason, shown, score)
                : cappedAt ? Explanation.of(Why.POINTS_CAPPED_SCALED, reason, shown, base, capped, c.points(), score)
                : Explanation.of(Why.POINTS_SCALED, reason, shown, capped, c.points(), base, score);
        return new IndicatorResult(c.id(), rule, priority, f, score, Status.of(isMet, f), why);
    }

    /** The 分值 a 评分标准 in points is written for: the indicator's given 分值, else its points. */
    public static BigDecimal fullPoints(ScoringCase c) {
        return c.givenPoints() != null ? c.givenPoints() : c.points();
    }

    /** Not applicable: no points, listed with status na. */
    public static IndicatorResult notApplicable(ScoringCase c, String rule, Explanation reason) {
        return new IndicatorResult(c.id(), rule, 0, BigDecimal.ZERO, BigDecimal.ZERO, Status.NA, reason);
    }

    static BigDecimal clamp(BigDecimal f) {
        return f.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
}
