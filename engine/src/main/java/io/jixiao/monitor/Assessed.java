package io.jixiao.monitor;

import io.jixiao.model.Likelihood;

/** 完成目标可能性 as the rules read it: as written, or following the indicator's light ({@code derived}, rule 4). */
public record Assessed(String tableId, String key, Likelihood likelihood, boolean derived) {

    /** 有可能 and 完全不可能 ask for 偏差原因 and 纠偏措施. */
    public boolean needsExplanation() {
        return likelihood.needsExplanation();
    }
}
