package io.jixiao.monitor;

import java.math.BigDecimal;

/**
 * Goal progress in percent: the points the current values (当前完成值) would score at year end over the points of the
 * indicators with a current value. Inserted by {@link Monitor} when the profile checks it against 预算执行率 (sichuan).
 */
public record GoalProgress(String tableId, BigDecimal percent, Words why) {

    /** {@link #why} in the language of the run. */
    public String explanation() {
        return why.text();
    }
}
