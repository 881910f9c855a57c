package io.jixiao.scoring.method;

import io.jixiao.problem.Finding;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
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
        return Results.of(c, COMPLETED, 0, true, BigDecimal.ONE, "实际「完成」，视为达标");
    }

    public static Finding completedFinding(ScoringCase c) {
        return ScoringProblems.completedAsMet(c.actualText(), c.targetText());
    }

    public static IndicatorResult notApplicable(ScoringCase c) {
        return Results.notApplicable(c, NOT_APPLICABLE, "不适用：本项" + Explain.pts(c.points())
                + "分剔除，表总分按 100/(100−剔除分值) 折算");
    }

    /** The actual is a mark (无, /, —, -) read as 不适用: docs/scoring.md#not-applicable-marks. */
    public static Finding notApplicableMarkFinding(ScoringCase c) {
        return ScoringProblems.notApplicableMark(c.actualText(), c.key());
    }

    public static IndicatorResult missing(ScoringCase c) {
        return Results.of(c, MISSING, 0, false, BigDecimal.ZERO, "缺少实际完成值，按0分计");
    }

    public static Finding missingFinding(ScoringCase c) {
        return ScoringProblems.missingScoredZero(c.key());
    }

    public static IndicatorResult mismatch(ScoringCase c) {
        return Results.of(c, MISMATCH, 0, false, BigDecimal.ZERO, "实际「" + c.actualText() + "」无法与定性目标比较");
    }

    public static Finding mismatchFinding(ScoringCase c) {
        return ScoringProblems.measuredAgainstText(c.actualText(), c.targetText());
    }

    public static IndicatorResult rangeActual(ScoringCase c) {
        return Results.of(c, RANGE_ACTUAL, 0, false, BigDecimal.ZERO, "实际「" + c.actualText() + "」是一个范围，目标「"
                + c.targetText() + "」需要一个实际值");
    }

    public static Finding rangeActualFinding(ScoringCase c) {
        return ScoringProblems.rangeAsActual(c.actualText(), c.targetText());
    }

    public static Finding gradedMeasurableFinding(ScoringCase c) {
        return ScoringProblems.gradedMeasurable(c.actualText(), c.targetText());
    }
}
