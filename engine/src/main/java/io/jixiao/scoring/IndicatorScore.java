package io.jixiao.scoring;

import io.jixiao.value.GradeLevel;
import java.math.BigDecimal;

/**
 * One scored indicator as reports show it: its numbers (2-place, docs/scoring.md#arithmetic), the rule that scored it
 * and why ({@link Explanation}, put into words when shown).
 *
 * @param fraction the fraction f ∈ [0, 1] its rule gave (score = points × f; 0 for 不适用 and for a line no rule
 *                 scored): what mid-year monitoring reads of a forecast (docs/monitoring.md#indicator-light)
 * @param grade    the actual's grade when it is one (达成, 部分达成 75%, 优 …), else null
 */
public record IndicatorScore(String key, String name, String level1, String level2, String group, String target,
                             String actual, BigDecimal points, BigDecimal score, Status status, String rule,
                             Explanation why, BigDecimal fraction, GradeLevel grade) {

    /** A line whose actual is not a grade. */
    public IndicatorScore(String key, String name, String level1, String level2, String group, String target,
                          String actual, BigDecimal points, BigDecimal score, Status status, String rule,
                          Explanation why, BigDecimal fraction) {
        this(key, name, level1, level2, group, target, actual, points, score, status, rule, why, fraction, null);
    }

    /** Why it scored what it did, in the language of the run (put into words now: reports render, never keep it). */
    public String explanation() {
        return why.text();
    }

    /** 达成, 部分达成, 未达成 or 不适用, as every report labels the line (decided in {@link Achievement}). */
    public Achievement achievement() {
        return Achievement.of(status, grade);
    }
}
