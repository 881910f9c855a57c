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
        BigDecimal na = BigDecimal.ZERO;
        boolean allNa = true;
        Map<String, BigDecimal> byGroup = new HashMap<>();
        for (IndicatorScore s : lines) {
            BigDecimal had = byGroup.get(s.group());
            byGroup.put(s.group(), had == null ? BigDecimal.ZERO.add(s.score()) : had.add(s.score()));
            if (s.status() == Status.NA) {
                na = na.add(s.points());
            } else {
                allNa = false;
            }
        }
        // the sum of the lines is the sum of the groups' sums: the same number, one addition a group, not a line
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal g : byGroup.values()) {
            sum = sum.add(g);
        }
        return new LineSums(sum, byGroup, na, allNa);
    }

    BigDecimal group(String name) {
        return byGroup.getOrDefault(name, BigDecimal.ZERO);
    }
}
