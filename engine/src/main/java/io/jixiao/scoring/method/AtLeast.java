package io.jixiao.scoring.method;

import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/**
 * ≥ / > (docs/scoring.md#at-least): met → 1, else actual/target; a signed shortfall (a target of 0 or below, or an actual
 * below 0, not met) → 0, since a ratio of signed numbers is no completion rate.
 */
public final class AtLeast {

    public static final String RULE = "at-least";

    private AtLeast() {
    }

    public static IndicatorResult score(ScoringCase c) {
        if (Meets.met(c)) {
            return Results.of(c, RULE, 0, true, BigDecimal.ONE, Explanation.of(Why.MET, Meets.comparison(c, true)));
        }
        if (c.target().signum() <= 0 || c.actual().signum() < 0) {
            return Results.of(c, RULE, 0, false, BigDecimal.ZERO, Explanation.of(Why.NEGATIVE, Meets.comparison(c, false)));
        }
        BigDecimal f = Decimals.divide(c.actual(), c.target(), Results.MC);
        return Results.of(c, RULE, 0, false, f, Explanation.of(Why.AT_LEAST_PARTIAL,
                Meets.comparison(c, false), f));
    }
}
