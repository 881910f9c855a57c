package io.jixiao.scoring;

import java.math.BigDecimal;

/**
 * A rule's score for one case, with its justification: the rule's name and the arithmetic in words.
 * When several rules score the same case, the highest {@code priority} wins (评（扣）分标准 10 over the
 * default methods 0; user rules may go higher).
 */
public record IndicatorResult(String caseId, String rule, int priority, BigDecimal fraction, BigDecimal score,
                              Status status, String explanation) {
}
