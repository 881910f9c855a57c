package io.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.value.Quantity;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Goal seeking on the seed departments after random changes (measured actuals pushed down to a fraction of
 * their targets, grades lowered): the plan reaches the goal whenever full marks on every indicator would,
 * says so when they would not, uses the fewest changes, and never proposes a change that lowers the score.
 */
class GoalSeekingProperties {

    private static final String[] DEPARTMENTS = {"guangyang/2023", "kaiping/2025", "luancheng/2020", "shifeng/2023"};
    private static final String[] FACTORS = {"0", "0.3", "0.6", "0.8", "0.9", "0.97", "0.999"};
    private static final String[] WORDS = {"未达成", "部分达成", "部分达成 65%", "差", "中", "良", "未达成 20%"};
    private static final String[] GOALS = {"80", "85", "88.5", "90", "92", "95", "97.5", "99", "100", "优", "良"};
    private static final Map<Integer, Scenario> BASES = new HashMap<>();

    record Lower(int pick, int how) {
    }

    /** A sample jqwik found (seed -290028741248342734): the best reachable differed from full marks by a cent. */
    @net.jqwik.api.Example
    void aBestThatAFreshScoreGivesToTheCent() {
        planReachesTheGoalWhenPossibleWithTheFewestChangesNoneLowering(1,
                List.of(new Lower(0, 0), new Lower(1, 0), new Lower(18, 6)), 8, false);
    }

    @Property(tries = 40)
    void planReachesTheGoalWhenPossibleWithTheFewestChangesNoneLowering(
            @ForAll @IntRange(max = 3) int department, @ForAll("lowerings") List<Lower> lowerings,
            @ForAll @IntRange(max = 10) int goalIndex, @ForAll boolean forTable) {
        Scenario s = lowered(department, lowerings);
        try (WhatIf w = s.open()) {
            Result start = w.score();
            String table = forTable ? start.tables().get(lowerings.get(0).pick() % start.tables().size()).name() : null;
            Goal goal = w.goal(GOALS[goalIndex], table);
            GoalPlan plan = w.seek(goal);
            Statistics.label("plan").collect(plan.alreadyMet() ? "already met" : !plan.reachable() ? "unreachable"
                    : plan.steps().size() + " step(s)");
            Result after = w.score();
            assertThat(after.score()).as("the session is left as it was").isEqualTo(start.score());
            assertThat(after.tables()).as("the session is left as it was").isEqualTo(start.tables());

            List<Sensitivity> stakes = w.sensitivity(table);
            BigDecimal before = goal.measure(start);
            BigDecimal best = goal.measure(scored(allAtFullMarks(s, stakes)));
            assertThat(plan.before()).isEqualByComparingTo(before);
            assertThat(plan.reachable()).as("reachable iff full marks everywhere reach %s (best %s)", goal.score(), best)
                    .isEqualTo(goal.reachedBy(best));
            if (!plan.reachable()) {
                assertThat(plan.steps()).isEmpty();
                assertThat(plan.best()).isEqualByComparingTo(best);
                return;
            }
            if (plan.alreadyMet()) {
                assertThat(plan.steps()).isEmpty();
                return;
            }
            // reaches the goal, scored afresh
            Scenario planned = s;
            for (GoalPlan.Step step : plan.steps()) {
                planned = planned.with(step.table(), step.indicator(), step.to());
                // never a change that lowers the score, alone or after the steps before it
                BigDecimal alone = goal.measure(scored(s.with(step.table(), step.indicator(), step.to())));
                assertThat(alone).isGreaterThanOrEqualTo(before);
                assertThat(step.gain()).isPositive();
            }
            BigDecimal reached = goal.measure(scored(planned));
            assertThat(reached).isEqualByComparingTo(plan.after());
            assertThat(goal.reachedBy(reached)).isTrue();
            // the fewest changes: the k − 1 largest full-marks changes, made together, do not reach the goal
            // (together: gains scored one at a time add up only to the cent, docs/scoring.md#arithmetic)
            Scenario largest = s;
            for (Sensitivity x : stakes.stream().filter(x -> x.gain().signum() > 0 && x.fullMarks() != null)
                    .limit(plan.steps().size() - 1L).toList()) {
                largest = largest.with(x.table(), x.indicator(), x.fullMarks());
            }
            assertThat(goal.reachedBy(goal.measure(scored(largest)))).as("k − 1 changes reach the goal").isFalse();
        }
    }

    @Provide
    Arbitrary<List<Lower>> lowerings() {
        return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 20))
                .as(Lower::new).list().ofMinSize(3).ofMaxSize(12);
    }

    /** The scenario's score by the fast path (the numbers are the same; the 审核 and 复核 are not needed here). */
    private static Result scored(Scenario s) {
        try (WhatIf w = s.open()) {
            return w.score();
        }
    }

    /** Every indicator with an actual for full marks set to it: the best score changing actuals can give. */
    private static Scenario allAtFullMarks(Scenario s, List<Sensitivity> stakes) {
        Scenario all = s;
        for (Sensitivity x : stakes) {
            if (x.fullMarks() != null && x.atStake().signum() > 0) {
                all = all.with(x.table(), x.indicator(), x.fullMarks());
            }
        }
        return all;
    }

    private static Scenario lowered(int department, List<Lower> lowerings) {
        Scenario base = base(department);
        List<String[]> slots = new ArrayList<>();
        for (TableResult t : scored(base).tables()) {
            for (IndicatorLine i : t.indicators()) {
                slots.add(new String[] {t.name(), i.key(), i.target()});
            }
        }
        Scenario s = base;
        for (Lower l : lowerings) {
            String[] slot = slots.get(l.pick() % slots.size());
            s = s.with(slot[0], slot[1], value(slot[2], l.how()));
        }
        return s;
    }

    /** A lower actual: a fraction of a measured ≥ target (a multiple of a ≤ one), or a lower grade. */
    private static String value(String targetText, int how) {
        // an empty target is text, as the loader reads it
        if (!targetText.isBlank() && ValueParser.parse(targetText).value() instanceof Quantity q && how < 14) {
            BigDecimal f = new BigDecimal(FACTORS[how % FACTORS.length]);
            BigDecimal amount = q.comparator().atMost() ? q.amount().multiply(BigDecimal.valueOf(2).subtract(f))
                    : q.amount().multiply(f);
            return amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + q.unit().symbol();
        }
        return WORDS[how % WORDS.length];
    }

    private static synchronized Scenario base(int n) {
        return BASES.computeIfAbsent(n, k -> {
            Path dir = Path.of("..", "indicators", DEPARTMENTS[k]);
            return Scenario.of(dir.resolve("targets.yaml"), dir.resolve("actuals-example.yaml"));
        });
    }
}
