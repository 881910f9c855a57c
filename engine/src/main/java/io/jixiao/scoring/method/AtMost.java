package io.jixiao.scoring.method;

import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/** ≤ / <: met → 1, else target/actual (0 when the target is negative). */
public final class AtMost {

    public static final String RULE = "at-most";

    private AtMost() {
    }

    public static IndicatorResult score(ScoringCase c) {
        if (Meets.met(c)) {
            return Results.of(c, RULE, 0, true, BigDecimal.ONE, Meets.compare(c, true) + "，达标");
        }
        if (c.target().signum() < 0) {
            // target/actual of a negative ceiling (≤-2%) means nothing: missed is 0
            return Results.of(c, RULE, 0, false, BigDecimal.ZERO, Meets.compare(c, false) + "，目标为负数，未达标不得分");
        }
        BigDecimal f = Decimals.divide(c.target(), c.actual(), Results.MC);
        return Results.of(c, RULE, 0, false, f, Meets.compare(c, false) + "，目标/实际=" + Explain.pct(f));
    }
}
