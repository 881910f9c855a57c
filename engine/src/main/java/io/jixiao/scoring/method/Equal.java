package io.jixiao.scoring.method;

import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/** =: equal → 1, else max(0, 1 − |actual − target| / |target|); target 0 and actual not 0 → 0. */
public final class Equal {

    public static final String RULE = "equal";

    private Equal() {
    }

    public static IndicatorResult score(ScoringCase c) {
        if (Meets.met(c)) {
            return Results.of(c, RULE, 0, true, BigDecimal.ONE, Meets.compare(c, true) + "，达标");
        }
        if (c.target().signum() == 0) {
            return Results.of(c, RULE, 0, false, BigDecimal.ZERO, Meets.compare(c, false) + "，目标为0");
        }
        BigDecimal deviation = Decimals.divide(c.actual().subtract(c.target()).abs(), c.target().abs(), Results.MC);
        BigDecimal f = BigDecimal.ONE.subtract(deviation);
        return Results.of(c, RULE, 0, false, f, Meets.compare(c, false) + "，偏差" + Explain.pct(deviation));
    }
}
