package io.jixiao.scoring.method;

import io.jixiao.problem.Finding;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.scoring.ScoringProblems;
import java.math.BigDecimal;

/** 完成, 不适用, a missing actual and an unscorable pairing: the cases without arithmetic of their own. */
public final class Special {

    public static final String COMPLETED = "completed";
    public static final String NOT_APPLICABLE = "not-applicable";
    public static final String MISSING = "missing-actual";
    public static final String MISMATCH = "measured-against-text";
    public static final String RANGE_ACTUAL = "range-as-actual";

    private Special() {
    }

    public static IndicatorResult completed(ScoringCase c) {
        return Results.of(c, COMPLETED, 0, true, BigDecimal.ONE, Explanation.of(Why.COMPLETED));
    }

    public static Finding completedFinding(ScoringCase c) {
        return ScoringProblems.completedAsMet(c.actualText(), c.targetText());
    }

    public static IndicatorResult notApplicable(ScoringCase c) {
        return Results.notApplicable(c, NOT_APPLICABLE, Explanation.of(Why.NOT_APPLICABLE,
                c.points()));
    }

    /** The actual is a mark (无, /, —, -) read as 不适用: docs/scoring.md#not-applicable-marks. */
    public static Finding notApplicableMarkFinding(ScoringCase c) {
        return ScoringProblems.notApplicableMark(c.actualText(), c.key());
    }

    public static IndicatorResult missing(ScoringCase c) {
        return Results.of(c, MISSING, 0, false, BigDecimal.ZERO, Explanation.of(Why.MISSING));
    }

    public static Finding missingFinding(ScoringCase c) {
        return ScoringProblems.missingScoredZero(c.key());
    }

    public static IndicatorResult mismatch(ScoringCase c) {
        return Results.of(c, MISMATCH, 0, false, BigDecimal.ZERO, Explanation.of(Why.MISMATCH,
                c.actualText()));
    }

    public static Finding mismatchFinding(ScoringCase c) {
        return ScoringProblems.measuredAgainstText(c.actualText(), c.targetText());
    }

    public static IndicatorResult rangeActual(ScoringCase c) {
        return Results.of(c, RANGE_ACTUAL, 0, false, BigDecimal.ZERO, Explanation.of(Why.RANGE_ACTUAL,
                c.actualText(), c.targetText()));
    }

    public static Finding rangeActualFinding(ScoringCase c) {
        return ScoringProblems.rangeAsActual(c.actualText(), c.targetText());
    }

    public static Finding gradedMeasurableFinding(ScoringCase c) {
        return ScoringProblems.gradedMeasurable(c.actualText(), c.targetText());
    }
}
