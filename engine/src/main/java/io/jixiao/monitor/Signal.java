package io.jixiao.monitor;

import io.jixiao.model.Likelihood;

/**
 * A light on a table's budget ({@code key} null) or on one of its indicators, the rule that gave it and why. The
 * budget may get more than one (the pace's and a floor's): the worst counts.
 *
 * @param indicator the indicator the light is on, null for the budget: the rules of 完成目标可能性 read what the
 *                  department wrote through it instead of joining the indicator by its key (docs/monitoring.md#order)
 */
public record Signal(String tableId, String key, Light light, String rule, Words why, MonitoredIndicator indicator) {

    /** A light on a table's budget (or one of a rule that names the indicator by its key only). */
    public Signal(String tableId, String key, Light light, String rule, Words why) {
        this(tableId, key, light, rule, why, null);
    }

    /** A light on an indicator. */
    public Signal(MonitoredIndicator indicator, Light light, String rule, Words why) {
        this(indicator.tableId(), indicator.key(), light, rule, why, indicator);
    }

    /** {@link #why} in the language of the run. */
    public String explanation() {
        return why.text();
    }

    /**
     * 完成目标可能性 of the indicator as the rules of rule 4 read it: as written, else the one following this light
     * ({@link Paces#likelihoodOf}, as rule {@code likelihood-follows-light} derives it); null for the budget's light.
     */
    public Likelihood likelihood() {
        if (indicator == null) {
            return null;
        }
        return indicator.likelihood() != null ? indicator.likelihood() : Paces.likelihoodOf(light);
    }

    public boolean budget() {
        return key == null;
    }

    /**
     * True for a light that carries its indicator (the rules of 完成目标可能性 match these): what {@code indicator != null}
     * tests, as a plain boolean — the executable model compiles {@code indicator != null} into a call of the record's
     * {@code equals}, built from method handles, for every light.
     */
    public boolean onIndicator() {
        return indicator != null;
    }
}
