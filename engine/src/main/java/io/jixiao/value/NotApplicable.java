package io.jixiao.value;

/** {@code 不适用}: the indicator is dropped and its table rescaled. */
public record NotApplicable() implements Value {

    @Override
    public String format() {
        return "不适用";
    }
}
