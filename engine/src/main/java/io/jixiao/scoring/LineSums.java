package io.jixiao.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a table's total needs from its lines: the sum of their scores, the sum per scoring group, the points
 * dropped as 不适用 and whether every line is 不适用. BigDecimal addition is exact (the sum's scale is the
 * largest scale added, and 0 at least, as when folding from ZERO), so these are the same numbers whichever
 * order, or grouping, the lines are added in: the batch adds them in one pass, a {@link ScoringSession}
 * keeps them in a {@link SumTree} and re-adds only the path of a changed line.
 */
record LineSums(BigDecimal indicators, Map<String, BigDecimal> byGroup, BigDecimal notApplicable, boolean allNa) {

    static LineSums of(List<IndicatorScore> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal na = BigDecimal.ZERO;
        boolean allNa = true;
        Map<String, BigDecimal> byGroup = new HashMap<>();
        for (IndicatorScore s : lines) {
            sum = sum.add(s.score());
            byGroup.put(s.group(), byGroup.getOrDefault(s.group(), BigDecimal.ZERO).add(s.score()));
            if (s.status() == Status.NA) {
                na = na.add(s.points());
            } else {
                allNa = false;
            }
        }
        return new LineSums(sum, byGroup, na, allNa);
    }

    BigDecimal group(String name) {
        return byGroup.getOrDefault(name, BigDecimal.ZERO);
    }
}
