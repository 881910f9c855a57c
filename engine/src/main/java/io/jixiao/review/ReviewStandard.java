package io.jixiao.review;

import io.jixiao.model.PointStandard;
import io.jixiao.problem.Location;
import java.math.BigDecimal;

/**
 * An indicator's 评分标准 in points (docs/scoring.md#point-standards) as the review rules see it.
 *
 * @param points    the indicator's 分值: given, else as the profile shares the table's points
 * @param topPoints the most an entry of the standard awards; null when at most 满分 (the 分值 itself)
 * @param overlap   two bands that overlap, as "[80%, 90%] and ≥85%"; null when none do
 * @param gap       a stretch between its bands that no band holds, as "[80%, 90%)"; null when none
 * @param location  where the 评分标准 is written
 */
public record ReviewStandard(String tableId, String table, String key, String label, PointStandard standard,
                             BigDecimal points, BigDecimal topPoints, String overlap, String gap, Location location) {
}
