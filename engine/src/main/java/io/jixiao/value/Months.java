package io.jixiao.value;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a period of the budget year ends in, as Chinese tables write it: {@code 6}, {@code 6月}, {@code 6月底},
 * {@code 1-6月}, {@code 六月底}, {@code 二季度} / {@code 第二季度}, {@code 上半年}, {@code 全年} / {@code 年底} — 1 to 12.
 * Used for a progress file's 监控截至月份 and the checkpoints of a 资金支出计划 (docs/monitoring.md#pace).
 */
public final class Months {

    private static final Pattern DIGITS = Pattern.compile("(?:\\d{1,2}\\s*[-–—~至到]\\s*)?(\\d{1,2})\\s*(?:月(?:份)?(?:底|末|止)?)?");
    private static final Pattern CHINESE = Pattern.compile("(?:[一二三四五六七八九十]+\\s*[-–—~至到]\\s*)?([一二三四五六七八九十]{1,3})月(?:份)?(?:底|末|止)?");
    private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])季度(?:末|底)?");
    private static final Map<String, Integer> WORDS = Map.of("上半年", 6, "半年", 6, "年中", 6, "下半年", 12, "全年", 12,
            "年底", 12, "年末", 12, "年终", 12);
    private static final String NUMERALS = "一二三四五六七八九十";

    private Months() {
    }

    /** The month {@code text} ends in, 1–12, or empty when it names none. */
    public static OptionalInt of(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String t = ValueParser.normalize(text).replace(" ", "");
        Integer word = WORDS.get(t);
        if (word != null) {
            return OptionalInt.of(word);
        }
        Matcher m = DIGITS.matcher(t);
        if (m.matches()) {
            return month(Integer.parseInt(m.group(1)));
        }
        m = CHINESE.matcher(t);
        if (m.matches()) {
            return month(chinese(m.group(1)));
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            String q = m.group(1);
            int n = Character.isDigit(q.charAt(0)) ? q.charAt(0) - '0' : NUMERALS.indexOf(q.charAt(0)) + 1;
            return OptionalInt.of(3 * n);
        }
        return OptionalInt.empty();
    }

    private static OptionalInt month(int m) {
        return m >= 1 && m <= 12 ? OptionalInt.of(m) : OptionalInt.empty();
    }

    /** 一 … 十二 as a number; 0 for anything else. */
    private static int chinese(String s) {
        if (s.length() == 1) {
            return NUMERALS.indexOf(s.charAt(0)) + 1;
        }
        if (s.length() == 2 && s.charAt(0) == '十') {
            return 10 + NUMERALS.indexOf(s.charAt(1)) + 1;
        }
        return 0;
    }
}
