package io.jixiao.review;

import io.jixiao.problem.Location;
import java.math.BigDecimal;

/**
 * A 自评得分 the department claimed for one indicator, with the indicator's 分值 (given, or shared out by
 * the profile as scoring does); {@code points} is null when the indicator is unknown.
 */
public record ReviewSelfScore(String tableId, String table, String key, String label, BigDecimal claimed,
                              BigDecimal points, Location location) {
}
