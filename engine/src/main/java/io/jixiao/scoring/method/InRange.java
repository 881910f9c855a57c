package io.jixiao.scoring.method;

import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/** Range a–b: inside → 1; below → actual/a; above → b/actual. */
public final class InRange {

    public static final String RULE = "range";

    private InRange() {
    }

    public static IndicatorResult score(ScoringCase c) {
        BigDecimal a = c.actual();
        if (a.compareTo(c.target()) < 0) {
            BigDecimal f = a.signum() < 0 ? BigDecimal.ZERO
                    : c.target().signum() == 0 ? BigDecimal.ONE : Decimals.divide(a, c.target(), Results.MC);
            return Results.of(c, RULE, 0, false, f, Explanation.of(Why.RANGE_BELOW, a, c.unit(),
                    c.target(), c.targetHigh(), f));
        }
        if (a.compareTo(c.targetHigh()) > 0) {
            BigDecimal f = Decimals.divide(c.targetHigh(), a, Results.MC);
            return Results.of(c, RULE, 0, false, f, Explanation.of(Why.RANGE_ABOVE, a, c.unit(),
                    c.target(), c.targetHigh(), f));
        }
        return Results.of(c, RULE, 0, true, BigDecimal.ONE, Explanation.of(Why.RANGE_INSIDE, a, c.unit(),
                c.target(), c.targetHigh()));
    }
}
