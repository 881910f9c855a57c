package io.jixiao.scoring;

import java.math.BigDecimal;

/** One scored indicator as reports show it: unrounded numbers, the rule that scored it and why. */
public record IndicatorScore(String key, String name, String level1, String level2, String group, String target,
                             String actual, BigDecimal points, BigDecimal score, Status status, String rule,
                             String explanation) {
}
