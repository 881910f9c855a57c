package io.jixiao.scoring.method;

import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.value.GradeLevel;
import java.math.BigDecimal;

/** 达标得满分，不达标不得分. */
public final class PassFail {

    public static final String RULE = "deduction-pass-fail";
    public static final int PRIORITY = 10;

    private PassFail() {
    }

    /**
     * A graded actual passes when its percent reaches the 达成 band of the profile (national: 达成, 优, 良
     * at 80%+; 部分达成 at its default 70% does not).
     */
    public static IndicatorResult graded(ScoringCase c, ScoringProfile p) {
        BigDecimal percent = Graded.percent(c, p);
        BigDecimal floor = p.achievement().get(GradeLevel.ACHIEVED).low();
        boolean met = percent.compareTo(floor) >= 0;
        return Results.of(c, RULE, PRIORITY, met, met ? BigDecimal.ONE : BigDecimal.ZERO, 
                Explanation.of(met ? Why.GRADE_PASS : Why.GRADE_FAIL, c.actualText(), c.grade().label(), percent, floor));
    }

    public static IndicatorResult score(ScoringCase c) {
        boolean met = Meets.met(c);
        return Results.of(c, RULE, PRIORITY, met, met ? BigDecimal.ONE : BigDecimal.ZERO,
                Explanation.of(met ? Why.PASS : Why.FAIL, Meets.comparison(c, met)));
    }
}
