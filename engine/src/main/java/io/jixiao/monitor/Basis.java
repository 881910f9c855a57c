package io.jixiao.monitor;

/** Which value of an indicator's progress line the year-end scoring was applied to (rule 3). */
public enum Basis {
    /** 全年预计完成值 */
    FORECAST,
    /** 当前完成值, no forecast given */
    CURRENT,
    /** neither value given: no progress reported */
    NONE
}
