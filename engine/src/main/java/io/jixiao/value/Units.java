package io.jixiao.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The unit vocabulary: known time, money and percent words; any other short word is a count unit. */
public final class Units {

    /** Precision of unit conversions (34 digits: enough for every budget figure). */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final Map<String, Unit> KNOWN = new LinkedHashMap<>();
    private static final Pattern COUNT_WORD = Pattern.compile("[\\p{IsHan}A-Za-z·]{1,6}");

    static {
        known("%", Dimension.PERCENT, "%", "1");
        known("百分比", Dimension.PERCENT, "%", "1");
        known("百分点", Dimension.PERCENT, "%", "1");
        known("个百分点", Dimension.PERCENT, "%", "1");
        known("秒", Dimension.TIME, "秒", "1");
        known("分钟", Dimension.TIME, "秒", "60");
        known("分", Dimension.TIME, "秒", "60");
        known("小时", Dimension.TIME, "秒", "3600");
        known("时", Dimension.TIME, "秒", "3600");
        known("天", Dimension.TIME, "秒", "86400");
        known("日", Dimension.TIME, "秒", "86400");
        known("个工作日", Dimension.TIME, "秒", "86400");
        known("工作日", Dimension.TIME, "秒", "86400");
        known("周", Dimension.TIME, "秒", "604800");
        known("个月", Dimension.TIME, "秒", "2628000"); // 年/12, so that 12个月 = 1年
        known("月", Dimension.TIME, "秒", "2628000");
        known("年", Dimension.TIME, "秒", "31536000");
        known("元", Dimension.MONEY, "元", "1");
        known("千元", Dimension.MONEY, "元", "1000");
        known("万元", Dimension.MONEY, "元", "10000");
        known("亿元", Dimension.MONEY, "元", "100000000");
    }

    private Units() {
    }

    private static void known(String symbol, Dimension d, String base, String factor) {
        KNOWN.put(symbol, new Unit(symbol, d, base, new BigDecimal(factor), BigDecimal.ONE));
    }

    /** The unit for a word as written after a number; empty when the word cannot be a unit. */
    public static Optional<Unit> of(String word) {
        if (word.isEmpty()) {
            return Optional.of(Unit.NONE);
        }
        Unit known = KNOWN.get(word);
        if (known != null) {
            return Optional.of(known);
        }
        int slash = word.indexOf('/');
        if (slash > 0 && slash == word.lastIndexOf('/')) {
            return rate(word.substring(0, slash), word.substring(slash + 1));
        }
        if (word.startsWith("万") || word.startsWith("亿")) {
            return Optional.empty(); // a multiplier, never a unit word of its own (万元/亿元 are known above)
        }
        return COUNT_WORD.matcher(word).matches()
                ? Optional.of(new Unit(word, Dimension.COUNT, word, BigDecimal.ONE, BigDecimal.ONE))
                : Optional.empty();
    }

    private static Optional<Unit> rate(String num, String den) {
        Optional<Unit> n = of(num);
        Optional<Unit> d = of(den);
        if (n.isEmpty() || d.isEmpty() || num.isEmpty() || den.isEmpty()
                || n.get().dimension() == Dimension.RATE || d.get().dimension() == Dimension.RATE) {
            return Optional.empty();
        }
        Unit nu = n.get();
        Unit du = d.get();
        return Optional.of(new Unit(num + "/" + den, Dimension.RATE, nu.base() + "/" + du.base(),
                nu.factor().multiply(du.per()), nu.per().multiply(du.factor())));
    }

    /**
     * {@code amount} in {@code from} expressed in {@code to}.
     *
     * @throws IncompatibleUnitsException when the units measure different things (条 and 分钟)
     */
    public static BigDecimal convert(BigDecimal amount, Unit from, Unit to) {
        if (!from.convertsTo(to)) {
            throw new IncompatibleUnitsException(from, to);
        }
        if (from.dimension() == Dimension.PLAIN || to.dimension() == Dimension.PLAIN) {
            return amount;
        }
        if (from.equals(to)) {
            // the quotient below would be the amount itself: the same value, stripped the same way, without the
            // three multiplications and the division (most actuals are in their target's unit)
            return stripped(amount);
        }
        BigDecimal numerator = amount.multiply(from.factor()).multiply(to.per());
        BigDecimal denominator = from.per().multiply(to.factor());
        return Decimals.divide(numerator, denominator, PRECISION).stripTrailingZeros();
    }

    /**
     * {@code amount.stripTrailingZeros()}: an equal value at the same scale; a whole number of at most 18 digits that
     * does not end in 0 (most counts: 2733条) is returned as it is, where the JDK would build a copy of it.
     */
    static BigDecimal stripped(BigDecimal amount) {
        if (amount.scale() == 0 && amount.signum() != 0 && amount.precision() <= 18 && amount.longValue() % 10 != 0) {
            return amount;
        }
        return amount.stripTrailingZeros();
    }
}
