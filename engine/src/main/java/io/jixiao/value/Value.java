package io.jixiao.value;

/**
 * A parsed target or actual value (指标值 / 实际完成值). One grammar for both; see {@link ValueParser}.
 */
public sealed interface Value permits Quantity, Range, Grade, Qualitative, NotApplicable, Completed {

    /** Canonical text; parsing it again gives an equal value. */
    String format();
}
