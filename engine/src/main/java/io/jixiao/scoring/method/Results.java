package io.jixiao.scoring.method;

import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Status;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Builds an {@link IndicatorResult}: score = points × fraction, with the arithmetic appended to the reason. The
 * fraction is used as it is printed (4 places) and the score rounded to 2, so that the printed product is the score
 * (docs/scoring.md#arithmetic).
 */
public final class Results {

    /** Precision of every division in scoring (34 significant digits). */
    public static final MathContext MC = MathContext.DECIMAL128;

    private Results() {
    }

    public static IndicatorResult of(ScoringCase c, String rule, int priority, boolean met, BigDecimal fraction,
                                     String reason) {
        BigDecimal f = Numbers.fraction(clamp(fraction));
        BigDecimal score = Numbers.round(c.points().multiply(f));
        String arithmetic = Explain.pts(c.points()) + "×" + Explain.num(f) + "=" + Explain.pts(score);
        return new IndicatorResult(c.id(), rule, priority, f, score, Status.of(met, f), reason + " → " + arithmetic);
    }

    /** Not applicable: no points, listed with status na. */
    public static IndicatorResult notApplicable(ScoringCase c, String rule, String reason) {
        return new IndicatorResult(c.id(), rule, 0, BigDecimal.ZERO, BigDecimal.ZERO, Status.NA, reason);
    }

    static BigDecimal clamp(BigDecimal f) {
        return f.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
}
