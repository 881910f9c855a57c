package io.jixiao.scoring;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.StepUnits;
import io.jixiao.value.Comparator;
import io.jixiao.value.Completed;
import io.jixiao.value.Dimension;
import io.jixiao.value.Grade;
import io.jixiao.value.NotApplicable;
import io.jixiao.value.Qualitative;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import io.jixiao.value.Units;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParser;
import io.jixiao.model.PointStandard;
import io.jixiao.profile.ScoringProfile;
import java.math.BigDecimal;

/** Turns an indicator, its actual and its points into the {@link ScoringCase} the rules match. */
public final class CaseBuilder {

    private CaseBuilder() {
    }

    public static String id(IndicatorTable table, Indicator i) {
        return table.name() + "/" + i.key();
    }

    /** @param profile gives the lower-is-better words that decide the direction (docs/scoring.md#direction) */
    public static ScoringCase build(IndicatorTable table, Indicator i, ActualEntry actual, BigDecimal points,
                                    ScoringProfile profile) {
        Value t = i.target();
        Value a = actual == null ? null : actual.value();
        Comparator cmp = t instanceof Quantity q ? q.comparator() : Comparator.NONE;
        BigDecimal target = t instanceof Quantity q ? q.amount() : t instanceof Range r ? r.low() : null;
        BigDecimal high = t instanceof Range r ? r.high() : null;
        Unit unit = targetUnit(i);
        CaseKind kind = kind(t, a);
        BigDecimal amount = (kind == CaseKind.MEASURED || kind == CaseKind.RANGED) ? ((Quantity) a).amountIn(unit) : null;
        Grade g = a instanceof Grade grade ? grade : null;
        boolean quantitative = t instanceof Quantity || t instanceof Range;
        PointStandard standard = i.deduction() == null ? null : i.deduction().standard();
        if (kind == CaseKind.MISMATCH && a instanceof Quantity q && standard != null && standard.unit() != null) {
            // a number against a 评分标准 in numbers, without a number target (a score sheet's row): in its unit
            Unit su = Units.of(standard.unit()).orElse(Unit.NONE);
            if (q.unit().convertsTo(su)) {
                amount = q.amountIn(su);
                unit = su;
            }
        }
        if (unit.dimension() == Dimension.PLAIN && standard != null && standard.unit() != null
                && !standard.unit().isEmpty()) {
            unit = Units.of(standard.unit()).orElse(unit); // ≤0 under bands in %: the numbers are percents
        }
        Direction.Reading reading = Direction.read(i, profile);
        boolean naMark = kind == CaseKind.NOT_APPLICABLE && actual != null && ValueParser.notApplicableMark(actual.text());
        return new ScoringCase(id(table, i), table.name(), i.key(), i.level2(), kind, i.targetText(),
                actual == null ? "" : actual.text(), cmp, target, high, amount, unit.symbol(),
                unit.dimension() == Dimension.PERCENT, isCost(i), quantitative, points, i.deduction(),
                g == null ? null : g.level(), g == null ? null : g.percent(), reading.direction(), reading.reason(),
                reading.word(), naMark, i.points(), entry(standard, kind, amount, actual, g),
                profile.overAchievementFlag());
    }

    /**
     * The entry of a 评分标准 in points that holds the actual (docs/scoring.md#point-standards): the first band holding
     * the number, the option the text is, the grade's entry; -1 when none does.
     */
    static int entry(PointStandard standard, CaseKind kind, BigDecimal amount, ActualEntry actual, Grade grade) {
        if (standard instanceof PointStandard.Bands b) {
            return amount == null ? -1 : b.find(amount);
        }
        if (standard instanceof PointStandard.Choices c) {
            return kind == CaseKind.TEXT ? c.find(actual.text()) : -1;
        }
        if (standard instanceof PointStandard.Grades gr) {
            return grade == null ? -1 : gr.find(grade.level());
        }
        return -1;
    }

    static CaseKind kind(Value target, Value actual) {
        if (actual == null) {
            return CaseKind.MISSING;
        }
        if (actual instanceof NotApplicable || target instanceof NotApplicable) {
            return CaseKind.NOT_APPLICABLE;
        }
        if (actual instanceof Completed) {
            return CaseKind.COMPLETED;
        }
        if (actual instanceof Grade) {
            return CaseKind.GRADED;
        }
        if (actual instanceof Qualitative) {
            return CaseKind.TEXT;
        }
        if (actual instanceof Quantity && target instanceof Quantity) {
            return CaseKind.MEASURED;
        }
        if (actual instanceof Quantity && target instanceof Range) {
            return CaseKind.RANGED;
        }
        if (actual instanceof Range && (target instanceof Quantity || target instanceof Range)) {
            return CaseKind.RANGE_ACTUAL;
        }
        return CaseKind.MISMATCH;
    }

    /** The unit a target is scored in (see {@link StepUnits#targetUnit}). */
    public static Unit targetUnit(Indicator i) {
        return StepUnits.targetUnit(i);
    }

    /** 成本指标 (level-2 names a cost). */
    public static boolean isCost(Indicator i) {
        return StepUnits.isCost(i);
    }
}
