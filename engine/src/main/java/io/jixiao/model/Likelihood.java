package io.jixiao.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 完成目标可能性: a department's own view, at a monitoring (绩效运行监控), of whether an indicator's annual target will
 * be met — the three answers of the national budget platform's 项目支出绩效监控表 (财预〔2019〕136号). The words are
 * the form's; docs/monitoring.md#likelihood says how jixiao checks them.
 */
public enum Likelihood {
    /** 确定能: the target will be met. */
    CERTAIN("确定能"),
    /** 有可能: it may be met. */
    POSSIBLE("有可能"),
    /** 完全不可能: it cannot be met. */
    IMPOSSIBLE("完全不可能");

    private final String word;

    Likelihood(String word) {
        this.word = word;
    }

    /** The form's word: 确定能, 有可能 or 完全不可能. */
    public String word() {
        return word;
    }

    /** The words a progress file may write, in the form's order. */
    public static List<String> words() {
        return Arrays.stream(values()).map(Likelihood::word).toList();
    }

    /** The answer written as {@code text} (the form's word, spaces ignored), or empty. */
    public static Optional<Likelihood> of(String text) {
        String t = text == null ? "" : withoutSpaces(text);
        for (Likelihood l : VALUES) {
            if (l.word.equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private static final Likelihood[] VALUES = values();

    /**
     * {@code text} without what the regular expression {@code \s} matches (space, tab, line feed, vertical tab, form
     * feed, carriage return) — read for every line of a progress file, where compiling that expression each time was
     * most of the cost.
     */
    static String withoutSpaces(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !space(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!space(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True for 有可能 and 完全不可能: the form then asks for 偏差原因 and 纠偏措施. */
    public boolean needsExplanation() {
        return this != CERTAIN;
    }
}
