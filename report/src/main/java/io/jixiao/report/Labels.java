package io.jixiao.report;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Language;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.scoring.Achievement;
import io.jixiao.scoring.IndicatorScore;

/**
 * The words of every report — headings, column names, status labels, notes — in the {@link Language#current()
 * language of the run}: {@code io/jixiao/report/labels.properties} (English) and {@code labels_zh.properties}
 * (简体中文), read through {@link Catalogue#text}. A label is one whole text with named placeholders, never
 * concatenated from fragments; data (names, targets, the rules' explanations) is filled in as it is.
 */
public final class Labels {

    private static final Catalogue TEXTS = Catalogue.of(Labels.class, "labels");

    private Labels() {
    }

    /** The label {@code key} in the language of the run, its placeholders filled from name/value pairs. */
    public static String text(String key, Object... nameValuePairs) {
        return TEXTS.text(key, nameValuePairs);
    }

    /** 达成, 部分达成, 未达成 or 不适用 (achieved, partly achieved …): how a line is labelled everywhere. */
    public static String achievement(Achievement a) {
        return text("achievement." + key(a.name()));
    }

    /** The label of a scored line ({@link IndicatorScore#achievement()}). */
    public static String achievement(IndicatorScore i) {
        return achievement(i.achievement());
    }

    /** How a department score was made: overall, budget-weighted or mean, in words. */
    public static String method(String method) {
        return switch (method) {
            case "overall", "budget-weighted", "mean" -> text("method." + key(method));
            default -> method;
        };
    }

    /** The packaged scoring rules whose method the reports describe in words (docs/scoring.md#methods). */
    private static final java.util.Set<String> DESCRIBED = java.util.Set.of("at-least", "at-most", "equal", "range",
            "grade", "text-match", "completed", "not-applicable");

    /**
     * What an indicator without a 评（扣）分标准 of its own was scored by, for the report's 评（扣）分标准 column: the
     * default method of its rule in words ("未列；达到指标值得满分，未达到按实际/指标值比例计分"), or the rule's name.
     */
    public static String standard(String rule) {
        return DESCRIBED.contains(rule) ? text("standard." + key(rule)) : text("standard.other", "rule", rule);
    }

    /**
     * The packaged scoring rules that name a scored line (rules/scoring, rules/deduction; docs/scoring.md#methods,
     * docs/scoring.md#deductions).
     */
    private static final java.util.Set<String> RULES = java.util.Set.of("at-least", "at-most", "equal", "range",
            "grade", "text-match", "text-unscorable", "completed", "not-applicable", "missing-actual",
            "measured-against-text", "range-as-actual", "deduction-step", "deduction-pass-fail");

    /**
     * The rule that scored a line as a reader says it: a packaged rule in the words of the language of the run
     * (逐档扣分 for deduction-step; in English the rule's own name, as JSON and CSV write it), any other rule (a
     * {@code --rules} file's) by its name.
     */
    public static String rule(String rule) {
        return RULES.contains(rule) ? text("rule." + key(rule)) : rule;
    }

    /** A word of a key as the bundles write it: NOT_ACHIEVED, not-achieved → notAchieved. */
    static String key(String word) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : word.toCharArray()) {
            if (c == '_' || c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return b.toString();
    }

    /** The name of a kind of 复核 finding (自评得分与复核不符 …). */
    public static String kind(RecheckFinding.Kind kind) {
        return text("recheck." + kind.key());
    }

    /** The language of the run is Chinese. */
    public static boolean chinese() {
        return Language.current() == Language.ZH;
    }
}
