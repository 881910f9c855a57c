package io.jixiao.monitor;

import java.math.BigDecimal;

/** 序时进度 − 预算执行率 in percentage points: how far spending is behind its pace (rule 2). */
public record BudgetGap(String tableId, BigDecimal gap, Words why) {

    /** {@link #why} in the language of the run. */
    public String explanation() {
        return why.text();
    }
}
