package io.jixiao.scoring.method;

import io.jixiao.problem.Finding;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.ScoringProblems;
import io.jixiao.value.Comparator;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;

/**
 * 偏离度: an actual beyond its target by more than the profile's flag (docs/scoring.md#over-achievement). A finding,
 * no deduction.
 */
public final class OverAchievement {

    public static final String RULE = "over-achievement";

    private OverAchievement() {
    }

    /** Percent beyond the target in the good direction; 0 when not beyond or the target is 0. */
    public static BigDecimal beyond(ScoringCase c) {
        return beyond(c.target(), c.actual(), c.direction());
    }

    /**
     * Percent by which {@code actual} goes beyond {@code target} in the good direction of {@code direction}
     * (above for ≥ and >, below for ≤ and <); 0 when not beyond, for =, and when the target is 0.
     * The one formula of 偏离度, shared by scoring and the self-evaluation review.
     */
    public static BigDecimal beyond(BigDecimal target, BigDecimal actual, Comparator direction) {
        if (target.signum() == 0 || !(direction.atLeast() || direction.atMost())) {
            return BigDecimal.ZERO;
        }
        BigDecimal diff = direction.atLeast() ? actual.subtract(target) : target.subtract(actual);
        return diff.signum() <= 0 ? BigDecimal.ZERO : Decimals.divide(diff.movePointRight(2), target.abs(), Results.MC);
    }

    public static boolean flagged(ScoringCase c, BigDecimal flag) {
        return beyond(c).compareTo(flag) > 0;
    }

    public static Finding finding(ScoringCase c, BigDecimal flag) {
        return ScoringProblems.overAchievement(c.actualText(), c.targetText(), Explain.num(beyond(c)),
                Explain.num(flag), c.direction().atMost());
    }
}
