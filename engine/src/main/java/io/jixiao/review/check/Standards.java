package io.jixiao.review.check;

import io.jixiao.model.PointStandard;

/**
 * What the review asks of a 评分标准 in points (docs/scoring.md#point-standards): bands that overlap or leave a gap between
 * them. The bands' own arithmetic (which holds a value) is the model's, shared with scoring.
 */
public final class Standards {

    private Standards() {
    }

    /** Two bands that overlap, as "[80%, 90%] and ≥85%"; null when none do (or it has no bands). */
    public static String overlap(PointStandard s) {
        return s instanceof PointStandard.Bands b ? b.overlap() : null;
    }

    /** A stretch between the bands that no band holds; null when none (or it has no bands). */
    public static String gap(PointStandard s) {
        return s instanceof PointStandard.Bands b ? b.gap() : null;
    }
}
