package io.jixiao.scoring.method;

import io.jixiao.scoring.Direction;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import java.math.BigDecimal;

/** 达标得满分，不达标不得分. */
public final class PassFail {

    public static final String RULE = "deduction-pass-fail";
    public static final int PRIORITY = 10;

    private PassFail() {
    }

    public static IndicatorResult score(ScoringCase c, Direction d) {
        boolean met = Meets.met(c, d);
        return Results.of(c, RULE, PRIORITY, met, met ? BigDecimal.ONE : BigDecimal.ZERO,
                Meets.compare(c, d, met) + (met ? "，达标得满分" : "，不达标不得分"));
    }
}
