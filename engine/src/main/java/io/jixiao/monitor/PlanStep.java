package io.jixiao.monitor;

/**
 * One step of a table's 资金支出计划 as monitoring reads it: the month it ends in and the cumulative share of the
 * budget planned by then, in percent. A step jixiao cannot place in a month, or whose share it cannot tell (an amount
 * without a budget, text), is not {@code usable}: rule {@code plan-step-unread} says so and the pace comes from the
 * other steps.
 *
 * @param month       1–12, 0 when unreadable
 * @param percent     the planned share in percent, null when unreadable
 * @param step        the step's period as written (6月底)
 * @param text        its value as written (50%, 110万元)
 * @param why         how the share was read: the text, or the amount over the budget
 */
public record PlanStep(int month, java.math.BigDecimal percent, String step, String text, Words why) {

    /** {@link #why} in the language of the run. */
    public String explanation() {
        return why.text();
    }

    public boolean usable() {
        return month > 0 && percent != null;
    }
}
