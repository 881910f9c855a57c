package io.jixiao.monitor;

import java.math.BigDecimal;

/** |goal progress − 预算执行率| in percentage points. */
public record ProgressGap(String tableId, BigDecimal points, Words why) {

    /** {@link #why} in the language of the run. */
    public String explanation() {
        return why.text();
    }
}
