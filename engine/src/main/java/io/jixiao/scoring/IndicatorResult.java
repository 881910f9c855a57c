package io.jixiao.scoring;

import java.math.BigDecimal;

/**
 * A rule's score for one case, with its justification: the rule's name and the arithmetic in words.
 * When several rules score the same case, the highest {@code priority} wins: the packaged methods use 0 and
 * 评（扣）分标准 10 (they never score the same case: a deduction replaces the default method); a user's rule
 * outranks them with a higher one.
 */
public record IndicatorResult(String caseId, String rule, int priority, BigDecimal fraction, BigDecimal score,
                              Status status, String explanation) {
}
