package io.jixiao.scoring.method;

import io.jixiao.model.PointStandard;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.scoring.ScoringProblems;
import java.math.BigDecimal;
import java.util.List;

/**
 * Bands on the actual (docs/scoring.md#deduction-bands): the first band holding the actual awards its points (满分: the
 * 分值), capped at the 分值. An actual no band holds scores 0 with an error (KPI-0318.band).
 */
public final class Bands {

    public static final String RULE = "deduction-bands";
    public static final String OUTSIDE = "deduction-outside-bands";
    public static final int PRIORITY = 10;

    private Bands() {
    }

    public static IndicatorResult score(ScoringCase c) {
        PointStandard.Bands st = (PointStandard.Bands) c.deduction().standard();
        PointStandard.Band band = st.bands().get(c.standardEntry());
        BigDecimal awarded = band.points() == null ? Results.fullPoints(c) : band.points();
        return Results.points(c, RULE, PRIORITY, null, awarded, Explanation.of(band.points() == null
                ? Why.BAND_FULL : Why.BAND, c.actual(), c.unit(), band.text(st.unit())));
    }

    public static IndicatorResult outside(ScoringCase c) {
        return Results.points(c, OUTSIDE, PRIORITY, false, BigDecimal.ZERO, Explanation.of(Why.BAND_OUTSIDE,
                c.actual(), c.unit()));
    }

    public static Finding outsideFinding(ScoringCase c) {
        PointStandard.Bands st = (PointStandard.Bands) c.deduction().standard();
        List<String> bands = st.bands().stream().map(b -> b.text(st.unit())).toList();
        return ScoringProblems.outsideBands(c.actualText(), c.key(), String.join(", ", bands));
    }
}
