package io.jixiao.scoring.method;

import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/** Range a–b: inside → 1; below → actual/a; above → b/actual. */
public final class InRange {

    public static final String RULE = "range";

    private InRange() {
    }

    public static IndicatorResult score(ScoringCase c) {
        BigDecimal a = c.actual();
        String range = "目标" + Explain.num(c.target()) + "–" + Explain.amount(c.targetHigh(), c.unit());
        String actual = "实际" + Explain.amount(a, c.unit());
        if (a.compareTo(c.target()) < 0) {
            BigDecimal f = a.signum() < 0 ? BigDecimal.ZERO
                    : c.target().signum() == 0 ? BigDecimal.ONE : Decimals.divide(a, c.target(), Results.MC);
            return Results.of(c, RULE, 0, false, f, actual + " 低于" + range + "，实际/下限=" + Explain.pct(f));
        }
        if (a.compareTo(c.targetHigh()) > 0) {
            BigDecimal f = Decimals.divide(c.targetHigh(), a, Results.MC);
            return Results.of(c, RULE, 0, false, f, actual + " 高于" + range + "，上限/实际=" + Explain.pct(f));
        }
        return Results.of(c, RULE, 0, true, BigDecimal.ONE, actual + " 在" + range + "内，达标");
    }
}
