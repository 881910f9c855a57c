package io.jixiao.load;

import io.jixiao.model.PointStandard;
import io.jixiao.model.PointStandard.Band;
import io.jixiao.model.PointStandard.Bound;
import io.jixiao.value.Comparator;
import io.jixiao.value.Dimension;
import io.jixiao.value.Grade;
import io.jixiao.value.GradeLevel;
import io.jixiao.value.Unit;
import io.jixiao.value.Units;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 评分标准 written in points (docs/scoring.md#point-standards) into a {@link PointStandard}. The text is cut
 * into clauses at {@code ；} and {@code 。}; each clause is a condition and what it awards ({@code ≥90%，计5分},
 * {@code 低于80%计5分}, {@code 无结余，3分}, {@code 未达成不得分}) or a deduction in points ({@code 每超过一个百分点扣0.5分，
 * 扣完为止}), or names the standard ({@code 以100%为标准}). A condition may start with a subject — the indicator's name or
 * another word for its actual ({@code 在职人员控制率≤100%}, {@code “三公经费”>0}) — which is read past. Then:
 * <ul>
 *   <li>a deduction in points, after the standard it counts from: {@link PointStandard.Steps};</li>
 *   <li>every condition a number or a band: {@link PointStandard.Bands} ({@code (含)} after an end includes it;
 *       a band written without {@code (含)} includes its low end only);</li>
 *   <li>every condition a grade (达成 / 部分达成 / 未达成 …): {@link PointStandard.Grades};</li>
 *   <li>else options of wording: {@link PointStandard.Choices} — except a pass/fail pair ({@code 达标得满分；不达标不得分}),
 *       left to {@link DeductionParser}'s pass/fail.</li>
 * </ul>
 * {@code 达到目标值计满分，未达到按完成比例计分} is the default method said in words: {@link PointStandard.Proportional}.
 */
final class PointStandardParser {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String SNUM = "([-−+]?\\d+(?:\\.\\d+)?)";
    private static final String UNIT = "(%|个百分点|百分点|[\\p{IsHan}A-Za-z]{1,3}?)?";
    /** (含), or (含80%) naming the end it includes. */
    private static final String INCL = "(\\(含(?:(\\d+(?:\\.\\d+)?)(?:%|[\\p{IsHan}]{1,3})?)?\\))?";
    private static final String CMP = "(>=|<=|==|≥|≧|≤|≦|>|<|=|大于或等于|大于等于|小于或等于|小于等于|不低于|不少于|不小于"
            + "|不高于|不超过|不多于|不大于|大于|高于|超过|多于|超出|小于|低于|少于|不足|等于)";
    private static final String SUFFIX = "(及以上|以上|及以下|以下|以内)";

    private static final Pattern COMPARED = Pattern.compile(CMP + SNUM + UNIT + SUFFIX + "?" + INCL);
    private static final Pattern SUFFIXED = Pattern.compile(SNUM + UNIT + SUFFIX + INCL);
    private static final Pattern RANGE = Pattern.compile(NUM + UNIT + INCL + "[-~～至到—–]" + NUM + UNIT + INCL);
    private static final Pattern BARE = Pattern.compile(SNUM + UNIT);

    private static final Pattern SYMBOL = Pattern.compile("[≥≤<>=≧≦]");
    private static final Pattern STANDARD = Pattern.compile("以" + SNUM + UNIT + "为(?:标准|基准|基数|目标)");
    private static final Pattern POINTS = Pattern.compile("(.*?),?(?:计|得|给|为)?(\\d+(?:\\.\\d+)?)分");
    private static final Pattern FULL = Pattern.compile("(.*?),?(?:计|得|给)?满分");
    private static final Pattern ZERO = Pattern.compile("(.*?),?(?:不得分|不计分|得零分|计零分|零分)");
    private static final Pattern STEP = Pattern.compile("每(超过|超出|增加|提高|高于|多于|多|延迟|延长|降低|减少|下降|低于"
            + "|少于|少|不足)(一个|一|\\d+(?:\\.\\d+)?个?)?" + UNIT + ",?(?:扣减|扣除|扣|减)(\\d+(?:\\.\\d+)?)分"
            + "(?:,?扣完为止)?,?");
    private static final Pattern UNTIL_NOTHING = Pattern.compile(",?扣完为止,?");
    private static final Pattern PROPORTIONAL = Pattern.compile(".*(?:按(?:完成)?比例|按完成率|按实际完成(?:比例|率)?)"
            + "(?:计分|得分|计算|折算).*");

    private static final Map<String, Comparator> COMPARATORS = Map.ofEntries(
            Map.entry(">=", Comparator.GE), Map.entry("≥", Comparator.GE), Map.entry("≧", Comparator.GE),
            Map.entry("大于或等于", Comparator.GE), Map.entry("大于等于", Comparator.GE), Map.entry("不低于", Comparator.GE),
            Map.entry("不少于", Comparator.GE), Map.entry("不小于", Comparator.GE),
            Map.entry("<=", Comparator.LE), Map.entry("≤", Comparator.LE), Map.entry("≦", Comparator.LE),
            Map.entry("小于或等于", Comparator.LE), Map.entry("小于等于", Comparator.LE), Map.entry("不高于", Comparator.LE),
            Map.entry("不超过", Comparator.LE), Map.entry("不多于", Comparator.LE), Map.entry("不大于", Comparator.LE),
            Map.entry(">", Comparator.GT), Map.entry("大于", Comparator.GT), Map.entry("高于", Comparator.GT),
            Map.entry("超过", Comparator.GT), Map.entry("多于", Comparator.GT), Map.entry("超出", Comparator.GT),
            Map.entry("<", Comparator.LT), Map.entry("小于", Comparator.LT), Map.entry("低于", Comparator.LT),
            Map.entry("少于", Comparator.LT), Map.entry("不足", Comparator.LT),
            Map.entry("=", Comparator.EQ), Map.entry("==", Comparator.EQ), Map.entry("等于", Comparator.EQ));

    /** A condition read: a band of numbers, a grade, or text. */
    private record Cond(Band band, Comparator comparator, BigDecimal value, String unit, GradeLevel grade, String text) {

        boolean numeric() {
            return band != null;
        }
    }

    /** A clause: a condition with points (null: 满分; hasPoints false: none written), or a step, or a standard. */
    private record Clause(String source, Cond cond, boolean hasPoints, BigDecimal points, Step step,
                          Cond standard) {
    }

    /** 每超过一个百分点扣0.5分: which way (true: above the standard), the step, its unit, the points off. */
    private record Step(boolean above, BigDecimal per, String unit, BigDecimal deduct) {
    }

    private PointStandardParser() {
    }

    /** True when the text is the default method said in words (按完成比例计分). */
    static boolean proportional(String normalized) {
        return PROPORTIONAL.matcher(normalized).matches();
    }

    /**
     * The standard in points the text writes, or empty when it is none (a single clause, a pass/fail pair, no points
     * written): other forms may read it.
     *
     * @param s the text normalised (NFKC, no spaces)
     * @throws ValueParseException when it is written as a standard in points but a clause cannot be read
     */
    static Optional<PointStandard> parse(String s, String original) {
        List<String> parts = new ArrayList<>();
        for (String p : s.split("[;。]")) {
            String c = p.strip().replaceAll("^,+|,+$", "");
            if (!c.isEmpty() && !UNTIL_NOTHING.matcher(c).matches()) {
                parts.add(c);
            }
        }
        boolean stepped = STEP.matcher(s).find();
        if (parts.size() < 2 && !stepped) {
            return Optional.empty();
        }
        List<Clause> clauses = new ArrayList<>();
        for (String part : parts) {
            Optional<Clause> c = clause(part);
            if (c.isEmpty()) {
                if (clauses.isEmpty() && !stepped && parts.stream().noneMatch(p -> awards(p))) {
                    return Optional.empty(); // no clause written in points: not this form
                }
                throw unreadable(original, LoadTexts.text("standard.clause", "clause", part));
            }
            clauses.add(c.get());
        }
        if (clauses.stream().anyMatch(c -> c.step() != null)) {
            return Optional.of(steps(clauses, original));
        }
        if (clauses.stream().anyMatch(c -> c.standard() != null || !c.hasPoints())) {
            throw unreadable(original, LoadTexts.text("standard.conditionWithoutPoints"));
        }
        if (clauses.stream().allMatch(c -> c.cond().numeric())) {
            return Optional.of(bands(clauses, original));
        }
        if (clauses.stream().anyMatch(c -> c.cond().numeric())) {
            throw unreadable(original, LoadTexts.text("standard.mixedConditions"));
        }
        if (clauses.stream().allMatch(c -> c.cond().grade() != null)) {
            List<PointStandard.GradePoints> grades = new ArrayList<>();
            for (Clause c : clauses) {
                if (grades.stream().anyMatch(g -> g.level() == c.cond().grade())) {
                    throw unreadable(original, LoadTexts.text("standard.gradeTwice", "grade",
                            c.cond().grade().label()));
                }
                grades.add(new PointStandard.GradePoints(c.cond().grade(), c.points()));
            }
            return Optional.of(new PointStandard.Grades(grades));
        }
        if (clauses.size() == 2 && passFailPair(clauses.get(0).cond().text(), clauses.get(1).cond().text())) {
            return Optional.empty(); // 达标得满分；不达标不得分: pass/fail
        }
        List<PointStandard.Choice> choices = new ArrayList<>();
        List<String> written = writtenParts(original);
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            String option = asWritten(c.cond().text(), written.size() == clauses.size() ? written.get(k) : null);
            if (choices.stream().anyMatch(x -> PointStandard.Choices.key(x.option())
                    .equals(PointStandard.Choices.key(option)))) {
                throw unreadable(original, LoadTexts.text("standard.optionTwice", "option", option));
            }
            choices.add(new PointStandard.Choice(option, c.points()));
        }
        return Optional.of(new PointStandard.Choices(choices));
    }

    /** The clauses of the text as written (full-width punctuation kept), for the options' wording. */
    private static List<String> writtenParts(String original) {
        List<String> parts = new ArrayList<>();
        for (String p : original.strip().split("[;；。]")) {
            String c = p.strip().replaceAll("^[,，]+|[,，]+$", "");
            if (!c.isEmpty() && !UNTIL_NOTHING.matcher(ValueParser.normalize(c).replace(" ", "")).matches()) {
                parts.add(c);
            }
        }
        return parts;
    }

    /**
     * An option in the wording of the text (有结余，但不超过上年结转 with its full-width comma) when the clause as written
     * reads as the clause read; else as read.
     */
    private static String asWritten(String option, String writtenClause) {
        if (writtenClause == null) {
            return option;
        }
        String w = writtenClause.replaceAll("\\s+", "");
        if (w.length() >= option.length()
                && ValueParser.normalize(w.substring(0, option.length())).equals(option)) {
            return w.substring(0, option.length());
        }
        return option;
    }

    /** A clause ends in points: 计5分, 满分, 不得分. */
    private static boolean awards(String part) {
        return POINTS.matcher(part).matches() || FULL.matcher(part).matches() || ZERO.matcher(part).matches();
    }

    private static Optional<Clause> clause(String part) {
        Matcher std = STANDARD.matcher(part);
        if (std.matches()) {
            return bare(std.group(1), std.group(2))
                    .map(c -> new Clause(part, null, false, null, null, c));
        }
        Matcher step = STEP.matcher(part);
        if (step.find() && step.end() == part.length()) {
            String head = part.substring(0, step.start()).replaceAll(",+$", "");
            Optional<Step> st = step(step);
            if (st.isEmpty()) {
                return Optional.empty();
            }
            if (head.isEmpty()) {
                return Optional.of(new Clause(part, null, false, null, st.get(), null));
            }
            Optional<Clause> before = awarding(head);
            if (before.isPresent()) {
                Clause b = before.get();
                return b.cond().numeric() ? Optional.of(new Clause(part, b.cond(), true, b.points(), st.get(), null))
                        : Optional.empty();
            }
            return condition(head).filter(Cond::numeric)
                    .map(c -> new Clause(part, c, false, null, st.get(), null));
        }
        return awarding(part);
    }

    /** A condition with what it awards. */
    private static Optional<Clause> awarding(String part) {
        Matcher zero = ZERO.matcher(part);
        if (zero.matches() && !zero.group(1).isEmpty()) {
            return condition(zero.group(1)).map(c -> new Clause(part, c, true, BigDecimal.ZERO, null, null));
        }
        Matcher full = FULL.matcher(part);
        if (full.matches() && !full.group(1).isEmpty()) {
            return condition(full.group(1)).map(c -> new Clause(part, c, true, null, null, null));
        }
        Matcher points = POINTS.matcher(part);
        if (points.matches() && !points.group(1).isEmpty()) {
            BigDecimal p = new BigDecimal(points.group(2));
            return condition(points.group(1)).map(c -> new Clause(part, c, true, p, null, null));
        }
        // a condition alone (the head of a step, “三公经费”>0): read by the caller
        return Optional.empty();
    }

    private static Optional<Step> step(Matcher m) {
        boolean above = switch (m.group(1)) {
            case "超过", "超出", "增加", "提高", "高于", "多于", "多", "延迟", "延长" -> true;
            default -> false;
        };
        String amount = m.group(2);
        BigDecimal per = amount == null || amount.startsWith("一") ? BigDecimal.ONE
                : new BigDecimal(amount.replace("个", ""));
        Optional<String> unit = unit(m.group(3));
        if (unit.isEmpty() || per.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Step(above, per, unit.get(), new BigDecimal(m.group(4))));
    }

    /** The condition of a clause: past its subject, a band of numbers; else a grade; else the text as an option. */
    private static Optional<Cond> condition(String text) {
        String t = text.replaceAll("^,+|,+$", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < t.length(); i++) {
            char before = i == 0 ? ' ' : t.charAt(i - 1);
            if (Character.isDigit(before) || before == '.') {
                continue; // never start inside a number
            }
            if (i > 0 && SYMBOL.matcher(t.substring(0, i)).find()) {
                break; // a subject is a name: ≦95%且≥80% is no subject and a band
            }
            Optional<Cond> c = numeric(t.substring(i));
            if (c.isPresent()) {
                return c;
            }
        }
        try {
            if (ValueParser.parse(t).value() instanceof Grade g && g.percent() == null) {
                return Optional.of(new Cond(null, null, null, null, g.level(), t));
            }
        } catch (ValueParseException e) {
            // not a grade: an option of wording
        }
        return Optional.of(new Cond(null, null, null, null, null, t));
    }

    private static Optional<Cond> numeric(String t) {
        Matcher c = COMPARED.matcher(t);
        if (c.matches()) {
            Comparator cmp = COMPARATORS.get(c.group(1));
            if (c.group(4) != null && (c.group(4).contains("上") != cmp.atLeast() || cmp == Comparator.EQ)) {
                return Optional.empty(); // ≥90%以下: contradicts itself
            }
            return unit(c.group(3)).map(u -> compared(cmp, number(c.group(2)), u, c.group(5) != null));
        }
        Matcher s = SUFFIXED.matcher(t);
        if (s.matches()) {
            Comparator cmp = s.group(3).contains("上") ? Comparator.GE : Comparator.LE;
            return unit(s.group(2)).map(u -> compared(cmp, number(s.group(1)), u, true));
        }
        Matcher r = RANGE.matcher(t);
        if (r.matches()) {
            return range(r);
        }
        return bare(groupOr(t, BARE, 1), groupOr(t, BARE, 2));
    }

    private static String groupOr(String t, Pattern p, int group) {
        Matcher m = p.matcher(t);
        return m.matches() ? (m.group(group) == null ? "" : m.group(group)) : null;
    }

    /** A bare value (完成率100%): equal to it as a band, and the standard a step counts from. */
    private static Optional<Cond> bare(String number, String unitText) {
        if (number == null) {
            return Optional.empty();
        }
        BigDecimal v = number(number);
        return unit(unitText).map(u -> new Cond(new Band(new Bound(v, true), new Bound(v, true), null),
                Comparator.NONE, v, u, null, null));
    }

    private static Cond compared(Comparator cmp, BigDecimal v, String unit, boolean included) {
        Band band = switch (cmp) {
            case GE -> new Band(new Bound(v, true), null, null);
            case GT -> new Band(new Bound(v, included), null, null);
            case LE -> new Band(null, new Bound(v, true), null);
            case LT -> new Band(null, new Bound(v, included), null);
            default -> new Band(new Bound(v, true), new Bound(v, true), null);
        };
        return new Cond(band, cmp, v, unit, null, null);
    }

    /** 80%(含)-90% is [80, 90); 10-20%(含) is (10, 20]; without (含), [low, high). Written high first, turned round. */
    private static Optional<Cond> range(Matcher m) {
        BigDecimal a = new BigDecimal(m.group(1));
        BigDecimal b = new BigDecimal(m.group(5));
        Optional<String> ua = unit(m.group(2));
        Optional<String> ub = unit(m.group(6));
        if (ua.isEmpty() || ub.isEmpty() || (!ua.get().isEmpty() && !ub.get().isEmpty() && !ua.get().equals(ub.get()))) {
            return Optional.empty();
        }
        String unit = ub.get().isEmpty() ? ua.get() : ub.get();
        boolean marked = m.group(3) != null || m.group(7) != null;
        boolean aIn = false;
        boolean bIn = false;
        for (int g : new int[] {3, 7}) {
            if (m.group(g) == null) {
                continue;
            }
            String named = m.group(g + 1);
            if (named == null) {
                // (含) includes the end it follows
                if (g == 3) {
                    aIn = true;
                } else {
                    bIn = true;
                }
            } else {
                aIn |= new BigDecimal(named).compareTo(a) == 0;
                bIn |= new BigDecimal(named).compareTo(b) == 0;
            }
        }
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        boolean lowIn = marked ? (a.compareTo(b) <= 0 ? aIn : bIn) : true;
        boolean highIn = marked && (a.compareTo(b) <= 0 ? bIn : aIn);
        if (low.compareTo(high) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Cond(new Band(new Bound(low, lowIn), new Bound(high, highIn), null), null, null, unit,
                null, null));
    }

    /** Whether a (含…) mark includes the end {@code v}: (含) marks the end it follows, (含80%) the end it names. */
    private static boolean included(String mark, String named, BigDecimal v) {
        if (mark == null) {
            return false;
        }
        return named == null || new BigDecimal(named).compareTo(v) == 0;
    }

    /** The unit of a number in a standard: % (百分点 is %), a unit word, or "" for a bare number. */
    private static Optional<String> unit(String word) {
        if (word == null || word.isEmpty()) {
            return Optional.of("");
        }
        if (word.equals("%") || word.endsWith("百分点")) {
            return Optional.of("%");
        }
        Optional<Unit> u = Units.of(word);
        return u.map(x -> x.dimension() == Dimension.PERCENT ? "%" : x.symbol());
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace('−', '-').replace("+", ""));
    }

    /** 达标 / 不达标, 按规定 / 未按规定: the two options of pass/fail. */
    private static boolean passFailPair(String a, String b) {
        String x = PointStandard.Choices.key(a);
        String y = PointStandard.Choices.key(b);
        return y.equals("不" + x) || y.equals("未" + x) || x.equals("不" + y) || x.equals("未" + y) || y.startsWith("否则")
                || x.startsWith("否则");
    }

    private static PointStandard bands(List<Clause> clauses, String original) {
        String unit = "";
        for (Clause c : clauses) {
            String u = c.cond().unit();
            if (!u.isEmpty()) {
                if (!unit.isEmpty() && !unit.equals(u)) {
                    throw unreadable(original, LoadTexts.text("standard.bandUnits", "unit", unit,
                            "other", u));
                }
                unit = u;
            }
        }
        List<Band> bands = new ArrayList<>();
        for (Clause c : clauses) {
            Band b = c.cond().band();
            bands.add(new Band(b.low(), b.high(), c.points()));
        }
        return new PointStandard.Bands(unit, bands);
    }

    private static PointStandard steps(List<Clause> clauses, String original) {
        Clause stepClause = null;
        Clause full = null;
        Cond standard = null;
        for (Clause c : clauses) {
            if (c.step() != null) {
                if (stepClause != null) {
                    throw unreadable(original, LoadTexts.text("standard.twoSteps"));
                }
                stepClause = c;
                if (c.hasPoints()) {
                    full = c;
                }
            } else if (c.standard() != null) {
                standard = c.standard();
            } else if (c.hasPoints() && c.cond().numeric() && full == null) {
                full = c;
            } else {
                throw unreadable(original, LoadTexts.text("standard.clauseNotSteps",
                        "clause", c.source()));
            }
        }
        Step step = stepClause.step();
        Cond at = full != null ? full.cond() : standard != null ? standard
                : stepClause.cond() != null ? stepClause.cond() : null;
        if (at == null || at.value() == null && at.band() == null) {
            throw unreadable(original, LoadTexts.text("standard.noStandard"));
        }
        Comparator cmp = at.comparator() == null ? Comparator.NONE : at.comparator();
        Comparator direction = step.above() ? Comparator.LE : Comparator.GE;
        if (at == stepClause.cond() && full == null && standard == null) {
            // “三公经费”>0，每超过…: the condition says where the deduction starts, the standard is its other side
            cmp = Comparator.NONE;
        }
        if ((cmp.atLeast() && step.above()) || (cmp.atMost() && !step.above())) {
            throw unreadable(original, LoadTexts.text("standard.opposite", "comparator", cmp.symbol(),
                    "step", step.above() ? "超过" : "降低"));
        }
        BigDecimal threshold = at.value() != null ? at.value()
                : at.band().low() != null ? at.band().low().value() : at.band().high().value();
        String unit = at.unit() == null ? "" : at.unit();
        if (!step.unit().isEmpty() && !unit.isEmpty() && !step.unit().equals(unit)) {
            throw unreadable(original, LoadTexts.text("standard.stepUnit", "stepUnit", step.unit(),
                    "unit", unit));
        }
        if (unit.isEmpty()) {
            unit = step.unit();
        }
        return new PointStandard.Steps(direction, threshold, unit, full == null ? null : full.points(), step.per(),
                step.deduct());
    }

    static ValueParseException unreadable(String text, String problem) {
        return new ValueParseException(text, problem, LoadTexts.text("standard.maybe"), 0);
    }
}
