package io.jixiao.load;

import io.jixiao.model.Deduction;
import io.jixiao.model.PointStandard;
import io.jixiao.problem.Location;
import io.jixiao.value.Dimension;
import io.jixiao.value.Unit;
import io.jixiao.value.Units;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 评（扣）分标准 sentence into its structured form (docs/scoring.md#deductions): step deductions
 * ({@code 每减少10条，扣减数量分值的1%}) with a floor ({@code 低于60%不得分}), the 评分标准 in points of score sheets
 * ({@link PointStandardParser}: bands, a deduction in points, choices, grades, docs/scoring.md#point-standards), the
 * default method said in words ({@code 达到目标值计满分，未达到按完成比例计分}) and pass/fail
 * ({@code 达标得满分，不达标不得分}). Text it cannot read fails with {@link ValueParseException}.
 */
public final class DeductionParser {

    private static final String VERB = "(?:减少|降低|下降|低于|少|超过|超出|增加|增长|多|提高|高于|延长|延迟)?";
    private static final String CUT = "(?:扣减|扣除|扣|减少|减)";
    private static final String BASE = "(?:数量分值|权重分值|该项分值|该指标分值|指标分值|本项分值|分值|该项得分|得分)?";
    private static final Pattern STEP = Pattern.compile("每" + VERB + "(\\d+(?:\\.\\d+)?)([^\\d,，、;；]*?)[,，、]?"
            + CUT + BASE + "的?(\\d+(?:\\.\\d+)?)%");
    private static final Pattern ZERO_BELOW = Pattern.compile("(?:低于|不足|少于|小于)(\\d+(?:\\.\\d+)?)%(?:的)?(?:不得分|得0分|得零分|不计分)");
    private static final Pattern PASS_FAIL = Pattern.compile(".*满分.*(?:不得分|得0分|得零分|不计分).*");

    private static final int MAX_DIGITS = 24;

    /**
     * Sentences already read, by their text (kept with the location of the first that was read): a bureau's
     * departments copy the same 评（扣）分标准 from one template, and the structured form is a pure function of the
     * text and immutable. Emptied when full, as {@link ValueParser}'s; a sentence that cannot be read is not kept (its
     * message is in the language of the run).
     */
    private static final Map<String, Deduction> CACHE = new ConcurrentHashMap<>();
    static final int CACHE_LIMIT = 4_096;

    private DeductionParser() {
    }

    /** The structured rule for {@code text}; {@code at} is kept for later messages. */
    public static Deduction parse(String text, Location at) {
        Deduction known = CACHE.get(text);
        if (known != null) {
            return known.location() == at ? known : new Deduction(known.text(), known.per(), known.unit(),
                    known.relative(), known.deduct(), known.passFail(), known.zeroBelow(), at, known.standard());
        }
        Deduction read = parseFresh(text, at);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(text, read);
        return read;
    }

    /** {@link #parse} without the cache. */
    static Deduction parseFresh(String text, Location at) {
        String s = ValueParser.normalize(text).replace(" ", "");
        Matcher step = STEP.matcher(s);
        if (step.find()) {
            if (step.group(1).length() > MAX_DIGITS || step.group(3).length() > MAX_DIGITS) {
                throw unreadable(text, LoadTexts.text("deduction.tooManyDigits", "limit", MAX_DIGITS));
            }
            BigDecimal zeroBelow = null;
            Matcher z = ZERO_BELOW.matcher(s);
            if (z.find() && z.group(1).length() <= MAX_DIGITS) {
                zeroBelow = new BigDecimal(z.group(1));
            }
            BigDecimal per = new BigDecimal(step.group(1));
            String unit = step.group(2);
            if (unit.startsWith("万") && !unit.startsWith("万元")) {
                per = per.scaleByPowerOfTen(4); // 每减少1.5万条 = 15000条
                unit = unit.substring(1);
            }
            Optional<Unit> u = Units.of(unit);
            if (u.isEmpty()) {
                throw unreadable(text, LoadTexts.text("deduction.stepUnit", "unit", unit));
            }
            if (u.get().dimension() == Dimension.PERCENT) {
                unit = "%"; // 百分点, 个百分点, 百分比: all percentage points or percent
            }
            if (per.signum() <= 0) {
                throw unreadable(text, LoadTexts.text("deduction.stepZero", "step", step.group(1), "unit", unit));
            }
            return new Deduction(text, per, unit, false, new BigDecimal(step.group(3)), false, zeroBelow, at);
        }
        if (PointStandardParser.proportional(s)) {
            return Deduction.of(text, new PointStandard.Proportional(), at);
        }
        Optional<PointStandard> points = PointStandardParser.parse(s, text);
        if (points.isPresent()) {
            return Deduction.of(text, points.get(), at);
        }
        if (PASS_FAIL.matcher(s).matches() && !s.contains("每")) {
            return new Deduction(text, null, "", false, null, true, null, at);
        }
        throw unreadable(text, LoadTexts.text("deduction.notUnderstood"));
    }

    private static ValueParseException unreadable(String text, String problem) {
        return new ValueParseException(text, problem, LoadTexts.text("deduction.structuredForm"), 0);
    }
}
