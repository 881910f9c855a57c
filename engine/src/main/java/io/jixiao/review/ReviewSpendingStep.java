package io.jixiao.review;

import io.jixiao.problem.Location;
import java.math.BigDecimal;

/**
 * One step of a table's 资金支出计划 ({@code 6月底: 50%}).
 *
 * @param index    0-based position in the plan, as written
 * @param percent  the cumulative share spent by then, or null when the text is not a percentage
 * @param last     the plan's last step
 */
public record ReviewSpendingStep(String tableId, String table, int index, String step, String text,
                                 BigDecimal percent, boolean last, Location location) {
}
