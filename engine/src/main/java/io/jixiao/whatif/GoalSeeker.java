package io.jixiao.whatif;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.ScoringSession;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Unit;
import io.jixiao.whatif.Plan.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the fewest actual changes that lift a score to an {@link Aim}.
 *
 * <ol>
 *   <li>Candidates: every indicator below full marks (not 不适用) whose full-marks actual, tried alone in the
 *       session, raises the goal's score; its gain is that rise, its cost the relative change of the actual
 *       (|new − old| / |old|; for a grade, of the scored fraction).</li>
 *   <li>The fewest changes: the smallest k such that the k largest changes, scored together, reach the goal
 *       (gains add up only to the cent: docs/scoring.md#arithmetic). If all of them together do not, the goal
 *       cannot be reached, and the best reachable score is reported.</li>
 *   <li>Which k: cheapest first — candidates in order of points gained per unit of relative change, each
 *       taken only if the goal stays reachable with k changes (it, those taken and the largest left, scored
 *       together).</li>
 *   <li>Trimming: a measured change is then cut back, least efficient first, to the value closest to
 *       the current actual (at the precision of the actual and the target) that still reaches the goal.</li>
 * </ol>
 * Every number comes from scoring in the session; the session is left as it was.
 */
final class GoalSeeker {

    private static final BigDecimal TINY = new BigDecimal("1E-9");

    private final ScoringSession session;
    private final Trials trials;
    private final Aim goal;
    private final List<IndicatorTable> scope;

    private GoalSeeker(ScoringSession session, DepartmentTargets targets, Aim goal) {
        this.session = session;
        this.trials = new Trials(session);
        this.goal = goal;
        this.scope = goal.table() == null ? targets.tables()
                : List.of(Lookup.table(targets, goal.table(), Trials.AT));
    }

    /** A change worth trying: its full-marks actual, what that gains alone, and what it costs. */
    private record Candidate(IndicatorTable table, Indicator indicator, ActualEntry from, ActualEntry full,
                             BigDecimal gain, BigDecimal relative) {

        BigDecimal efficiency() {
            return gain.divide(relative.max(TINY), Results.MC);
        }
    }

    static Plan seek(ScoringSession session, DepartmentTargets targets, Aim goal) {
        Aim canonical = goal.table() == null ? goal
                : goal.forTable(Lookup.table(targets, goal.table(), Trials.AT).name());
        return new GoalSeeker(session, targets, canonical).plan();
    }

    private Plan plan() {
        DepartmentScore start = session.score();
        BigDecimal before = goal.measure(start);
        if (goal.reachedBy(before)) {
            return new Plan(goal, before, before, true, before, List.of());
        }
        List<Candidate> candidates = candidates(start, before);
        List<Candidate> byGain = candidates.stream().sorted(Comparator.comparing(Candidate::gain).reversed()).toList();
        BigDecimal need = goal.threshold().subtract(before);
        int k = 0;
        BigDecimal sum = BigDecimal.ZERO;
        while (k < byGain.size() && sum.compareTo(need) < 0) {
            sum = sum.add(byGain.get(k++).gain());
        }
        // gains scored one at a time add up only to the cent: every score is a 2-place sum of 2-place parts, and the
        // 不适用 rescaling and the department's mean are rounded (docs/scoring.md#arithmetic). The sum of the gains
        // gives a first k; the k largest changes scored together settle it.
        while (k > 1 && goal.reachedBy(measureWith(byGain.subList(0, k - 1)))) {
            k--;
        }
        while (k < byGain.size() && !goal.reachedBy(measureWith(byGain.subList(0, k)))) {
            k++;
        }
        if (!goal.reachedBy(measureWith(byGain.subList(0, k)))) {
            return new Plan(goal, before, before, false, measureWith(byGain), List.of());
        }
        List<Candidate> chosen = choose(candidates, byGain, k);
        if (!goal.reachedBy(measureWith(chosen))) {
            // the rules did not add up (a user rule, say): take more, largest gain first
            for (Candidate c : byGain) {
                if (!chosen.contains(c)) {
                    chosen.add(c);
                    if (goal.reachedBy(measureWith(chosen))) {
                        break;
                    }
                }
            }
            if (!goal.reachedBy(measureWith(chosen))) {
                return new Plan(goal, before, before, false, measureWith(byGain), List.of());
            }
        }
        List<ActualEntry> targets = trim(chosen);
        return steps(before, chosen, targets, measureWith(byGain));
    }

    private List<Candidate> candidates(DepartmentScore start, BigDecimal before) {
        List<Candidate> out = new ArrayList<>();
        for (IndicatorTable table : scope) {
            for (Indicator i : table.indicators()) {
                IndicatorScore line = Trials.line(start, table, i);
                if (line.status() == Status.NA || line.points().signum() <= 0
                        || line.score().compareTo(line.points()) >= 0) {
                    continue;
                }
                Optional<Trials.FullMarks> full = trials.fullMarks(table, i);
                if (full.isEmpty()) {
                    continue;
                }
                BigDecimal gain = goal.measure(full.get().with()).subtract(before);
                // a change that adds nothing alone may still add a cent with others (every score is a 2-place sum of
                // 2-place parts): kept, last by gain, so that the best reachable is every line at full marks
                if (gain.signum() >= 0) {
                    ActualEntry from = session.actual(table.name(), i.key());
                    out.add(new Candidate(table, i, from, full.get().entry(), gain,
                            relative(i, from, full.get().entry(), line)));
                }
            }
        }
        return out;
    }

    /**
     * k candidates, most efficient first, each taken only while k changes can still reach the goal: with it, the
     * ones taken before it and the largest gains left to fill the k, scored together.
     */
    private List<Candidate> choose(List<Candidate> candidates, List<Candidate> byGain, int k) {
        List<Candidate> byEfficiency = candidates.stream().sorted(Comparator.comparing(Candidate::efficiency)
                .reversed().thenComparing(Comparator.comparing(Candidate::gain).reversed())).toList();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : byEfficiency) {
            if (chosen.size() == k) {
                break;
            }
            int slots = k - chosen.size() - 1;
            List<Candidate> trial = new ArrayList<>(chosen);
            trial.add(c);
            byGain.stream().filter(x -> x != c && !chosen.contains(x)).limit(slots).forEach(trial::add);
            if (goal.reachedBy(measureWith(trial))) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    /**
     * Each chosen change's actual, cut back (least efficient first) to the value nearest the current actual
     * that still reaches the goal with the others applied.
     */
    private List<ActualEntry> trim(List<Candidate> chosen) {
        List<ActualEntry> to = new ArrayList<>(chosen.stream().map(Candidate::full).toList());
        for (int n = chosen.size() - 1; n >= 0; n--) {
            Candidate c = chosen.get(n);
            Unit unit = Trials.unit(c.indicator());
            BigDecimal a0 = unit == null ? null : Trials.measured(c.from(), unit);
            BigDecimal a1 = unit == null ? null : Trials.measured(c.full(), unit);
            if (a0 == null || a1 == null) {
                continue;
            }
            int scale = Math.min(4, Math.max(0, Math.max(scale(a0), scale(a1))));
            BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
            long steps = a1.subtract(a0).abs().divide(step, Results.MC).longValue();
            BigDecimal sign = BigDecimal.valueOf(a1.compareTo(a0));
            long lo = 1;
            long hi = steps;
            while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                to.set(n, entry(c, a0.add(sign.multiply(step).multiply(BigDecimal.valueOf(mid))), unit));
                if (goal.reachedBy(measureWith(chosen, to))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            ActualEntry trimmed = entry(c, a0.add(sign.multiply(step).multiply(BigDecimal.valueOf(hi))), unit);
            to.set(n, trimmed);
            if (!goal.reachedBy(measureWith(chosen, to))) {
                to.set(n, c.full()); // not monotone after all: keep full marks
            }
        }
        return to;
    }

    /** The steps in order with what each adds; a step that would add nothing is dropped. */
    private Plan steps(BigDecimal before, List<Candidate> chosen, List<ActualEntry> to, BigDecimal best) {
        List<Step> steps = new ArrayList<>();
        List<Candidate> applied = new ArrayList<>();
        List<ActualEntry> appliedTo = new ArrayList<>();
        BigDecimal last = before;
        for (int n = 0; n < chosen.size(); n++) {
            applied.add(chosen.get(n));
            appliedTo.add(to.get(n));
            BigDecimal now = measureWith(applied, appliedTo);
            if (now.compareTo(last) <= 0) {
                applied.remove(applied.size() - 1);
                appliedTo.remove(appliedTo.size() - 1);
                continue;
            }
            Candidate c = chosen.get(n);
            IndicatorScore line = Trials.line(session.score(), c.table(), c.indicator());
            steps.add(new Step(c.table().name(), c.indicator().key(), c.indicator().label(),
                    c.from() == null ? null : c.from().text(), to.get(n).text(),
                    relative(c.indicator(), c.from(), to.get(n), line), now.subtract(last)));
            last = now;
        }
        return new Plan(goal, before, last, goal.reachedBy(last), best.max(last), steps);
    }

    private BigDecimal measureWith(List<Candidate> cs) {
        return measureWith(cs, cs.stream().map(Candidate::full).toList());
    }

    /** The goal's score with each candidate set to the matching actual; the session is restored. */
    private BigDecimal measureWith(List<Candidate> cs, List<ActualEntry> to) {
        try {
            for (int n = 0; n < cs.size(); n++) {
                session.setActual(cs.get(n).table().name(), cs.get(n).indicator().key(), to.get(n));
            }
            return goal.measure(session.score());
        } finally {
            for (Candidate c : cs) {
                trials.put(c.table().name(), c.indicator().key(), c.from());
            }
        }
    }

    private static ActualEntry entry(Candidate c, BigDecimal amount, Unit unit) {
        return Lookup.entry(c.indicator(), Trials.text(amount, unit), Trials.AT);
    }

    /** |new − old| / |old| for measured actuals; for anything else, of the scored fraction; 1 from nothing. */
    static BigDecimal relative(Indicator i, ActualEntry from, ActualEntry to, IndicatorScore line) {
        Unit unit = Trials.unit(i);
        BigDecimal a0 = unit == null ? null : Trials.measured(from, unit);
        BigDecimal a1 = unit == null ? null : Trials.measured(to, unit);
        if (a0 != null && a1 != null) {
            return a0.signum() == 0 ? BigDecimal.ONE : a1.subtract(a0).abs().divide(a0.abs(), Results.MC);
        }
        if (line.points().signum() <= 0 || line.score().signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal f0 = line.score().divide(line.points(), Results.MC);
        return BigDecimal.ONE.subtract(f0).divide(f0, Results.MC);
    }

    private static int scale(BigDecimal v) {
        return v.stripTrailingZeros().scale();
    }
}
