package io.jixiao.scoring.method;

import io.jixiao.model.PointStandard;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.scoring.ScoringProblems;
import java.math.BigDecimal;

/**
 * Choices of wording (docs/scoring.md#deduction-choices): the actual is one of the options (compared after normalising
 * the text) and scores its points (满分: the 分值), capped at the 分值; any other text scores 0 with an error listing the
 * options (KPI-0318).
 */
public final class Choices {

    public static final String RULE = "deduction-choices";
    public static final String NONE = "deduction-not-a-choice";
    public static final int PRIORITY = 10;

    private Choices() {
    }

    public static IndicatorResult score(ScoringCase c) {
        PointStandard.Choice choice = ((PointStandard.Choices) c.deduction().standard()).choices().get(c.standardEntry());
        BigDecimal awarded = choice.points() == null ? Results.fullPoints(c) : choice.points();
        return Results.points(c, RULE, PRIORITY, null, awarded, Explanation.of(Why.CHOICE, c.actualText(),
                choice.option()));
    }

    public static IndicatorResult none(ScoringCase c) {
        return Results.points(c, NONE, PRIORITY, false, BigDecimal.ZERO, Explanation.of(Why.CHOICE_NONE,
                c.actualText()));
    }

    public static Finding noneFinding(ScoringCase c) {
        return ScoringProblems.notAChoice(c.actualText(), c.key(),
                ((PointStandard.Choices) c.deduction().standard()).options());
    }
}
