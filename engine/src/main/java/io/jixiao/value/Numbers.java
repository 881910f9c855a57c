package io.jixiao.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rounding of jixiao (docs/scoring.md#arithmetic): HALF_UP, two places for points and scores, four for a
 * fraction. Scoring works with the numbers as they are printed, so that every printed sum adds up as printed: a
 * table's 分值 are 2-place {@link #shares shares} of 100, an indicator's 得分 is its 分值 × its fraction as printed
 * ({@link #fraction}, 4 places), rounded to 2 places ({@link #round}), and every total is the exact sum of such
 * parts; a quotient (不适用 rescaling, a mean) is rounded to 2 places once. Reports show the same numbers with
 * {@link #text}.
 */
public final class Numbers {

    /** The rounding rule of everything shown. */
    public static final RoundingMode RULE = RoundingMode.HALF_UP;
    /** The places a score, points or a rate is shown with. */
    public static final int PLACES = 2;
    /** The places a fraction (完成率 0.9444, 执行率 0.9884) is shown and used with. */
    public static final int FRACTION_PLACES = 4;

    /** One unit of the last place shown (0.01). */
    private static final BigDecimal CENT = BigDecimal.ONE.movePointLeft(PLACES);

    private static final BigDecimal ONE_FRACTION = BigDecimal.ONE.setScale(FRACTION_PLACES);
    private static final BigDecimal ZERO_FRACTION = BigDecimal.ZERO.setScale(FRACTION_PLACES);

    /** Half of the last place shown. */
    private static final BigDecimal HALF_STEP = new BigDecimal("0.005");

    private Numbers() {
    }

    /** {@code v} as shown: HALF_UP to two places; null stays null. */
    public static BigDecimal round(BigDecimal v) {
        return round(v, PLACES);
    }

    /** {@code v} by the same rule to other places (explanations show up to 4); null stays null. */
    public static BigDecimal round(BigDecimal v, int places) {
        return v == null ? null : v.setScale(places, RULE);
    }

    /** A fraction as printed and used in arithmetic: HALF_UP to 4 places (0.94444… → 0.9444); null stays null. */
    public static BigDecimal fraction(BigDecimal f) {
        // 1 and 0, what most lines score, are the same constant every time rather than a new number each
        return f == BigDecimal.ONE ? ONE_FRACTION : f == BigDecimal.ZERO ? ZERO_FRACTION : round(f, FRACTION_PLACES);
    }

    /**
     * {@code total} shared out in 2-place amounts as close as can be to {@code exact} (largest remainder): each
     * exact share cut down to 2 places, then the cents still missing from {@code total} one each to the shares that
     * lost most by the cut (the earlier first when equal). Shares that add up to {@code total} (to the last of their
     * 34 digits) therefore give 2-place amounts that add up to it exactly: 50 / 3 → 16.67, 16.67, 16.66. When they
     * do not (a table whose given 分值 exceed their weight), each is rounded on its own.
     */
    public static List<BigDecimal> shares(List<BigDecimal> exact, BigDecimal total) {
        List<BigDecimal> cut = new ArrayList<>(exact.size());
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal last = null;
        BigDecimal lastCut = null;
        int run = 0; // how many times in a row lastCut was added: added once, multiplied (the same exact sum)
        for (BigDecimal e : exact) {
            // the indicators without a given 分值 share one amount, the same object: cut it once
            if (e != last) {
                sum = run == 0 ? sum : sum.add(run == 1 ? lastCut : lastCut.multiply(BigDecimal.valueOf(run)));
                run = 0;
                lastCut = e.setScale(PLACES, RoundingMode.FLOOR);
                last = e;
            }
            run++;
            cut.add(lastCut);
        }
        sum = run == 0 ? sum : sum.add(run == 1 ? lastCut : lastCut.multiply(BigDecimal.valueOf(run)));
        BigDecimal missing = total.subtract(sum).divide(CENT).setScale(0, RULE);
        if (missing.signum() < 0 || missing.compareTo(BigDecimal.valueOf(exact.size())) > 0
                || total.subtract(sum).subtract(missing.multiply(CENT)).abs().compareTo(CENT.movePointLeft(20)) > 0) {
            return exact.stream().map(Numbers::round).toList();
        }
        // what each cut dropped, computed once (not twice in every comparison of the sort); the largest first, ties in
        // the order given (a stable sort)
        BigDecimal[] dropped = new BigDecimal[exact.size()];
        Integer[] order = new Integer[exact.size()];
        for (int i = 0; i < exact.size(); i++) {
            dropped[i] = i > 0 && exact.get(i) == exact.get(i - 1) ? dropped[i - 1] : exact.get(i).subtract(cut.get(i));
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> dropped[b].compareTo(dropped[a]));
        for (int n = 0; n < missing.intValue(); n++) {
            int i = order[n];
            cut.set(i, cut.get(i).add(CENT));
        }
        return cut;
    }

    /** {@code v} as shown, as text ("84.84"); null is "—". */
    public static String text(BigDecimal v) {
        return v == null ? "—" : round(v).toPlainString();
    }

    /**
     * The lowest value that is shown as at least {@code shown} (a number with at most two places): {@code shown −
     * 0.005}. For {@code v ≥ 0}, {@code round(v) ≥ shown} exactly when {@code v ≥ lowestShownAs(shown)}.
     */
    public static BigDecimal lowestShownAs(BigDecimal shown) {
        return shown.subtract(HALF_STEP);
    }
}
