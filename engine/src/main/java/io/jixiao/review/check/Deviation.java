package io.jixiao.review.check;

import io.jixiao.problem.Finding;
import io.jixiao.review.ReviewOutcome;
import io.jixiao.review.ReviewProblems;
import io.jixiao.scoring.Direction;
import io.jixiao.scoring.method.Explain;
import io.jixiao.scoring.method.OverAchievement;
import io.jixiao.value.Comparator;
import java.math.BigDecimal;

/**
 * 偏离度 in a self-evaluation: how far an actual goes beyond its target in the good direction, with the
 * formula of {@link OverAchievement} (the one scoring uses).
 */
public final class Deviation {

    private Deviation() {
    }

    /** The direction the target is read in, the one scoring uses ({@link Direction}). */
    public static Comparator direction(ReviewOutcome o) {
        return Direction.of(o.comparator(), o.costIndicator());
    }

    public static BigDecimal beyond(ReviewOutcome o) {
        return OverAchievement.beyond(o.target(), o.actual(), direction(o));
    }

    public static boolean flagged(ReviewOutcome o, BigDecimal threshold) {
        return beyond(o).compareTo(threshold) > 0;
    }

    public static Finding finding(ReviewOutcome o, BigDecimal threshold) {
        return ReviewProblems.reviewDeviation(o.location(), o.label(), o.actualText(), o.targetText(),
                Explain.num(beyond(o)), Explain.num(threshold), direction(o).atMost());
    }
}
