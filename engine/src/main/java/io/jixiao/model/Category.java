package io.jixiao.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scoring category of an indicator, derived from its 一级指标 (and 二级指标 for 满意度). */
public enum Category {
    OUTPUT("产出指标", List.of("产出指标", "部门产出", "产出")),
    OUTCOME("效益指标", List.of("效益指标", "效果指标", "部门效果", "效益", "效果", "部门效益")),
    SATISFACTION("满意度指标", List.of("满意度指标", "满意度", "服务对象满意度", "服务对象满意度指标")),
    /** 预算执行率: not an indicator category in targets files, scored from budget and spent. */
    BUDGET("预算执行率", List.of());

    private final String label;
    private final List<String> aliases;

    Category(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    public String label() {
        return label;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The category of a level-1 name; a 满意度 level-2 under 效益/效果 counts as SATISFACTION. */
    public static Optional<Category> of(String level1, String level2) {
        Optional<Category> c = Aliases.BY_NAME.getOrDefault(normalize(level1), Optional.empty());
        if (c.isPresent() && c.get() == OUTCOME && level2 != null && normalize(level2).contains("满意度")) {
            return Aliases.SATISFIED;
        }
        return c;
    }

    /** Each accepted level-1 name and its category, made once (an enum's own constructor cannot fill a static map). */
    private static final class Aliases {
        static final Map<String, Optional<Category>> BY_NAME = byName();
        static final Optional<Category> SATISFIED = Optional.of(SATISFACTION);

        private static Map<String, Optional<Category>> byName() {
            Map<String, Optional<Category>> m = new HashMap<>();
            for (Category c : values()) {
                Optional<Category> of = Optional.of(c);
                c.aliases.forEach(a -> m.putIfAbsent(a, of)); // an alias of two categories: the first, as a search gave
            }
            return Map.copyOf(m);
        }
    }

    /** Every accepted level-1 name, for error hints. */
    public static List<String> acceptedLevel1() {
        return java.util.Arrays.stream(values()).flatMap(c -> c.aliases.stream()).toList();
    }

    /**
     * Stripped, without the whitespace {@code \s} matches (space, tab, line breaks, form feed, vertical tab) inside:
     * what {@code strip().replaceAll("\\s+", "")} gave, without compiling a pattern for every indicator (the loader
     * and the 审核 call this once per indicator).
     */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(t.length()).append(t, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? t : out.toString();
    }
}
