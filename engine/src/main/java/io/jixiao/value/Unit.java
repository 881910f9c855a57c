package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Objects;

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

    /**
     * The record's equality and hash code, written out (docs/performance.md#record-methods): the record's own are made
     * by {@code ObjectMethods} from method handles, which spin classes when first called and run through the handles
     * under C1 — 0.4% of a cold {@code monitor DIR}, where most conversions compare a unit with itself. Same results:
     * the same object first, then every component; the hash code is the record's ({@code 31 × h + component}, in
     * order; {@code RecordMethodsProperties}).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Unit u && Objects.equals(symbol, u.symbol) && dimension == u.dimension
                && Objects.equals(base, u.base) && factor.equals(u.factor) && per.equals(u.per);
    }

    @Override
    public int hashCode() {
        return (((Objects.hashCode(symbol) * 31 + Objects.hashCode(dimension)) * 31 + Objects.hashCode(base)) * 31
                + factor.hashCode()) * 31 + per.hashCode();
    }

    @Override
    public String toString() {
        return symbol.isEmpty() ? "(无单位)" : symbol;
    }
}
