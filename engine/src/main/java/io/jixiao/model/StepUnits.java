package io.jixiao.model;

import io.jixiao.value.Dimension;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import io.jixiao.value.Units;
import io.jixiao.value.Value;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit check of a 评（扣）分标准 step (docs/scoring.md#deduction-step), shared by loading (an error at the deduction when
 * the step cannot convert) and scoring ({@code StepDeduction}, which counts the gap in the step).
 */
public final class StepUnits {

    private static final Unit YUAN = Units.of("元").orElseThrow();

    private StepUnits() {
    }

    /** A number written with 万 or 亿 and no unit after it (≤68万): under 成本指标, an amount of money. */
    private static final java.util.regex.Pattern MAGNITUDE = java.util.regex.Pattern.compile(".*\\d\\s*[万亿]\\s*$");

    /**
     * The unit a target is scored in. A 成本指标 written with 万 or 亿 but without 元 (≤68万) is money in 元, so that an
     * actual in 万元 or 元 converts instead of being compared as a bare number; a bare number without 万 or 亿 under
     * 成本 (100) stays unitless (docs/scoring.md#direction).
     */
    public static Unit targetUnit(Indicator i) {
        Value t = i.target();
        Unit written = t instanceof Quantity q ? q.unit() : t instanceof Range r ? r.unit() : Unit.NONE;
        return isCost(i) && written.dimension() == Dimension.PLAIN && moneyMagnitude(i) ? YUAN : written;
    }

    /** The target is written with 万 or 亿 and no unit (≤68万). */
    public static boolean moneyMagnitude(Indicator i) {
        return i.targetText() != null && MAGNITUDE.matcher(io.jixiao.value.ValueParser.normalize(i.targetText())).matches();
    }

    /** 成本指标 (level-2 names a cost). */
    public static boolean isCost(Indicator i) {
        return i.level2() != null && i.level2().contains("成本");
    }

    /**
     * Whether a measured actual can be scored by this indicator's step deduction: true unless it has a
     * step ({@code per}) whose unit does not convert to the unit its quantity target is scored in.
     */
    public static boolean stepConverts(Indicator i) {
        Deduction d = i.deduction();
        if (d != null && d.standard() != null) {
            return standardConverts(i);
        }
        if (d == null || d.passFail() || d.per() == null || !(i.target() instanceof Quantity)) {
            return true;
        }
        Unit u = targetUnit(i);
        return perIn(d, u.symbol(), u.dimension() == Dimension.PERCENT).isPresent();
    }

    /**
     * Whether the numbers of a 评分标准 in points (its bands, its standard: docs/scoring.md#point-standards) are in a
     * unit that converts to the one the target is scored in; true when either has none.
     */
    public static boolean standardConverts(Indicator i) {
        String su = i.deduction() == null || i.deduction().standard() == null ? null : i.deduction().standard().unit();
        if (su == null || su.isEmpty() || !(i.target() instanceof Quantity || i.target() instanceof Range)) {
            return true;
        }
        Optional<Unit> from = Units.of(su);
        return from.isPresent() && from.get().convertsTo(targetUnit(i));
    }

    /**
     * The unit actuals are read in: the target's (docs/formats.md#units), or — for an indicator without a number
     * target, as on a 部门整体支出绩效评价 sheet — that of its 评分标准 in points; null when neither has one.
     */
    public static Unit scaleUnit(Indicator i) {
        Value t = i.target();
        if (t instanceof Quantity q) {
            return q.unit();
        }
        if (t instanceof Range r) {
            return r.unit();
        }
        String su = i.deduction() == null || i.deduction().standard() == null ? null : i.deduction().standard().unit();
        return su == null ? null : Units.of(su).orElse(null);
    }

    /** True when the step is in % of the target rather than in the target's unit or percentage points. */
    public static boolean relative(Deduction rule, boolean percentTarget) {
        return rule.relative() || ("%".equals(rule.unit()) && !percentTarget);
    }

    /**
     * The step in the target's unit; empty when the step's unit does not convert to {@code targetUnit}.
     *
     * @param targetUnit    the symbol of the unit the target is scored in
     * @param percentTarget the target is a percentage
     */
    public static Optional<BigDecimal> perIn(Deduction rule, String targetUnit, boolean percentTarget) {
        String u = rule.unit();
        if (u.isEmpty() || relative(rule, percentTarget) || u.equals(targetUnit) || ("%".equals(u) && percentTarget)) {
            return Optional.of(rule.per());
        }
        Optional<Unit> from = Units.of(u);
        Optional<Unit> to = Units.of(targetUnit);
        if (from.isPresent() && to.isPresent() && from.get().convertsTo(to.get())) {
            return Optional.of(Units.convert(rule.per(), from.get(), to.get()));
        }
        if (targetUnit.startsWith(u + "/")) {
            return Optional.of(rule.per()); // 每减少1小时 on a target in 小时/天
        }
        return Optional.empty();
    }
}
