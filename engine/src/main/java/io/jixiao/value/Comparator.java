package io.jixiao.value;

/** How a target compares an actual with its amount. NONE: no comparator written (scoring picks a default). */
public enum Comparator {
    GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("="), NONE("");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** True for ≥ and >: more is better. */
    public boolean atLeast() {
        return this == GE || this == GT;
    }

    /** True for ≤ and <: less is better. */
    public boolean atMost() {
        return this == LE || this == LT;
    }
}
