package io.jixiao.scoring.method;

import io.jixiao.problem.Finding;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.scoring.ScoringProblems;
import io.jixiao.value.ChineseNumerals;
import java.math.BigDecimal;

/** An actual equal to the qualitative target text counts as 达成; other free text cannot be scored. */
public final class TextMatch {

    public static final String RULE = "text-match";
    public static final String UNSCORABLE = "text-unscorable";

    private TextMatch() {
    }

    public static IndicatorResult score(ScoringCase c) {
        return Results.of(c, RULE, 0, true, BigDecimal.ONE, Explanation.of(Why.TEXT_MATCH, c.actualText()));
    }

    public static IndicatorResult unscorable(ScoringCase c) {
        return Results.of(c, UNSCORABLE, 0, false, BigDecimal.ZERO, Explanation.of(Why.TEXT_UNSCORABLE,
                c.actualText()));
    }

    /**
     * KPI-0303; when the text writes a number in Chinese numerals (九十二) against a measured target, the hint
     * spells it in digits with the target's unit (92%) instead of suggesting a grade: it is not scored as that
     * number, an officer confirms it (docs/decisions.md#chinese-numerals).
     */
    public static Finding finding(ScoringCase c) {
        if (c.target() != null) {
            var numeral = ChineseNumerals.read(c.actualText());
            if (numeral.isPresent()) {
                return ScoringProblems.numeralNotScorable(c.actualText(), c.targetText(),
                        numeral.get().written(c.unit() == null ? "" : c.unit()));
            }
        }
        return ScoringProblems.textNotScorable(c.actualText(), c.targetText());
    }
}
