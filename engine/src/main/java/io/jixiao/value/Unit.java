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
     * The record's equality and hash code, written out (docs/performance.md#record-methods), with the same unit object
     * first: a record's own equals, made by {@code ObjectMethods} from method handles, has no such shortcut and cost
     * 0.4% of a cold {@code monitor DIR} under C1 — most conversions are of a unit to itself. The hash code is the
     * record's ({@code 31 × h + component}, in order; {@code RecordMethodsProperties}).
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
