package io.jixiao.scoring.method;

import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/** ≥ / >: met → 1, else actual/target (0 when the target is 0 or negative: no completion rate). */
public final class AtLeast {

    public static final String RULE = "at-least";

    private AtLeast() {
    }

    public static IndicatorResult score(ScoringCase c) {
        boolean met = Meets.met(c);
        if (met) {
            return Results.of(c, RULE, 0, true, BigDecimal.ONE, Meets.compare(c, true) + "，达标");
        }
        if (c.target().signum() <= 0) {
            // a completion rate of a target of 0 or below (增长率 ≥-5%) means nothing: missed is 0
            return Results.of(c, RULE, 0, false, BigDecimal.ZERO, Meets.compare(c, false) + "，目标不为正数，未达标不得分");
        }
        BigDecimal f = Decimals.divide(c.actual(), c.target(), Results.MC);
        return Results.of(c, RULE, 0, false, f, Meets.compare(c, false) + "，完成率" + Explain.pct(f));
    }
}
