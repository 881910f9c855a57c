package io.jixiao.api;

import io.jixiao.whatif.Stake;
import java.math.BigDecimal;

/**
 * One indicator's stake: the points it can still gain in its table, the actual that gives full marks, and
 * what full marks would add to the department's score (or the table's, when asked for one table).
 *
 * @param table     the table's name
 * @param indicator the indicator's key
 * @param label     the indicator's name as a person reads it
 * @param target    指标值 as written
 * @param actual    the actual now, as written (null when there is none)
 * @param points    its points in its table
 * @param score     what it scores now
 * @param status    {@code met}, {@code partial}, {@code missed} or {@code na}, as {@link IndicatorLine#status()}
 * @param atStake   points − score (0 for full marks and for 不适用)
 * @param fullMarks the actual that scores full marks (the current one when already full; null when none
 *                  does, e.g. 不适用, or a user rule that no actual satisfies)
 * @param gain      the department's (or the table's) score gained by setting {@code fullMarks} alone
 */
public record Sensitivity(String table, String indicator, String label, String target, String actual,
                          BigDecimal points, BigDecimal score, String status, BigDecimal atStake, String fullMarks,
                          BigDecimal gain) {

    static Sensitivity of(Stake s) {
        return new Sensitivity(s.table(), s.indicator(), s.label(), s.target(), s.actual(), s.points(), s.score(),
                s.status().label(), s.atStake(), s.fullMarks(), s.gain());
    }

    /**
     * Whether the indicator is 不适用.
     *
     * @return true when {@link #status()} is {@code na}
     */
    public boolean notApplicable() {
        return "na".equals(status);
    }
}
