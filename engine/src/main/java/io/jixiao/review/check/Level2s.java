package io.jixiao.review.check;

import io.jixiao.model.Category;
import io.jixiao.profile.ReviewSettings;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** 二级指标 words: which one a written 二级指标 is, and which required ones a table lacks. */
public final class Level2s {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

    private Level2s() {
    }

    /** The first word of the profile's list for {@code level1} that {@code level2} contains; "" when none. */
    public static String word(String level2, Category level1, ReviewSettings s) {
        String written = normalize(level2);
        if (written.isEmpty()) {
            return "";
        }
        return s.level2Of(level1).stream().filter(written::contains).findFirst().orElse("");
    }

    /** The required 二级指标 words of {@code level1} not among {@code present}, in the profile's order. */
    public static List<String> missing(ReviewSettings s, Category level1, Collection<?> present) {
        return s.requiredLevel2().getOrDefault(level1, List.of()).stream().filter(w -> !present.contains(w)).toList();
    }

    /** The 二级指标 words accepted under {@code level1}, for hints. */
    public static List<String> accepted(ReviewSettings s, Category level1) {
        return s.level2Of(level1);
    }

    /** Without whitespace: "可持续影响  指标" (a cell-wrap artefact) reads as "可持续影响指标". */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\u3000' || Character.isWhitespace(c) || c <= ' ') {
                return WHITESPACE.matcher(s).replaceAll("");
            }
        }
        return s; // nothing to take out: no regular expression run
    }
}
