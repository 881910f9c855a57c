package io.jixiao.scoring;

/** What kind of actual meets what kind of target; the rules dispatch on it. */
public enum CaseKind {
    /** a number against a number target (≥ ≤ = or none) */
    MEASURED,
    /** a number against a range target */
    RANGED,
    /** a grade (达成/部分达成/未达成, 优/良/中/差) */
    GRADED,
    /** free text: scores only when it equals the target text */
    TEXT,
    /** 完成 */
    COMPLETED,
    /** 不适用 */
    NOT_APPLICABLE,
    /** no actual given (--allow-missing) */
    MISSING,
    /** a range (90%-95%) as the actual of a number or range target, which needs the one value reached */
    RANGE_ACTUAL,
    /** a number against a qualitative target, or another pairing that cannot be scored */
    MISMATCH
}
