package io.jixiao.monitor;

/**
 * A light on a table's budget ({@code key} null) or on one of its indicators, the rule that gave it and why. The
 * budget may get more than one (the pace's and a floor's): the worst counts.
 */
public record Signal(String tableId, String key, Light light, String rule, Words why) {

    /** {@link #why} in the language of the run. */
    public String explanation() {
        return why.text();
    }

    public boolean budget() {
        return key == null;
    }
}
