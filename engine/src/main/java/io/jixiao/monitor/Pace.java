package io.jixiao.monitor;

import java.math.BigDecimal;

/** 序时进度 in percent: the 资金支出计划's share at its latest step by the month, else month/12 (rule 1). */
public record Pace(String tableId, BigDecimal percent, Words why) {

    /** {@link #why} in the language of the run. */
    public String explanation() {
        return why.text();
    }
}
