package io.jixiao.monitor;

import java.math.BigDecimal;

/** The profile's 预算执行率 floor of the latest floor month at or before the monitoring month (sichuan, rule 2). */
public record FloorInForce(String tableId, int month, BigDecimal percent) {
}
