package io.jixiao.scoring;

import io.jixiao.model.Indicator;
import io.jixiao.model.StepUnits;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.value.Comparator;
import io.jixiao.value.Dimension;
import io.jixiao.value.Quantity;
import io.jixiao.value.Unit;

/**
 * Which way a measured indicator is scored (docs/scoring.md#direction): a written comparator as written; without one,
 * in this order —
 * <ol>
 *   <li>a target of zero ({@code 0}, {@code 0起}, {@code 0次}, {@code 0%}) is a ceiling: ≤;</li>
 *   <li>an indicator whose name holds one of the profile's lower-is-better words (投诉, 事故, 响应时间 …): ≤;</li>
 *   <li>under 成本指标, an amount of money (元, 万元, 亿元; ≤68万 is money): ≤; a rate (a %, or a name ending in 率
 *       such as 成本控制率): ≥;</li>
 *   <li>otherwise ≥.</li>
 * </ol>
 * The one place this is decided: {@link CaseBuilder} stores the {@link Reading} on the case ({@link
 * ScoringCase#direction()}, {@link ScoringCase#reading()}), the scoring methods, the 评（扣）分标准 and 偏离度 read it,
 * and the rule "no-comparator-default" reports the reason of a default ({@link #defaulted}).
 */
public final class Direction {

    /** Why a target without comparator reads the way it does; WRITTEN when it has one. */
    public enum Reason {
        /** the comparator is written in the target */
        WRITTEN,
        /** a target of zero: a ceiling */
        ZERO,
        /** the indicator's name holds a lower-is-better word */
        LOWER_WORD,
        /** an amount of money under 成本指标 */
        COST_MONEY,
        /** a rate under 成本指标 */
        COST_RATE,
        /** none of the above: ≥ */
        DEFAULT
    }

    /**
     * How a target reads.
     *
     * @param direction the comparator scoring applies
     * @param reason    why
     * @param word      the lower-is-better word found (LOWER_WORD), else null
     */
    public record Reading(Comparator direction, Reason reason, String word) {
    }

    /** The readings without a word, one of each (a case is built for every indicator). */
    private static final java.util.Map<Comparator, Reading> WRITTEN = written();
    private static final Reading ZERO = new Reading(Comparator.LE, Reason.ZERO, null);
    private static final Reading COST_MONEY = new Reading(Comparator.LE, Reason.COST_MONEY, null);
    private static final Reading COST_RATE = new Reading(Comparator.GE, Reason.COST_RATE, null);
    private static final Reading DEFAULT = new Reading(Comparator.GE, Reason.DEFAULT, null);
    /** A unit in brackets at the end of a name: 成本控制率（%）. */
    private static final java.util.regex.Pattern UNIT_IN_BRACKETS = java.util.regex.Pattern.compile("[(（][^()（）]*[)）]$");

    private Direction() {
    }

    private static java.util.Map<Comparator, Reading> written() {
        java.util.Map<Comparator, Reading> m = new java.util.EnumMap<>(Comparator.class);
        for (Comparator c : Comparator.values()) {
            m.put(c, new Reading(c, Reason.WRITTEN, null));
        }
        return m;
    }

    /** How {@code i}'s target reads with {@code profile}'s lower-is-better words. */
    public static Reading read(Indicator i, ScoringProfile profile) {
        Comparator written = i.target() instanceof Quantity q ? q.comparator() : Comparator.NONE;
        if (written != Comparator.NONE) {
            return WRITTEN.get(written);
        }
        if (i.target() instanceof Quantity q && q.amount().signum() == 0) {
            return ZERO;
        }
        String word = profile.lowerIsBetterWord(i.label());
        if (word != null) {
            return new Reading(Comparator.LE, Reason.LOWER_WORD, word);
        }
        if (StepUnits.isCost(i)) {
            Unit unit = StepUnits.targetUnit(i);
            if (money(unit)) {
                return COST_MONEY;
            }
            if (unit.dimension() == Dimension.PERCENT || endsInRate(i)) {
                return COST_RATE;
            }
        }
        return DEFAULT;
    }

    /** An amount of money, or of money per something (元/期). */
    private static boolean money(Unit unit) {
        return unit.dimension() == Dimension.MONEY
                || (unit.dimension() == Dimension.RATE && unit.base().startsWith("元/"));
    }

    private static boolean endsInRate(Indicator i) {
        String name = i.label() == null ? "" : i.label().strip();
        // 成本控制率（%） — a unit in brackets after the name does not hide the 率
        name = UNIT_IN_BRACKETS.matcher(name).replaceAll("").strip();
        return name.endsWith("率");
    }

    /** The finding that says a default direction was applied to a target written without a comparator. */
    public static Finding defaulted(ScoringCase c) {
        return ScoringProblems.defaultDirection(c.targetText(), c.direction().symbol(), c.reading(), c.readingWord());
    }
}
