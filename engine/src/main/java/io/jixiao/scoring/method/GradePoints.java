package io.jixiao.scoring.method;

import io.jixiao.model.PointStandard;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.scoring.ScoringProblems;
import java.math.BigDecimal;

/**
 * Grades in points (docs/scoring.md#deduction-grade-points): the actual's grade scores the points its 评分标准 gives it
 * (满分: the 分值), capped at the 分值 — an explicit percent (部分达成 75%) does not change them; a grade the standard does
 * not list scores 0 with an error (KPI-0318.grade).
 */
public final class GradePoints {

    public static final String RULE = "deduction-grade-points";
    public static final String NONE = "deduction-grade-not-listed";
    public static final int PRIORITY = 10;

    private GradePoints() {
    }

    public static IndicatorResult score(ScoringCase c) {
        PointStandard.GradePoints g = ((PointStandard.Grades) c.deduction().standard()).grades().get(c.standardEntry());
        BigDecimal awarded = g.points() == null ? Results.fullPoints(c) : g.points();
        return Results.points(c, RULE, PRIORITY, null, awarded, Explanation.of(Why.GRADE_POINTS, c.actualText(),
                g.level().label()));
    }

    public static IndicatorResult none(ScoringCase c) {
        return Results.points(c, NONE, PRIORITY, false, BigDecimal.ZERO, Explanation.of(Why.GRADE_POINTS_NONE,
                c.actualText(), c.grade().label()));
    }

    public static Finding noneFinding(ScoringCase c) {
        return ScoringProblems.gradeNotListed(c.actualText(), c.key(),
                ((PointStandard.Grades) c.deduction().standard()).grades().stream().map(x -> x.level().label()).toList());
    }
}
