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

    /**
     * {@code beyond(c) > flag}. Most cases are not beyond their target by the flag: that is decided without the
     * division, as diff × 100 ≤ flag × |target| (exact); only the rest divide as {@link #beyond} does. The two agree:
     * rounding the quotient to 34 digits is monotone, so an exact quotient at most the flag never rounds above it.
     */
    public static boolean flagged(ScoringCase c, BigDecimal flag) {
        BigDecimal target = c.target();
        Comparator direction = c.direction();
        if (target.signum() == 0 || !(direction.atLeast() || direction.atMost()) || flag.signum() < 0) {
            return beyond(c).compareTo(flag) > 0;
        }
        BigDecimal diff = direction.atLeast() ? c.actual().subtract(target) : target.subtract(c.actual());
        if (diff.signum() <= 0 || diff.movePointRight(2).compareTo(flag.multiply(target.abs())) <= 0) {
            return false; // beyond is 0 (not above a flag ≥ 0), or the exact quotient is at most the flag
        }
        return beyond(c).compareTo(flag) > 0;
    }

    public static Finding finding(ScoringCase c, BigDecimal flag) {
        return ScoringProblems.overAchievement(c.actualText(), c.targetText(), Explain.num(beyond(c)),
                Explain.num(flag), c.direction().atMost());
    }
}
