package io.jixiao.review.check;

import io.jixiao.problem.Finding;
import io.jixiao.review.ReviewProblems;
import io.jixiao.review.ReviewTable;
import io.jixiao.scoring.method.Explain;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * 分值 given in a table against the points its indicators share (100 less 预算执行率): when every
 * indicator has one they must add up to the share, otherwise they must leave some points for the rest.
 */
public final class Points {

    private Points() {
    }

    public static BigDecimal sum(Collection<?> points) {
        return points.stream().map(BigDecimal.class::cast).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @param without how many indicators of the table give no 分值 */
    public static boolean doNotAddUp(Collection<?> given, long without, BigDecimal share) {
        if (given.isEmpty()) {
            return false;
        }
        int cmp = sum(given).compareTo(share);
        return without == 0 ? cmp != 0 : cmp >= 0;
    }

    /** The finding of a table whose 分值 do not add up, from the sums its fact was made with. */
    public static Finding finding(ReviewTable t) {
        return ReviewProblems.reviewPointsDoNotAddUp(t.location(), t.name(), Explain.num(t.pointsGiven()),
                Explain.num(t.indicatorShare()), t.rowsWithoutPoints());
    }

    public static Finding finding(ReviewTable t, Collection<?> given, long without) {
        return ReviewProblems.reviewPointsDoNotAddUp(t.location(), t.name(), Explain.num(sum(given)),
                Explain.num(t.indicatorShare()), without);
    }
}
