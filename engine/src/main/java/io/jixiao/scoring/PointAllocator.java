package io.jixiao.scoring;

import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.Allocation.GroupShare;
import io.jixiao.scoring.method.Explain;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a table's 100 points (docs/scoring.md#weights, docs/scoring.md#points): a group without indicators hands its
 * weight to its {@code whenAbsent} group or is dropped; BUDGET is dropped when budget or spent is unknown; the rest is
 * rescaled to 100. Inside a group, given 分值 count as written and the others share what is left. Every share is a
 * 2-place amount and the shares add up exactly (docs/scoring.md#arithmetic): the groups and BUDGET to 100, the
 * indicators of a group to its weight.
 */
public final class PointAllocator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final java.util.Comparator<Indicator> BY_KEY = java.util.Comparator.comparing(Indicator::key);

    private PointAllocator() {
    }

    public static Allocation allocate(IndicatorTable table, ScoringProfile profile, boolean budgetKnown) {
        if (table.kind() == io.jixiao.model.TableKind.EVALUATION) {
            return evaluation(table);
        }
        Map<String, BigDecimal> weights = presentWeights(table, profile);
        BigDecimal budgetPoints = budgetPoints(table, profile);
        if (!table.indicators().isEmpty() && allGiven(table)) {
            return given(table, profile, weights, budgetPoints, budgetKnown);
        }
        BigDecimal budget = budgetKnown ? budgetPoints : BigDecimal.ZERO;
        BigDecimal total = budget;
        for (BigDecimal w : weights.values()) {
            total = total.add(w);
        }
        BigDecimal scale = total.signum() == 0 ? BigDecimal.ONE : Decimals.divide(HUNDRED, total, Results.MC);
        List<ScoringProfile.Group> present = new ArrayList<>(weights.size());
        for (ScoringProfile.Group g : profile.groups()) {
            if (weights.containsKey(g.name())) {
                present.add(g);
            }
        }
        // the shares of 100 in 2-place amounts that add up to exactly 100 (docs/scoring.md#arithmetic): the groups
        // in profile order, then BUDGET
        List<BigDecimal> exact = new ArrayList<>();
        for (ScoringProfile.Group g : present) {
            exact.add(rescale(weights.get(g.name()), total));
        }
        exact.add(rescale(budget, total));
        List<BigDecimal> rounded = total.signum() == 0 ? exact : Numbers.shares(exact, HUNDRED);
        BigDecimal budgetShare = rounded.get(present.size());
        List<GroupShare> shares = new ArrayList<>();
        Map<String, BigDecimal> points = new Allocation.Points(table.indicators().size());
        List<Finding> errors = new ArrayList<>();
        for (int n = 0; n < present.size(); n++) {
            ScoringProfile.Group g = present.get(n);
            BigDecimal weight = rounded.get(n);
            shares.add(new GroupShare(g, weight));
            share(table, g, weights.get(g.name()), weight, scale, points, errors);
        }
        List<Finding> warnings = new ArrayList<>();
        BigDecimal written = weights.values().stream().reduce(budgetPoints, BigDecimal::add);
        if (table.budgetPoints() != null && written.compareTo(HUNDRED) != 0 && !table.indicators().isEmpty()) {
            // a 预算执行率 分值 of the table's own: the profile's weights and it are rescaled to 100
            warnings.add(ScoringProblems.pointsTotalRescaled(table.location(), table.name(), Explain.num(written),
                    Explain.num(budgetPoints)));
        }
        return new Allocation(shares, budgetShare, points, errors, HUNDRED, warnings);
    }

    /**
     * The 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): its indicators' given 分值 as written, one group per
     * 一级指标 section (投入, 过程, 产出, 效果 …) in the order written, no 预算执行率 line (budget rows are indicators of the
     * sheet) and no category weights of the profile.
     */
    private static Allocation evaluation(IndicatorTable table) {
        Map<String, BigDecimal> sections = new LinkedHashMap<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (Indicator i : table.indicators()) {
            BigDecimal p = i.points() == null ? BigDecimal.ZERO : i.points();
            sections.merge(i.level1(), p, BigDecimal::add);
            points.put(i.key(), p);
        }
        List<GroupShare> shares = new ArrayList<>();
        sections.forEach((level1, sum) -> shares.add(new GroupShare(
                new ScoringProfile.Group(level1, List.of(), sum, null), sum)));
        BigDecimal total = sections.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Allocation(shares, BigDecimal.ZERO, points, List.of(), total, List.of());
    }

    /** The table's 预算执行率 分值 (budgetPoints), else the profile's budgetWeight. */
    static BigDecimal budgetPoints(IndicatorTable table, ScoringProfile profile) {
        return table.budgetPoints() != null ? table.budgetPoints() : profile.budgetWeight();
    }

    /**
     * Every indicator has a given 分值 (docs/scoring.md#given-points): those points are the weights, even where their
     * groups' sums differ from the profile's (a warning names both); the budget line has the table's budgetPoints or
     * the profile's. When they do not total 100 the table's score is rescaled score × 100 / total (a warning), and
     * so it is when the budget line is dropped because the budget or 全年执行数 is unknown.
     */
    private static Allocation given(IndicatorTable table, ScoringProfile profile, Map<String, BigDecimal> weights,
                                    BigDecimal budgetPoints, boolean budgetKnown) {
        List<GroupShare> shares = new ArrayList<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (ScoringProfile.Group g : profile.groups()) {
            List<Indicator> members = table.indicators().stream().filter(i -> g.categories().contains(i.category()))
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            BigDecimal sum = members.stream().map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            shares.add(new GroupShare(g, sum));
            sums.put(g.name(), sum);
            members.forEach(i -> points.put(i.key(), i.points()));
        }
        // in the order of the indicators, as everywhere else
        Map<String, BigDecimal> ordered = new Allocation.Points(table.indicators().size());
        table.indicators().forEach(i -> ordered.put(i.key(), points.get(i.key())));
        List<Finding> warnings = new ArrayList<>();
        if (!sums.equals(weights) && !sameAmounts(sums, weights)) {
            warnings.add(ScoringProblems.pointsDepartFromProfile(table.location(), table.name(),
                    amounts(sums, profile), amounts(weights, profile), profile.name()));
        }
        BigDecimal indicators = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal written = indicators.add(budgetPoints);
        if (written.compareTo(HUNDRED) != 0) {
            warnings.add(ScoringProblems.pointsTotalRescaled(table.location(), table.name(), Explain.num(written),
                    Explain.num(budgetPoints)));
        }
        BigDecimal budget = budgetKnown ? budgetPoints : BigDecimal.ZERO;
        return new Allocation(shares, budget, ordered, List.of(), indicators.add(budget), warnings);
    }

    private static boolean sameAmounts(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    /** "产出指标 70, 效益指标 20, 满意度指标 10": each group by its 一级指标 labels. */
    private static String amounts(Map<String, BigDecimal> byGroup, ScoringProfile profile) {
        List<String> parts = new ArrayList<>();
        for (ScoringProfile.Group g : profile.groups()) {
            BigDecimal v = byGroup.get(g.name());
            if (v != null) {
                parts.add(g.categories().stream().map(io.jixiao.model.Category::label)
                        .collect(java.util.stream.Collectors.joining("+")) + " " + Explain.num(v));
            }
        }
        return String.join(", ", parts);
    }

    /** {@code w × 100 / total} in one division. */
    private static BigDecimal rescale(BigDecimal w, BigDecimal total) {
        return total.signum() == 0 ? w : Decimals.divide(w.multiply(HUNDRED), total, Results.MC);
    }

    private static boolean allGiven(IndicatorTable table) {
        for (Indicator i : table.indicators()) {
            if (i.points() == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMembers(IndicatorTable table, ScoringProfile.Group g) {
        for (Indicator i : table.indicators()) {
            if (g.categories().contains(i.category())) {
                return true;
            }
        }
        return false;
    }

    /** Weights of groups that have indicators, after absent groups hand theirs over. */
    private static Map<String, BigDecimal> presentWeights(IndicatorTable table, ScoringProfile profile) {
        Map<String, BigDecimal> present = new LinkedHashMap<>();
        for (ScoringProfile.Group g : profile.groups()) {
            if (hasMembers(table, g)) {
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

    /**
     * Given 分值 are checked against the group's weight as the profile writes it (before rescaling) and
     * rescaled with it; the indicators without one share what is left of the rescaled weight equally.
     */
    private static void share(IndicatorTable table, ScoringProfile.Group g, BigDecimal profileWeight,
                              BigDecimal weight, BigDecimal scale, Map<String, BigDecimal> points,
                              List<Finding> errors) {
        // loops, not streams: this runs for every group of every table a review scores
        List<Indicator> members = new ArrayList<>();
        List<Indicator> free = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (Indicator i : table.indicators()) {
            if (g.categories().contains(i.category())) {
                members.add(i);
                if (i.points() == null) {
                    free.add(i);
                } else {
                    given = given.add(i.points());
                }
            }
        }
        if (given.compareTo(profileWeight) > 0) {
            errors.add(ScoringProblems.pointsExceedWeight(members.get(0).location(), table.name(), g.name(),
                    Explain.num(given), Explain.num(profileWeight)));
        } else if (free.isEmpty() && given.compareTo(profileWeight) != 0) {
            errors.add(ScoringProblems.pointsDoNotAddUp(members.get(0).location(), table.name(), g.name(),
                    Explain.num(given), Explain.num(profileWeight)));
        }
        if (!free.isEmpty() && given.compareTo(profileWeight) == 0) {
            errors.add(ScoringProblems.nothingLeft(free.get(0).location(), table.name(), g.name(), Explain.num(given),
                    Explain.num(profileWeight), free.size()));
        }
        BigDecimal givenScaled = scale.compareTo(BigDecimal.ONE) == 0 ? given : given.multiply(scale, Results.MC);
        BigDecimal each = free.isEmpty() ? BigDecimal.ZERO
                : Decimals.divide(weight.subtract(givenScaled).max(BigDecimal.ZERO), BigDecimal.valueOf(free.size()),
                        Results.MC);
        // 2-place 分值 that add up to the group's weight (docs/scoring.md#arithmetic); an extra cent goes to the
        // indicators in the order of their keys, so that the order of rows in the file changes no 分值
        Integer[] row = new Integer[members.size()]; // the rows in the order of their keys (a stable sort)
        for (int n = 0; n < row.length; n++) {
            row[n] = n;
        }
        java.util.Arrays.sort(row, (x, y) -> BY_KEY.compare(members.get(x), members.get(y)));
        List<Indicator> byKey = new ArrayList<>(members.size());
        for (Integer n : row) {
            byKey.add(members.get(n));
        }
        List<BigDecimal> exact = new ArrayList<>(byKey.size());
        for (Indicator i : byKey) {
            exact.add(i.points() == null ? each
                    : scale.compareTo(BigDecimal.ONE) == 0 ? i.points() : i.points().multiply(scale, Results.MC));
        }
        List<BigDecimal> shared = Numbers.shares(exact, weight);
        // in the order of the rows (members), each with the share of its key: row n is at byKey's place[n]
        BigDecimal[] inRowOrder = new BigDecimal[members.size()];
        for (int n = 0; n < byKey.size(); n++) {
            inRowOrder[row[n]] = shared.get(n);
        }
        for (int n = 0; n < members.size(); n++) {
            points.put(members.get(n).key(), inRowOrder[n]);
        }
    }
}
