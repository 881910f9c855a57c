package io.jixiao.review.check;

import io.jixiao.profile.ReviewSettings;
import io.jixiao.review.ReviewTable;
import io.jixiao.scoring.method.Explain;
import java.math.BigDecimal;
import java.util.Collection;

/** Sums and comparisons of money (万元), equal within the profile's moneyTolerance. */
public final class Money {

    private Money() {
    }

    public static BigDecimal sum(Collection<?> amounts) {
        return amounts.stream().map(BigDecimal.class::cast).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** |a − b| is more than the tolerance. */
    public static boolean differ(BigDecimal a, BigDecimal b, ReviewSettings s) {
        return a.subtract(b).abs().compareTo(s.moneyTolerance()) > 0;
    }

    /** a is more than b by more than the tolerance. */
    public static boolean above(BigDecimal a, BigDecimal b, ReviewSettings s) {
        return a.subtract(b).compareTo(s.moneyTolerance()) > 0;
    }

    /** The projects' budgets do not add up to the department's 项目支出. */
    public static boolean projectsDoNotAddUp(Collection<?> budgets, BigDecimal projectBudget, ReviewSettings s) {
        return differ(sum(budgets), projectBudget, s);
    }

    /**
     * A table's 成本指标 targets add up to neither its 资金总额 nor (for 部门整体) the 项目支出. Not raised
     * when a single cost target is already above the budget: that is reported on its own (KPI-0410).
     */
    public static boolean costsDoNotAddUp(Collection<?> costs, ReviewTable t, ReviewSettings s) {
        return costsDoNotAddUp(costs, t.budget(), t.otherBudget(), s);
    }

    /** {@link #costsDoNotAddUp(Collection, ReviewTable, ReviewSettings)} of a table with these budgets. */
    public static boolean costsDoNotAddUp(Collection<?> costs, BigDecimal budget, BigDecimal otherBudget,
                                          ReviewSettings s) {
        if (costs.isEmpty() || budget == null
                || costs.stream().map(BigDecimal.class::cast).anyMatch(c -> above(c, budget, s))) {
            return false;
        }
        BigDecimal total = sum(costs);
        return differ(total, budget, s) && (otherBudget == null || differ(total, otherBudget, s));
    }

    /** For messages: 49.92, 51.8. */
    public static String text(BigDecimal v) {
        return v == null ? "—" : Explain.num(v);
    }
}
