package io.jixiao.value;

import java.math.BigDecimal;

/**
 * A unit as written ({@code symbol}), its dimension, the base it converts to and the factor:
 * {@code amount × factor / per} is the amount in {@code base}. 万元 is (MONEY, 元, 10000, 1);
 * 小时/天 is (RATE, 秒/秒, 3600, 86400). Keeping {@code per} apart keeps conversions exact.
 */
public record Unit(String symbol, Dimension dimension, String base, BigDecimal factor, BigDecimal per) {

    public static final Unit NONE = new Unit("", Dimension.PLAIN, "", BigDecimal.ONE, BigDecimal.ONE);

    public Unit {
        factor = factor.stripTrailingZeros();
        per = per.stripTrailingZeros();
    }

    /** Same base (or one side is a bare number), so amounts convert. */
    public boolean convertsTo(Unit other) {
        return dimension == Dimension.PLAIN || other.dimension == Dimension.PLAIN
                || (dimension == other.dimension && base.equals(other.base));
    }

    @Override
    public String toString() {
        return symbol.isEmpty() ? "(无单位)" : symbol;
    }
}
