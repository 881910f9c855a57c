package io.jixiao.value;

import io.jixiao.problem.Catalogue;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar for target and actual values (docs/formats.md#values): comparators in every spelling,
 * ASCII and full-width digits, 万/亿, units, ranges, grades, 完成, 不适用 and qualitative text.
 * Either returns a {@link ParsedValue} or throws {@link ValueParseException}; nothing else.
 */
public final class ValueParser {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final Pattern QUANTITY = Pattern.compile(NUMBER + "\\s*([^\\d\\s]*)");
    private static final Pattern RANGE = Pattern.compile(NUMBER + "\\s*([^\\d\\s~至到\\-–—]*)\\s*[~至到\\-–—]\\s*"
            + NUMBER + "\\s*([^\\d\\s~至到\\-–—]*)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("不适用|N/?A|无此项", Pattern.CASE_INSENSITIVE);
    /**
     * How published tables mark a row that does not apply (docs/scoring.md#not-applicable-marks): 无, /, ／, —, ——, -
     * (after NFKC, ／ is / and － is -). Read as 不适用.
     */
    private static final Pattern NOT_APPLICABLE_MARK = Pattern.compile("无|/|—{1,2}|-|–");
    private static final Pattern COMPLETED = Pattern.compile("已?完成|全部完成|按期完成|按时完成");
    private static final Pattern GRADE = gradePattern();
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The most digits (and decimal point) a number may have: far more than any amount in a budget table. */
    static final int MAX_DIGITS = 24;
    /**
     * Characters that print as nothing (zero-width space and joiners, word joiner, a stray byte-order mark, soft
     * hyphen): pasted from web pages and Word, they would make '数量' and '数量&#92;u200B' two keys.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");
    /** A sign before the number: ASCII, the minus sign U+2212 (full-width forms are ASCII after NFKC). */
    private static final Pattern SIGN = Pattern.compile("^([+\\-\\u2212])\\s*(?=\\d)");

    private record Affix(Pattern pattern, Comparator comparator) {
    }

    private static final List<Affix> PREFIXES = List.of(
            new Affix(Pattern.compile("^(>=|≥|≧|大于或等于|大于等于|不低于|不少于|不小于)"), Comparator.GE),
            new Affix(Pattern.compile("^(<=|≤|≦|小于或等于|小于等于|不高于|不超过|不多于|不大于)"), Comparator.LE),
            new Affix(Pattern.compile("^(>|大于|高于|超过|多于)"), Comparator.GT),
            new Affix(Pattern.compile("^(<|小于|低于|少于)"), Comparator.LT),
            new Affix(Pattern.compile("^(==|=|等于)"), Comparator.EQ));
    private static final List<Affix> SUFFIXES = List.of(
            new Affix(Pattern.compile("(及以上|以上)$"), Comparator.GE),
            new Affix(Pattern.compile("(及以下|以下|以内)$"), Comparator.LE));

    /** The grammar's problems, hints and notes, in both languages. */
    private static final Catalogue TEXTS = Catalogue.of(ValueParser.class, "texts");

    /**
     * Values already parsed, by their text: a bureau's departments write the same few thousand targets and actuals
     * (≥95%, 100%, 达成 …) again and again, and a value is a pure function of its text and immutable. Emptied when
     * full, so it never holds more than {@link #CACHE_LIMIT} texts; a text that does not parse is not kept, nor one
     * with notes (they are in the language of the run, which may change between runs in one process).
     */
    private static final Map<String, ParsedValue> CACHE = new ConcurrentHashMap<>();
    static final int CACHE_LIMIT = 16_384;

    private ValueParser() {
    }

    public static ParsedValue parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw failure(raw == null ? "" : raw, 0, "empty");
        }
        ParsedValue known = CACHE.get(raw);
        if (known != null) {
            return known;
        }
        ParsedValue parsed = parseFresh(raw, true);
        if (parsed.notes().isEmpty()) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(raw, parsed);
        }
        return parsed;
    }

    /**
     * {@code raw} parsed without the cache; with {@code fast}, the common shape of a quantity is read without the
     * grammar's regular expressions ({@link #plainQuantity}) — the same value (ValueGrammarProperties holds the two
     * ways equal).
     */
    static ParsedValue parseFresh(String raw, boolean fast) {
        if (raw == null || raw.isBlank()) {
            throw failure(raw == null ? "" : raw, 0, "empty");
        }
        String s = normalize(raw);
        Quantity q = fast ? plainQuantity(s) : null;
        if (q != null) {
            return new ParsedValue(q, List.of());
        }
        List<String> notes = new ArrayList<>();
        Value v = parseNormalized(raw, s, notes);
        return new ParsedValue(v, notes);
    }

    /**
     * The commonest values of a bureau's files — an amount, count or percentage, with or without one of ≥ ≤ >= <= > <
     * straight before it: {@code 1234.56万元}, {@code ≥95%}, {@code 2733条}, {@code 765.98} — read by hand: digits with
     * at most one decimal point and the unit word straight after them. Null for anything else (a space, a comma, a
     * sign, a leading zero, more than {@link #MAX_DIGITS} digits, another comparator, 以上/以下/以内, a word that is no
     * unit …): the grammar then reads it, and says what is wrong. For what it reads it gives what the grammar gives.
     *
     * @param s the normalized text
     */
    static Quantity plainQuantity(String s) {
        int n = s.length();
        Comparator cmp = Comparator.NONE;
        int i = 0;
        if (n > 1 && (s.charAt(0) == '>' || s.charAt(0) == '<') && s.charAt(1) == '=') {
            cmp = s.charAt(0) == '>' ? Comparator.GE : Comparator.LE;
            i = 2;
        } else if (n > 0) {
            switch (s.charAt(0)) {
                case '≥' -> cmp = Comparator.GE;
                case '≤' -> cmp = Comparator.LE;
                case '>' -> cmp = Comparator.GT;
                case '<' -> cmp = Comparator.LT;
                default -> { }
            }
            i = cmp == Comparator.NONE ? 0 : 1;
        }
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == start || (i - start > 1 && s.charAt(start) == '0')) {
            return null; // no digits, or a leading zero (the grammar notes it)
        }
        if (i < n && s.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == fraction) {
                return null;
            }
        }
        if (i - start > MAX_DIGITS) {
            return null; // too many digits: the grammar refuses it (tooManyDigits), at the same place
        }
        String number = s.substring(start, i);
        String unitWord = s.substring(i);
        for (int k = 0; k < unitWord.length(); k++) {
            char c = unitWord.charAt(k);
            if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B'
                    || c == '\f' || c == '\r') {
                return null;
            }
        }
        if (unitWord.endsWith("以上") || unitWord.endsWith("以下") || unitWord.endsWith("以内")) {
            return null;
        }
        Scaled scaled = Scaled.of(new BigDecimal(number), unitWord);
        Optional<Unit> unit = Units.of(scaled.unitWord());
        return unit.isEmpty() ? null : new Quantity(cmp, scaled.amount(), unit.get());
    }

    /**
     * NFKC (full-width digits, ％, ＞ become ASCII), invisible characters (zero-width space …) removed, trimmed,
     * inner whitespace collapsed.
     */
    public static String normalize(String raw) {
        if (normal(raw)) {
            return raw;
        }
        String n = plain(raw) ? raw : INVISIBLE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
        String s = n.strip();
        return collapsed(s) ? s : SPACES.matcher(s).replaceAll(" ");
    }

    /**
     * True when NFKC leaves {@code s} as it is because it is printable ASCII and CJK unified ideographs only
     * (U+4E00–U+9FFF: no decomposition, nothing composes with them); most keys and values are, and the check
     * is far cheaper than the normalizer's own.
     */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 0x20 && c < 0x7F) && !(c >= 0x4E00 && c <= 0x9FFF)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s} has no whitespace run to collapse (no tab or newline, no two spaces together). */
    /**
     * True when {@code s} is its own normal form, seen in one pass: printable ASCII and CJK unified ideographs only
     * ({@link #plain}), no space at either end and no two together — most keys and values, which {@link #normalize}
     * otherwise looked at three times (plain, strip, collapsed) to return as they are.
     */
    private static boolean normal(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c > 0x20 && c < 0x7F) && !(c >= 0x4E00 && c <= 0x9FFF) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean collapsed(String s) {
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    /**
     * True when {@code raw} is one of the marks tables use for a row that does not apply (无, /, —, ——, -), which
     * read as 不适用 (docs/scoring.md#not-applicable-marks); false for 不适用 itself and anything else.
     */
    public static boolean notApplicableMark(String raw) {
        return raw != null && NOT_APPLICABLE_MARK.matcher(normalize(raw)).matches();
    }

    private static Value parseNormalized(String raw, String s, List<String> notes) {
        if (NOT_APPLICABLE.matcher(s).matches() || NOT_APPLICABLE_MARK.matcher(s).matches()) {
            return new NotApplicable();
        }
        if (COMPLETED.matcher(s).matches()) {
            return new Completed();
        }
        Matcher g = GRADE.matcher(s);
        if (g.matches()) {
            return grade(raw, g);
        }
        Comparator prefix = Comparator.NONE;
        String body = s;
        for (Affix a : PREFIXES) {
            Matcher m = a.pattern().matcher(body);
            if (m.find()) {
                prefix = a.comparator();
                body = body.substring(m.end()).strip();
                break;
            }
        }
        Comparator suffix = Comparator.NONE;
        for (Affix a : SUFFIXES) {
            Matcher m = a.pattern().matcher(body);
            if (m.find()) {
                suffix = a.comparator();
                body = body.substring(0, m.start()).strip();
                break;
            }
        }
        // a signed number (增长率 −3%): whether a sign makes sense is the loaders' judgement, by the unit
        Matcher sign = SIGN.matcher(body);
        boolean negative = false;
        if (sign.find()) {
            negative = !sign.group(1).equals("+");
            body = body.substring(sign.end());
        }
        boolean numeric = prefix != Comparator.NONE || (!body.isEmpty() && Character.isDigit(body.charAt(0)));
        if (!numeric) {
            return new Qualitative(s);
        }
        Comparator cmp = combine(raw, prefix, suffix);
        if (body.isEmpty()) {
            throw failure(raw, raw.length(), "noNumber", "comparator", cmp.symbol());
        }
        Matcher q = QUANTITY.matcher(body);
        if (q.matches()) {
            Quantity v = quantity(raw, cmp, q.group(1), q.group(2), notes);
            return negative ? new Quantity(v.comparator(), v.amount().negate(), v.unit()) : v;
        }
        Matcher r = RANGE.matcher(body);
        if (r.matches() && cmp == Comparator.NONE) {
            Range v = range(raw, r, notes, negative);
            return v;
        }
        throw diagnose(raw, body);
    }

    private static Comparator combine(String raw, Comparator prefix, Comparator suffix) {
        if (prefix != Comparator.NONE && suffix != Comparator.NONE && prefix.atLeast() != suffix.atLeast()) {
            throw failure(raw, 0, "contradiction");
        }
        return prefix != Comparator.NONE ? prefix : suffix;
    }

    private static Quantity quantity(String raw, Comparator cmp, String number, String unitText, List<String> notes) {
        Scaled scaled = Scaled.of(number(raw, number, notes), unitText);
        return new Quantity(cmp, scaled.amount(), unit(raw, scaled.unitWord()));
    }

    /**
     * An amount with the magnitude word its unit starts with taken into it: 2万条 is 20000 条, 1.5亿次 150000000 次;
     * 万元 and 亿元 are units of their own. The one place both the fast path and the grammar scale by it.
     */
    private record Scaled(BigDecimal amount, String unitWord) {
        static Scaled of(BigDecimal amount, String unitWord) {
            if (unitWord.startsWith("万") && !unitWord.startsWith("万元")) {
                return new Scaled(amount.scaleByPowerOfTen(4), unitWord.substring(1));
            }
            if (unitWord.startsWith("亿") && !unitWord.startsWith("亿元")) {
                return new Scaled(amount.scaleByPowerOfTen(8), unitWord.substring(1));
            }
            return new Scaled(amount, unitWord);
        }
    }

    private static Range range(String raw, Matcher r, List<String> notes, boolean negativeLow) {
        BigDecimal low = number(raw, r.group(1), notes);
        low = negativeLow ? low.negate() : low;
        BigDecimal high = number(raw, r.group(3), notes);
        String lowUnit = r.group(2);
        String highUnit = r.group(4);
        if (!lowUnit.isEmpty() && !highUnit.isEmpty() && !lowUnit.equals(highUnit)) {
            throw failure(raw, 0, "rangeUnits", "low", lowUnit, "high", highUnit);
        }
        if (low.compareTo(high) > 0) {
            throw failure(raw, 0, "rangeBackwards", "low", high.toPlainString(), "high", low.toPlainString());
        }
        return new Range(low, high, unit(raw, highUnit.isEmpty() ? lowUnit : highUnit));
    }

    private static BigDecimal number(String raw, String digits, List<String> notes) {
        String plain = digits.replace(",", "");
        if (plain.length() > MAX_DIGITS) {
            // no amount of a budget table has more; a pasted run of digits would take seconds to convert
            throw failure(raw, 0, "tooManyDigits", "digits", plain.length(), "limit", MAX_DIGITS);
        }
        if (plain.length() > 1 && plain.charAt(0) == '0' && Character.isDigit(plain.charAt(1))) {
            BigDecimal v = new BigDecimal(plain);
            notes.add(TEXTS.text("leadingZero", "digits", digits, "value", v.stripTrailingZeros().toPlainString()));
            return v;
        }
        return new BigDecimal(plain);
    }

    private static Unit unit(String raw, String word) {
        Optional<Unit> u = Units.of(word);
        if (u.isEmpty()) {
            throw failure(raw, raw.indexOf(word), "notAUnit", "word", word);
        }
        return u.get();
    }

    private static Grade grade(String raw, Matcher g) {
        GradeLevel level = levelOf(g.group(1));
        if (g.group(2) == null) {
            return Grade.of(level);
        }
        if (!level.achievement()) {
            throw failure(raw, g.start(2), "percentAfterGrade", "grade", level.label(), "percent", g.group(2));
        }
        if (g.group(2).length() > MAX_DIGITS) {
            throw failure(raw, g.start(2), "percentDigits", "digits", g.group(2).length());
        }
        BigDecimal p = new BigDecimal(g.group(2));
        if (p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw failure(raw, g.start(2), "percentAbove100", "percent", g.group(2));
        }
        return new Grade(level, p);
    }

    private static GradeLevel levelOf(String word) {
        for (GradeLevel l : GradeLevel.values()) {
            if (l.spellings().contains(word)) {
                return l;
            }
        }
        throw new IllegalStateException("grade pattern and levels disagree on " + word);
    }

    private static ValueParseException diagnose(String raw, String body) {
        if (body.contains(" ") && HAS_DIGIT.matcher(body.substring(body.indexOf(' '))).find()) {
            return failure(raw, body.indexOf(' '), "severalValues");
        }
        return failure(raw, 0, "unreadable");
    }

    /**
     * The failure {@code key} of the value grammar's texts (io/jixiao/value/texts.properties): its problem and
     * hint in the current language, the placeholders of both filled from {@code nameValuePairs}.
     */
    private static ValueParseException failure(String raw, int offset, String key, Object... nameValuePairs) {
        Catalogue.Hinted t = TEXTS.hinted(key, nameValuePairs);
        return new ValueParseException(raw, t.text(), t.hint(), offset);
    }

    private static Pattern gradePattern() {
        String alternation = Arrays.stream(GradeLevel.values()).flatMap(l -> l.spellings().stream())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        return Pattern.compile("(" + alternation + ")\\s*(?:[(:：]?\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*\\)?)?");
    }
}
