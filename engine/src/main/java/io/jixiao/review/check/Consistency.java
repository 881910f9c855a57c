package io.jixiao.review.check;

import io.jixiao.review.ReviewIndicator;
import io.jixiao.value.Comparator;
import io.jixiao.value.IncompatibleUnitsException;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParser;

/** Whether two rows for the same indicator (部门整体 and a project) set different targets. */
public final class Consistency {

    private Consistency() {
    }

    /**
     * Numbers differ when their amounts differ in a common unit, or when both write a comparator and the
     * comparators differ (=24小时 and 24小时 agree: one merely leaves the comparator out); ranges when an
     * end differs; anything else when the normalized texts differ. Different kinds of value differ.
     */
    public static boolean differ(ReviewIndicator a, ReviewIndicator b) {
        return differ(a.target(), a.targetText(), b.target(), b.targetText());
    }

    /** {@link #differ(ReviewIndicator, ReviewIndicator)} of two targets, each as read and as written. */
    public static boolean differ(Value x, String xText, Value y, String yText) {
        if (x instanceof Quantity p && y instanceof Quantity q) {
            try {
                if (p.amount().compareTo(q.amountIn(p.unit())) != 0) {
                    return true;
                }
            } catch (IncompatibleUnitsException e) {
                return true;
            }
            return p.comparator() != Comparator.NONE && q.comparator() != Comparator.NONE
                    && p.comparator() != q.comparator();
        }
        if (x instanceof Range p && y instanceof Range q) {
            return p.low().compareTo(q.low()) != 0 || p.high().compareTo(q.high()) != 0 || !p.unit().equals(q.unit());
        }
        if (x.getClass() != y.getClass()) {
            return true;
        }
        return !ValueParser.normalize(xText).equals(ValueParser.normalize(yText));
    }
}
