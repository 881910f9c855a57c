package io.jixiao.whatif;

import io.jixiao.scoring.Status;
import java.math.BigDecimal;

/**
 * One indicator's stake: the points it can still gain in its table, the actual that gives full marks, and what
 * full marks would add to the department's score (or the table's, when asked for one table). The API's
 * {@code Sensitivity} is its public face.
 *
 * @param atStake   points − score (0 for full marks and for 不适用)
 * @param fullMarks the actual that scores full marks (the current one when already full; null when none does,
 *                  e.g. 不适用, or a user rule that no actual satisfies)
 * @param gain      the department's (or the table's) score gained by setting {@code fullMarks} alone
 */
public record Stake(String table, String indicator, String label, String target, String actual, BigDecimal points,
                    BigDecimal score, Status status, BigDecimal atStake, String fullMarks, BigDecimal gain) {
}
