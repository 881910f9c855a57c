package io.jixiao.api;

import io.jixiao.whatif.Plan;
import java.math.BigDecimal;
import java.util.List;

/**
 * What it takes to reach a {@link Goal}: the fewest actual changes, cheapest first (most points gained per
 * unit of relative change), each applied on top of the ones before it.
 *
 * @param goal      the goal, its table named as the department names it
 * @param before    the score now
 * @param after     the score with every step applied (equals {@code before} when no step is proposed)
 * @param reachable false when even full marks on every indicator that can still gain fall short
 * @param best      the highest score reachable by changing actuals (every gaining indicator at full marks)
 * @param steps     the proposed changes in order; empty when the goal is already met or cannot be reached
 */
public record GoalPlan(Goal goal, BigDecimal before, BigDecimal after, boolean reachable, BigDecimal best,
                       List<Step> steps) {

    /**
     * A plan; {@code steps} is copied.
     *
     * @param goal      the goal
     * @param before    the score now
     * @param after     the score with every step applied
     * @param reachable whether the goal can be reached
     * @param best      the highest score reachable
     * @param steps     the changes, in order
     */
    public GoalPlan {
        steps = List.copyOf(steps);
    }

    static GoalPlan of(Plan p) {
        return new GoalPlan(Goal.of(p.aim()), p.before(), p.after(), p.reachable(), p.best(),
                p.steps().stream().map(s -> new Step(s.table(), s.indicator(), s.label(), s.from(), s.to(),
                        s.relative(), s.gain())).toList());
    }

    /**
     * Whether the goal is met without any change.
     *
     * @return true when {@link #before()} reaches the goal
     */
    public boolean alreadyMet() {
        return goal.reachedBy(before);
    }

    /**
     * One proposed change.
     *
     * @param table     the table's name
     * @param indicator the indicator's key
     * @param label     the indicator's name as a person reads it
     * @param from      the actual now, as written (null when there is none)
     * @param to        the actual proposed, as written
     * @param relative  the relative change of the actual (|new − old| / |old|; for grades, of the scored
     *                  fraction), e.g. 0.111 for 18000条 → 20000条
     * @param gain      what this step adds to the goal's score, applied after the steps before it (&gt; 0)
     */
    public record Step(String table, String indicator, String label, String from, String to, BigDecimal relative,
                       BigDecimal gain) {

        /**
         * The step as a change.
         *
         * @return the change it makes
         */
        public Change change() {
            return new Change(table, indicator, from, to);
        }
    }
}
