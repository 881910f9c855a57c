package io.jixiao.monitor;

import java.math.BigDecimal;

/** |goal progress − 预算执行率| in percentage points. */
public record ProgressGap(String tableId, BigDecimal points, String explanation) {
}
