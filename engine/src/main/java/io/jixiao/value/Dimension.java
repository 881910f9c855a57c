package io.jixiao.value;

/** What a unit measures. Only units of the same dimension and base convert into each other. */
public enum Dimension {
    /** A bare number: compatible with every unit (it takes the other side's unit). */
    PLAIN,
    /** Counts: 条 篇 个 次 期 … each word is its own base. */
    COUNT,
    PERCENT,
    TIME,
    MONEY,
    /** A ratio of two units such as 小时/天 or 元/期. */
    RATE
}
