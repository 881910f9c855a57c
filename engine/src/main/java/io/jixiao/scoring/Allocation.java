package io.jixiao.scoring;

import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a table's 100 points are shared (docs/scoring.md#weights, docs/scoring.md#points): each present group's weight
 * after moving and rescaling, the budget-execution weight, and each indicator's points by key.
 */
public record Allocation(List<GroupShare> groups, BigDecimal budgetWeight, Map<String, BigDecimal> points,
                         List<Finding> errors) {

    public Allocation {
        groups = List.copyOf(groups);
        points = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(points));
        errors = List.copyOf(errors);
    }

    /** A scoring group present in the table and its points out of 100. */
    public record GroupShare(ScoringProfile.Group group, BigDecimal weight) {
    }
}
