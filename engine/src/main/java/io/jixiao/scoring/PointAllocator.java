package io.jixiao.scoring;

import io.jixiao.model.Finding;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.Problems;
import io.jixiao.scoring.Allocation.GroupShare;
import io.jixiao.scoring.method.Explain;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a table's 100 points (§4.1–4.2): a group without indicators hands its weight to its
 * {@code whenAbsent} group or is dropped; BUDGET is dropped when budget or spent is unknown; the rest
 * is rescaled to 100. Inside a group, given 分值 count as written and the others share what is left.
 */
public final class PointAllocator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PointAllocator() {
    }

    public static Allocation allocate(IndicatorTable table, ScoringProfile profile, boolean budgetKnown) {
        Map<String, BigDecimal> weights = presentWeights(table, profile);
        BigDecimal budget = budgetKnown ? profile.budgetWeight() : BigDecimal.ZERO;
        BigDecimal total = weights.values().stream().reduce(budget, BigDecimal::add);
        BigDecimal scale = total.signum() == 0 ? BigDecimal.ONE : Decimals.divide(HUNDRED, total, Results.MC);
        List<GroupShare> shares = new ArrayList<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        List<Finding> errors = new ArrayList<>();
        for (ScoringProfile.Group g : profile.groups()) {
            BigDecimal w = weights.get(g.name());
            if (w != null) {
                BigDecimal weight = w.multiply(scale, Results.MC);
                shares.add(new GroupShare(g, weight));
                share(table, g, weight, points, errors);
            }
        }
        return new Allocation(shares, budget.multiply(scale, Results.MC), points, errors);
    }

    /** Weights of groups that have indicators, after absent groups hand theirs over. */
    private static Map<String, BigDecimal> presentWeights(IndicatorTable table, ScoringProfile profile) {
        Map<String, BigDecimal> present = new LinkedHashMap<>();
        for (ScoringProfile.Group g : profile.groups()) {
            if (table.indicators().stream().anyMatch(i -> g.categories().contains(i.category()))) {
                present.put(g.name(), g.weight());
            }
        }
        for (ScoringProfile.Group g : profile.groups()) {
            if (!present.containsKey(g.name()) && g.whenAbsent() != null && present.containsKey(g.whenAbsent())) {
                present.merge(g.whenAbsent(), g.weight(), BigDecimal::add);
            }
        }
        return present;
    }

    private static void share(IndicatorTable table, ScoringProfile.Group g, BigDecimal weight,
                              Map<String, BigDecimal> points, List<Finding> errors) {
        List<Indicator> members = table.indicators().stream().filter(i -> g.categories().contains(i.category())).toList();
        BigDecimal given = members.stream().filter(i -> i.points() != null).map(Indicator::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Indicator> free = members.stream().filter(i -> i.points() == null).toList();
        if (given.compareTo(weight) > 0) {
            errors.add(Problems.pointsExceedWeight(members.get(0).location(), table.name(), g.name(),
                    Explain.num(given), Explain.num(weight)));
        } else if (free.isEmpty() && given.compareTo(weight) != 0) {
            errors.add(Problems.pointsDoNotAddUp(members.get(0).location(), table.name(), g.name(),
                    Explain.num(given), Explain.num(weight)));
        }
        BigDecimal each = free.isEmpty() ? BigDecimal.ZERO
                : Decimals.divide(weight.subtract(given).max(BigDecimal.ZERO), BigDecimal.valueOf(free.size()),
                        Results.MC);
        for (Indicator i : members) {
            points.put(i.key(), i.points() != null ? i.points() : each);
        }
    }
}
