package io.jixiao.monitor;

import io.jixiao.model.Likelihood;

/**
 * 完成目标可能性 as the rules read it: as written, or following the indicator's light ({@code derived}, rule 4).
 *
 * @param indicator the indicator it is about, whose 偏差原因 and 纠偏措施 rule {@code deviation-unexplained} reads
 */
public record Assessed(String tableId, String key, Likelihood likelihood, boolean derived,
                       MonitoredIndicator indicator) {

    /** 完成目标可能性 of an indicator named by its key only. */
    public Assessed(String tableId, String key, Likelihood likelihood, boolean derived) {
        this(tableId, key, likelihood, derived, null);
    }

    /** 完成目标可能性 of an indicator. */
    public Assessed(MonitoredIndicator indicator, Likelihood likelihood, boolean derived) {
        this(indicator.tableId(), indicator.key(), likelihood, derived, indicator);
    }

    /** 有可能 and 完全不可能 ask for 偏差原因 and 纠偏措施. */
    public boolean needsExplanation() {
        return likelihood.needsExplanation();
    }
}
