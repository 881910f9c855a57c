package io.jixiao.scoring;

import io.jixiao.problem.Finding;
import io.jixiao.value.Comparator;

/**
 * Which way a measured indicator is scored (docs/scoring.md#direction): a written comparator as written; without
 * one, a 成本指标 as ≤ and anything else as ≥. The one place this default is decided: the scoring rules read it as
 * {@link ScoringCase#direction()}, the rule "no-comparator-default" reports it, the review's 偏离度 uses it.
 */
public final class Direction {

    private Direction() {
    }

    public static Comparator of(Comparator written, boolean costIndicator) {
        if (written != Comparator.NONE) {
            return written;
        }
        return costIndicator ? Comparator.LE : Comparator.GE;
    }

    /** The finding that says a default direction was applied to a target written without a comparator. */
    public static Finding defaulted(ScoringCase c) {
        return ScoringProblems.defaultDirection(c.targetText(), c.direction().symbol(), c.costIndicator());
    }
}
