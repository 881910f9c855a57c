package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount of money in 万元: a bare number is 万元; "2592500元", "25.9亿元" and "19.6万" (a number
 * with 万/亿 and no unit, i.e. 元) convert.
 */
public final class WanYuan {

    private static final Unit WAN_YUAN = Units.of("万元").orElseThrow();
    private static final Unit YUAN = Units.of("元").orElseThrow();

    private WanYuan() {
    }

    /** The amount in 万元, or empty when the text is not an amount of money. */
    public static Optional<BigDecimal> wanYuan(String text) {
        try {
            ParsedValue pv = ValueParser.parse(text);
            if (pv.value() instanceof Quantity q && (q.unit().dimension() == Dimension.MONEY
                    || q.unit().dimension() == Dimension.PLAIN) && q.comparator() == Comparator.NONE) {
                Unit from = q.unit().dimension() == Dimension.MONEY ? q.unit()
                        : multiplied(text) ? YUAN : WAN_YUAN; // 19.6万 was read as 196000 (元); 19.6 is 万元
                return Optional.of(Units.convert(q.amount(), from, WAN_YUAN));
            }
        } catch (ValueParseException ex) {
            // not money: empty
        }
        return Optional.empty();
    }

    private static boolean multiplied(String text) {
        String t = ValueParser.normalize(text);
        return t.endsWith("万") || t.endsWith("亿");
    }
}
