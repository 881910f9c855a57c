package io.jixiao.review;

/** What kind of value a target is, as the review rules see it. */
public enum ValueKind {
    /** a number with a unit and maybe a comparator: ≥2万条, 24小时, ≤10万元 */
    NUMBER,
    /** 80–90% */
    RANGE,
    /** a grade such as 优 or 达成 */
    GRADE,
    /** free text such as 有效改善 */
    TEXT,
    /** nothing written (the loader warns, KPI-0151) */
    EMPTY,
    /** 完成 / 按时完成 */
    COMPLETED,
    /** 不适用 */
    NOT_APPLICABLE
}
