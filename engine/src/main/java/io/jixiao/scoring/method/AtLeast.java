package io.jixiao.scoring.method;

import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/** ≥ / >: met → 1, else actual/target (target 0 → 1). */
public final class AtLeast {

    public static final String RULE = "at-least";

    private AtLeast() {
    }

    public static IndicatorResult score(ScoringCase c) {
        boolean met = Meets.met(c);
        if (met || c.target().signum() == 0) {
            return Results.of(c, RULE, 0, true, BigDecimal.ONE, Meets.compare(c, true) + "，达标");
        }
        BigDecimal f = Decimals.divide(c.actual(), c.target(), Results.MC);
        return Results.of(c, RULE, 0, false, f, Meets.compare(c, false) + "，完成率" + Explain.pct(f));
    }
}
