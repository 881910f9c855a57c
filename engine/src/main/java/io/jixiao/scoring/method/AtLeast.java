package io.jixiao.scoring.method;

import io.jixiao.scoring.Direction;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/** ≥ / >: met → 1, else actual/target (target 0 → 1). */
public final class AtLeast {

    public static final String RULE = "at-least";

    private AtLeast() {
    }

    public static IndicatorResult score(ScoringCase c, Direction d) {
        boolean met = Meets.met(c, d);
        if (met || c.target().signum() == 0) {
            return Results.of(c, RULE, 0, true, BigDecimal.ONE, Meets.compare(c, d, true) + "，达标");
        }
        BigDecimal f = Decimals.divide(c.actual(), c.target(), Results.MC);
        return Results.of(c, RULE, 0, false, f, Meets.compare(c, d, false) + "，完成率" + Explain.pct(f));
    }
}
