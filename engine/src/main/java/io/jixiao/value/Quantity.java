package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Objects;

/** A number with a unit and a comparator: {@code ≥20000条}, {@code ≤29.5万元}, {@code 24小时}, {@code 96%}. */
public record Quantity(Comparator comparator, BigDecimal amount, Unit unit) implements Value {

    public Quantity {
        Objects.requireNonNull(comparator);
        amount = amount.stripTrailingZeros();
        Objects.requireNonNull(unit);
    }

    /** This amount expressed in {@code target}'s unit. */
    public BigDecimal amountIn(Unit target) {
        return Units.convert(amount, unit, target);
    }

    @Override
    public String format() {
        return comparator.symbol() + amount.toPlainString() + unit.symbol();
    }
}
