package io.jixiao.profile;

import io.jixiao.model.Category;
import io.jixiao.value.Dimension;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code review:} section of a scoring profile: every threshold and word list the review (审核) rules
 * read. Inserted into each review session as a fact, so that no number or word is written in
 * rules/review/*.drl.
 *
 * @param requiredCategories  categories every table must have (产出, 效益, 满意度)
 * @param level2              the 二级指标 words each 一级指标 category accepts ("数量" matches "数量指标")
 * @param requiredLevel2      the 二级指标 words a category must all show once the table has that category
 * @param measurableLevel2    二级指标 words whose targets must be numbers (数量, 质量, 时效, 成本)
 * @param vagueWords          words that make a qualitative target vague unless it states a number
 * @param comparatorNeeded    unit dimensions whose direction is ambiguous without ≥/≤ (a time: minimum or deadline?)
 * @param percentCeiling      the largest sensible percentage target (100)
 * @param moneyTolerance      万元: two sums of money closer than this are equal (rounding in published tables)
 * @param spendingPlanEnd     the percent a 资金支出计划 must reach at its last step (100)
 * @param executionFloor      deprecated, optional: a profile written before the {@code recheck:} section gave
 *                            the 预算执行率 floor here; it now is {@link RecheckSettings#executionFloor()}, which
 *                            takes this value when the profile's recheck section does not give one
 */
public record ReviewSettings(List<Category> requiredCategories, Map<Category, List<String>> level2,
                             Map<Category, List<String>> requiredLevel2, List<String> measurableLevel2,
                             List<String> vagueWords, List<Dimension> comparatorNeeded, BigDecimal percentCeiling,
                             BigDecimal moneyTolerance, BigDecimal spendingPlanEnd, BigDecimal executionFloor) {

    public ReviewSettings {
        requiredCategories = requiredCategories == null ? null : List.copyOf(requiredCategories);
        level2 = level2 == null ? null : copy(level2);
        requiredLevel2 = requiredLevel2 == null ? null : copy(requiredLevel2);
        measurableLevel2 = measurableLevel2 == null ? null : List.copyOf(measurableLevel2);
        vagueWords = vagueWords == null ? null : List.copyOf(vagueWords);
        comparatorNeeded = comparatorNeeded == null ? null : List.copyOf(comparatorNeeded);
        percentCeiling = strip(percentCeiling);
        moneyTolerance = strip(moneyTolerance);
        spendingPlanEnd = strip(spendingPlanEnd);
        executionFloor = strip(executionFloor);
    }

    /** The names of the components a profile must give (every one). */
    public boolean complete() {
        return requiredCategories != null && level2 != null && requiredLevel2 != null && measurableLevel2 != null
                && vagueWords != null && comparatorNeeded != null && percentCeiling != null && moneyTolerance != null
                && spendingPlanEnd != null;
    }

    /** The 二级指标 words accepted under a category (none when the profile lists none). */
    public List<String> level2Of(Category c) {
        return level2.getOrDefault(c, List.of());
    }

    private static Map<Category, List<String>> copy(Map<Category, List<String>> m) {
        Map<Category, List<String>> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(c);
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
