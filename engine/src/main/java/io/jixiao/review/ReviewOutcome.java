package io.jixiao.review;

import io.jixiao.problem.Location;
import io.jixiao.value.Comparator;
import java.math.BigDecimal;

/**
 * A measured actual against its number target, in a self-evaluation (actuals paired with targets).
 *
 * @param comparator  as written in the target (NONE: see {@code direction})
 * @param target      the target's number
 * @param actual      the actual in the target's unit
 * @param location    where the actual is written
 * @param direction   which way scoring reads the target (docs/scoring.md#direction): the comparator as written, or
 *                    the default for a target without one
 */
public record ReviewOutcome(String tableId, String table, String key, String label, String targetText,
                            String actualText, Comparator comparator, boolean costIndicator, BigDecimal target,
                            BigDecimal actual, Location location, Comparator direction) {
}
