package io.jixiao.scoring.method;

import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/** =: equal → 1, else max(0, 1 − |actual − target| / |target|); target 0 and actual not 0 → 0. */
public final class Equal {

    public static final String RULE = "equal";

    private Equal() {
    }

    public static IndicatorResult score(ScoringCase c) {
        if (Meets.met(c)) {
            return Results.of(c, RULE, 0, true, BigDecimal.ONE, Explanation.of(Why.MET, Meets.comparison(c, true)));
        }
        if (c.target().signum() == 0) {
            return Results.of(c, RULE, 0, false, BigDecimal.ZERO, Explanation.of(Why.EQUAL_ZERO_TARGET,
                    Meets.comparison(c, false)));
        }
        BigDecimal deviation = Decimals.divide(c.actual().subtract(c.target()).abs(), c.target().abs(), Results.MC);
        BigDecimal f = BigDecimal.ONE.subtract(deviation);
        return Results.of(c, RULE, 0, false, f, Explanation.of(Why.EQUAL_PARTIAL,
                Meets.comparison(c, false), deviation));
    }
}
