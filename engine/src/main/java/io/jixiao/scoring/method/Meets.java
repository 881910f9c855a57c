package io.jixiao.scoring.method;

import io.jixiao.scoring.Explanation;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Why;
import io.jixiao.value.Comparator;

/** Whether a measured actual meets its target in the given direction. Strict comparators count like inclusive ones. */
public final class Meets {

    private Meets() {
    }

    public static boolean met(ScoringCase c) {
        int cmp = c.actual().compareTo(c.target());
        Comparator d = c.direction();
        if (d.atLeast()) {
            return cmp >= 0;
        }
        if (d.atMost()) {
            return cmp <= 0;
        }
        return cmp == 0;
    }

    /**
     * 实际X ≥ 目标Y / 实际X < 目标Y, as the explanation's opening words, in the language of the run: for a user's rule
     * that writes its own explanation ({@code Meets.compare($c, false) + "，成本指标超支不得分"}).
     */
    public static String compare(ScoringCase c, boolean met) {
        return comparison(c, met).text();
    }

    /** {@link #compare}, as a value put into words when shown. */
    public static Explanation comparison(ScoringCase c, boolean met) {
        String sign;
        Comparator d = c.direction();
        if (d.atLeast()) {
            sign = met ? "≥" : "<";
        } else if (d.atMost()) {
            sign = met ? "≤" : ">";
        } else {
            sign = met ? "=" : "≠";
        }
        return Explanation.of(Why.COMPARE, c.actual(), c.unit(), sign, c.target());
    }
}
