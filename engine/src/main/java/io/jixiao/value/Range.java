package io.jixiao.value;

import java.math.BigDecimal;

/** An interval target {@code 80–90%}: inside is met. */
public record Range(BigDecimal low, BigDecimal high, Unit unit) implements Value {

    public Range {
        low = low.stripTrailingZeros();
        high = high.stripTrailingZeros();
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("range low " + low + " above high " + high);
        }
    }

    @Override
    public String format() {
        return low.toPlainString() + unit.symbol() + "–" + high.toPlainString() + unit.symbol();
    }
}
