package io.jixiao.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number written in Chinese numerals (九十二, 九十二点五, 百分之九十二, 一万二千, 两千零五十个), as officers sometimes
 * type an actual. jixiao never scores such a text as the number it reads (a misread would change a score
 * silently): the value grammar keeps it as text, and scoring reports it with the number spelt in digits as the
 * hint (docs/decisions.md#chinese-numerals).
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final String PERCENT = "百分之";

    /** A number read from Chinese numerals: its value, and the unit written after it ("%" after 百分之). */
    public record Read(BigDecimal value, String unit) {

        /** The number in digits with its unit, or {@code fallbackUnit} when none was written: 92%. */
        public String written(String fallbackUnit) {
            return value.stripTrailingZeros().toPlainString() + (unit.isEmpty() ? fallbackUnit : unit);
        }
    }

    private ChineseNumerals() {
    }

    /** The number {@code text} writes in Chinese numerals, or empty when it is anything else. */
    public static Optional<Read> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = ValueParser.normalize(text).replace(" ", "");
        boolean percent = s.startsWith(PERCENT);
        if (percent) {
            s = s.substring(PERCENT.length());
        }
        int end = 0;
        while (end < s.length() && numeral(s.charAt(end))) {
            end++;
        }
        String integer = s.substring(0, end);
        String fraction = "";
        if (end < s.length() && s.charAt(end) == '点') {
            int f = end + 1;
            while (f < s.length() && DIGITS.indexOf(s.charAt(f)) >= 0) {
                f++;
            }
            fraction = s.substring(end + 1, f);
            if (fraction.isEmpty()) {
                return Optional.empty();
            }
            end = f;
        }
        String unit = s.substring(end);
        if (integer.isEmpty() || (percent && !unit.isEmpty()) || unit.chars().anyMatch(Character::isDigit)
                || unit.chars().anyMatch(c -> numeral((char) c))) {
            return Optional.empty();
        }
        Optional<BigDecimal> whole = integer(integer);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = whole.get();
        if (!fraction.isEmpty()) {
            StringBuilder digits = new StringBuilder();
            fraction.chars().forEach(c -> digits.append(digit((char) c)));
            value = new BigDecimal(value.toPlainString() + "." + digits);
        }
        return Optional.of(new Read(value, percent ? "%" : unit));
    }

    private static boolean numeral(char c) {
        return DIGITS.indexOf(c) >= 0 || "十百千万亿".indexOf(c) >= 0;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** 九十二 → 92, 一万二千 → 12000, 二〇二三 (digit by digit) → 2023; empty for what no number writes. */
    private static Optional<BigDecimal> integer(String s) {
        if (s.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) {
            if (s.length() == 1) {
                return Optional.of(BigDecimal.valueOf(digit(s.charAt(0))));
            }
            StringBuilder digits = new StringBuilder();
            s.chars().forEach(c -> digits.append(digit((char) c)));
            return Optional.of(new BigDecimal(digits.toString()));
        }
        long total = 0;
        long section = 0;
        long number = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d == 0) {
                continue; // 一百零五: 零 only marks the gap
            }
            if (d > 0) {
                if (number >= 0) {
                    return Optional.empty(); // two digits in a row: 九二十
                }
                number = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> 0;
            };
            if (unit >= 10_000) {
                section += Math.max(number, 0);
                total = (total + section) * unit;
                section = 0;
            } else {
                section += (number < 0 ? 1 : number) * unit;
            }
            number = -1;
        }
        section += Math.max(number, 0);
        return Optional.of(BigDecimal.valueOf(total + section));
    }
}
