package io.jixiao.profile;

import java.math.BigDecimal;

/**
 * One floor of a profile's {@code monitoring.floors} (sichuan): 预算执行率 at least {@code percent} by the end of
 * {@code month}.
 */
public record ExecutionFloor(int month, BigDecimal percent) {
}
