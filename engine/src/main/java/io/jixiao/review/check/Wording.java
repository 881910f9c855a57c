package io.jixiao.review.check;

import io.jixiao.problem.Catalogue;
import io.jixiao.profile.ReviewSettings;
import io.jixiao.review.ReviewIndicator;
import io.jixiao.value.Dimension;
import io.jixiao.value.Grade;
import io.jixiao.value.ParsedValue;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words of a target (and of its name) say: vague, a grading scale, malformed, unit-less, contradictory. */
public final class Wording {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SCALE_SEPARATORS = Pattern.compile("[.．。、,，/／\\s]+");
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    /** The pattern of a number followed by a unit, by the unit's symbol: the units are few, the indicators many. */
    private static final Map<String, Pattern> NAMED_AMOUNT = new ConcurrentHashMap<>();
    /** The review's examples in both languages (io/jixiao/review/texts.properties). */
    private static final Catalogue TEXTS = Catalogue.of(ReviewIndicator.class, "texts");

    private Wording() {
    }

    /**
     * The first of the profile's vague words in a text target, when the text states no number (the number
     * would be its criterion: 投诉量下降10%); null when it is not vague.
     */
    public static String vagueWord(String text, ReviewSettings s) {
        String t = ValueParser.normalize(text);
        if (DIGIT.matcher(t).find()) {
            return null;
        }
        return s.vagueWords().stream().filter(t::contains).findFirst().orElse(null);
    }

    /** A list of grades such as 优.良.中.差 or 好/较好/一般/差: a scale, not the grade to reach. */
    public static boolean gradingScale(String text) {
        String normalized = ValueParser.normalize(text);
        if (!hasScaleSeparator(normalized)) {
            return false; // one part at most: no scale, and no regular expression run
        }
        List<String> parts = Arrays.stream(SCALE_SEPARATORS.split(normalized))
                .filter(p -> !p.isEmpty()).toList();
        return parts.size() >= 2 && parts.stream().allMatch(Wording::isGrade);
    }

    /** True when {@code s} holds a character that SCALE_SEPARATORS matches (its backslash-s: space, tab, newline, x0B, form feed, return). */
    static boolean hasScaleSeparator(String s) {
        for (int k = 0; k < s.length(); k++) {
            switch (s.charAt(k)) {
                case '.', '．', '。', '、', ',', '，', '/', '／', ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isGrade(String word) {
        try {
            return ValueParser.parse(word).value() instanceof Grade;
        } catch (ValueParseException e) {
            return false;
        }
    }

    /** What the value grammar noted about the text (a leading zero in ≥0100%); null when nothing. */
    public static String malformation(String text) {
        if (text == null || !mayHaveLeadingZero(inert(text) ? text : ValueParser.normalize(text))) {
            return null; // the grammar notes nothing else: no number starting 0 and a digit, no note (no parse)
        }
        ParsedValue pv = parse(text);
        return pv == null || pv.notes().isEmpty() ? null : pv.notes().get(0);
    }

    /**
     * True when {@code s} (normalised) may hold a number whose digits start with 0 and go on (0100, 0,100): a 0 at
     * the start or after a character that is no digit, followed by a digit or a comma — the only thing the grammar
     * notes ({@code ValueParser.number}). False only when it certainly holds none; the grammar decides the rest.
     */
    static boolean mayHaveLeadingZero(String s) {
        for (int k = s.indexOf('0'); k >= 0 && k + 1 < s.length(); k = s.indexOf('0', k + 1)) {
            char next = s.charAt(k + 1);
            if ((k == 0 || !asciiDigit(s.charAt(k - 1))) && (Character.isDigit(next) || next == ',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when normalising {@code s} could change no answer of {@link #mayHaveLeadingZero}: every character printable
     * ASCII, a CJK unified ideograph (U+4E00–U+9FFF), ≥ or ≤ — NFKC leaves them as they are (none decomposes, nothing
     * composes with them without a combining mark), none is invisible, and stripping and collapsing spaces keeps what
     * precedes and follows each 0 a non-digit or the same digit. Most targets are (≥95%, ≤30万元, 80-94%).
     */
    static boolean inert(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c >= 0x20 && c < 0x7F) && !(c >= 0x4E00 && c <= 0x9FFF) && c != '≥' && c != '≤') {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text as the grammar reads it, written canonically: ≥0100% → ≥100%. */
    public static String corrected(String text) {
        ParsedValue pv = parse(text);
        return pv == null ? text : pv.value().format();
    }

    /** An example of the target with a unit: ≤68万元 for a cost written ≤68万, else ≥10次 for ≥10. */
    public static String withUnit(ReviewIndicator i) {
        if (i.costIndicator()) {
            return i.targetText().endsWith("万") ? i.targetText() + "元"
                    : TEXTS.text("example.costUnit", "target", i.targetText());
        }
        return TEXTS.text("example.countUnit", "target", i.targetText());
    }

    /**
     * A number with the target's unit written in the indicator's name that differs from the target
     * (编写《石峰舆情》12期 with the target ≥1期), as written in the name; null when the name agrees or
     * names no such number.
     */
    public static String namedAmount(ReviewIndicator i) {
        return namedAmount(i.amount(), i.unit(), i.dimension(), i.label());
    }

    /**
     * {@link #namedAmount(ReviewIndicator)} of a row with this amount, unit (its symbol, "" for none), dimension and
     * label: what the review's facts are made with.
     */
    public static String namedAmount(BigDecimal amount, String unit, Dimension dimension, String label) {
        if (amount == null || unit.isEmpty() || dimension == Dimension.RATE || label == null) {
            return null;
        }
        String name = ValueParser.normalize(label);
        if (!name.contains(unit)) {
            return null; // the unit is not in the name: no amount of it either
        }
        Matcher m = NAMED_AMOUNT.computeIfAbsent(unit, u -> Pattern.compile(NUMBER + "\\s*" + Pattern.quote(u)))
                .matcher(name);
        String differing = null;
        while (m.find()) {
            BigDecimal named = new BigDecimal(m.group(1));
            if (named.compareTo(amount) == 0) {
                return null;
            }
            if (!(unit.equals("年") && calendarYear(named))) {
                differing = differing == null ? m.group() : differing;
            }
        }
        return differing;
    }

    /** 2024年 in a name is a date, not an amount of years. */
    private static boolean calendarYear(BigDecimal n) {
        return n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(1900)) >= 0 && n.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }


    private static ParsedValue parse(String text) {
        try {
            return ValueParser.parse(text);
        } catch (ValueParseException e) {
            return null;
        }
    }
}
