package io.jixiao.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What it takes to reach a {@link Goal}: the fewest actual changes, cheapest first (most points gained per
 * unit of relative change), each applied on top of the ones before it.
 *
 * @param before    the score now
 * @param after     the score with every step applied (equals {@code before} when no step is proposed)
 * @param reachable false when even full marks on every indicator that can still gain fall short
 * @param best      the highest score reachable by changing actuals (every gaining indicator at full marks)
 * @param steps     the proposed changes in order; empty when the goal is already met or cannot be reached
 */
public record GoalPlan(Goal goal, BigDecimal before, BigDecimal after, boolean reachable, BigDecimal best,
                       List<Step> steps) {

    public GoalPlan {
        steps = List.copyOf(steps);
    }

    /** True when the goal is met without any change. */
    public boolean alreadyMet() {
        return goal.reachedBy(before);
    }

    /**
     * One proposed change.
     *
     * @param label    the indicator's name as a person reads it
     * @param relative the relative change of the actual (|new − old| / |old|; for grades, of the scored
     *                 fraction), e.g. 0.111 for 18000条 → 20000条
     * @param gain     what this step adds to the goal's score, applied after the steps before it (> 0)
     */
    public record Step(String table, String indicator, String label, String from, String to, BigDecimal relative,
                       BigDecimal gain) {

        public Change change() {
            return new Change(table, indicator, from, to);
        }
    }
}
