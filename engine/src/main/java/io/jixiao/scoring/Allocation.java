package io.jixiao.scoring;

import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a table's 100 points are shared (docs/scoring.md#weights, docs/scoring.md#points): each present group's weight
 * after moving and rescaling, the budget-execution weight, and each indicator's points by key.
 *
 * @param total    what the groups and the budget weight add up to: 100, except when every indicator has a given 分值
 *                 (docs/scoring.md#given-points), where they count as written and the table's score is rescaled
 *                 score × 100 / total
 * @param warnings given 分值 that depart from the profile's weights, a total other than 100 (KPI-0319)
 */
public record Allocation(List<GroupShare> groups, BigDecimal budgetWeight, Map<String, BigDecimal> points,
                         List<Finding> errors, BigDecimal total, List<Finding> warnings) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Allocation {
        groups = List.copyOf(groups);
        // a map PointAllocator made for this allocation is kept as it is; any other is copied
        points = java.util.Collections.unmodifiableMap(points instanceof Points ? points
                : new java.util.LinkedHashMap<>(points));
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Out of 100, without warnings. */
    public Allocation(List<GroupShare> groups, BigDecimal budgetWeight, Map<String, BigDecimal> points,
                      List<Finding> errors) {
        this(groups, budgetWeight, points, errors, HUNDRED, List.of());
    }

    /** True when the table's lines add up to something other than 100 and its score is rescaled to 100. */
    public boolean rescaled() {
        return total.compareTo(HUNDRED) != 0;
    }

    /**
     * The points by key that {@link PointAllocator} fills for one allocation and hands over (no copy): made in this
     * package only, and not changed after the allocation is made.
     */
    static final class Points extends java.util.LinkedHashMap<String, BigDecimal> {

        Points(int indicators) {
            super((int) (indicators / 0.75f) + 1);
        }
    }

    /** A scoring group present in the table and its points out of 100. */
    public record GroupShare(ScoringProfile.Group group, BigDecimal weight) {
    }
}
