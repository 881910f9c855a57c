package io.jixiao.scoring.method;

import io.jixiao.scoring.ScoringCase;
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

    /** 实际X ≥ 目标Y / 实际X < 目标Y, as the explanation's opening words. */
    public static String compare(ScoringCase c, boolean met) {
        String sign;
        Comparator d = c.direction();
        if (d.atLeast()) {
            sign = met ? "≥" : "<";
        } else if (d.atMost()) {
            sign = met ? "≤" : ">";
        } else {
            sign = met ? "=" : "≠";
        }
        return "实际" + Explain.amount(c.actual(), c.unit()) + " " + sign + " 目标" + Explain.amount(c.target(), c.unit());
    }
}
