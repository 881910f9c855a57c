package io.jixiao.monitor;

import java.math.BigDecimal;

/** 预算执行率 in percent: spentToDate / the budget in force (rule 1). */
public record Execution(String tableId, BigDecimal rate, Words why) {

    /** {@link #why} in the language of the run. */
    public String explanation() {
        return why.text();
    }
}
