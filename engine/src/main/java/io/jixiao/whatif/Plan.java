package io.jixiao.whatif;

import java.math.BigDecimal;
import java.util.List;

/**
 * What goal seeking found: the fewest actual changes, cheapest first (most points gained per unit of relative
 * change), each applied on top of the ones before it. The API's {@code GoalPlan} is its public face.
 *
 * @param aim       what was sought, its table named as the department names it
 * @param before    the score now
 * @param after     the score with every step applied (equals {@code before} when no step is proposed)
 * @param reachable false when even full marks on every indicator that can still gain fall short
 * @param best      the highest score reachable by changing actuals (every gaining indicator at full marks)
 * @param steps     the proposed changes in order; empty when the aim is already met or cannot be reached
 */
public record Plan(Aim aim, BigDecimal before, BigDecimal after, boolean reachable, BigDecimal best, List<Step> steps) {

    public Plan {
        steps = List.copyOf(steps);
    }

    /**
     * One proposed change.
     *
     * @param label    the indicator's name as a person reads it
     * @param relative the relative change of the actual (|new − old| / |old|; for grades, of the scored fraction)
     * @param gain     what this step adds to the aim's score, applied after the steps before it (&gt; 0)
     */
    public record Step(String table, String indicator, String label, String from, String to, BigDecimal relative,
                       BigDecimal gain) {
    }
}
