package io.jixiao.scoring;

import java.math.BigDecimal;

/**
 * One scored indicator as reports show it: unrounded numbers, the rule that scored it and why.
 *
 * @param fraction the fraction f ∈ [0, 1] its rule gave (score = points × f; 0 for 不适用 and for a line no rule
 *                 scored): what mid-year monitoring reads of a forecast (docs/monitoring.md#indicator-light)
 */
public record IndicatorScore(String key, String name, String level1, String level2, String group, String target,
                             String actual, BigDecimal points, BigDecimal score, Status status, String rule,
                             String explanation, BigDecimal fraction) {
}
