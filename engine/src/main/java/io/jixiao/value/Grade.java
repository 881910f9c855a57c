package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Objects;

/** A qualitative grade, e.g. {@code 部分达成 75%}; {@code percent} is null when none was written. */
public record Grade(GradeLevel level, BigDecimal percent) implements Value {

    public Grade {
        Objects.requireNonNull(level);
        percent = percent == null ? null : percent.stripTrailingZeros();
    }

    public static Grade of(GradeLevel level) {
        return new Grade(level, null);
    }

    @Override
    public String format() {
        return percent == null ? level.label() : level.label() + " " + percent.toPlainString() + "%";
    }
}
