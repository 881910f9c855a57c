package io.jixiao.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link LineSums} kept up to date as single lines change: one segment tree per sum (scores, each scoring
 * group's scores, 不适用 points), so a change re-adds O(log n) pairs instead of the whole table. Leaves a
 * line does not count in hold ZERO, which changes neither the value nor the scale of an exact sum from ZERO.
 */
final class SumTree {

    private final int size;
    private final IndicatorScore[] lines;
    private final BigDecimal[] scores;
    private final BigDecimal[] notApplicable;
    private final Map<String, BigDecimal[]> groups = new HashMap<>();
    private final Map<String, Integer> members = new HashMap<>();
    private int naCount;

    SumTree(int n) {
        int s = 1;
        while (s < Math.max(1, n)) {
            s <<= 1;
        }
        size = s;
        lines = new IndicatorScore[n];
        scores = zeros();
        notApplicable = zeros();
    }

    void set(int index, IndicatorScore line) {
        IndicatorScore old = lines[index];
        lines[index] = line;
        update(scores, index, line.score());
        boolean wasNa = old != null && old.status() == Status.NA;
        boolean isNa = line.status() == Status.NA;
        naCount += (isNa ? 1 : 0) - (wasNa ? 1 : 0);
        if (isNa || wasNa) {
            update(notApplicable, index, isNa ? line.points() : BigDecimal.ZERO);
        }
        if (old != null && !old.group().equals(line.group())) {
            update(groups.get(old.group()), index, BigDecimal.ZERO);
            members.merge(old.group(), -1, Integer::sum);
        }
        if (old == null || !old.group().equals(line.group())) {
            members.merge(line.group(), 1, Integer::sum);
        }
        update(groups.computeIfAbsent(line.group(), g -> zeros()), index, line.score());
    }

    /** The sums; each root is added to ZERO, as the batch's fold starts from ZERO (same value and scale). */
    LineSums sums() {
        Map<String, BigDecimal> byGroup = new HashMap<>();
        groups.forEach((g, tree) -> {
            if (members.get(g) > 0) {
                byGroup.put(g, BigDecimal.ZERO.add(tree[1]));
            }
        });
        return new LineSums(BigDecimal.ZERO.add(scores[1]), byGroup, BigDecimal.ZERO.add(notApplicable[1]),
                naCount == lines.length);
    }

    private BigDecimal[] zeros() {
        BigDecimal[] tree = new BigDecimal[2 * size];
        java.util.Arrays.fill(tree, BigDecimal.ZERO);
        return tree;
    }

    private void update(BigDecimal[] tree, int index, BigDecimal value) {
        int node = size + index;
        tree[node] = value;
        for (node >>= 1; node >= 1; node >>= 1) {
            tree[node] = tree[2 * node].add(tree[2 * node + 1]);
        }
    }
}
