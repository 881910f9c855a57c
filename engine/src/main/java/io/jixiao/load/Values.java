package io.jixiao.load;

import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import io.jixiao.value.Value;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.value.ParsedValue;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.util.List;
import java.util.Optional;

/** Parses a value written at a location, turning parser notes and failures into located findings. */
public final class Values {

    /** How a failure is reported: target or actual. */
    public interface Failure {
        Finding make(Location at, String text, String problem, String hint);
    }

    private Values() {
    }

    /**
     * A target's or actual's value as {@link #parse} gives it, refused (KPI-0138) when it is negative in a unit no
     * amount of which can be (a count, a time, money); a sign is kept for percentages and bare numbers (增长率 −3%).
     *
     * @param indicator the indicator's key, for the message
     */
    public static Optional<ParsedValue> parse(String text, Location at, List<Finding> out, Failure failure,
                                              boolean target, String indicator) {
        Optional<ParsedValue> pv = parse(text, at, out, failure);
        if (pv.isPresent() && negative(pv.get().value())) {
            String what = neverNegative(unitOf(pv.get().value()));
            if (what != null) {
                out.add(LoadProblems.negativeValue(at, target, text, indicator, what));
                return Optional.empty();
            }
        }
        return pv;
    }

    /** True for a quantity, or a range starting, below 0. */
    public static boolean negative(Value v) {
        return v instanceof Quantity q ? q.amount().signum() < 0 : v instanceof Range r && r.low().signum() < 0;
    }

    /**
     * What a negative amount in {@code unit} would be, in words ("a count (条)"), when no amount of it can be
     * negative; null for a percent or a bare number, which may be (a growth rate, an index).
     */
    public static String neverNegative(Unit unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.dimension()) {
            case COUNT -> LoadTexts.text("unitKind.count", "unit", unit.symbol());
            case TIME -> LoadTexts.text("unitKind.time", "unit", unit.symbol());
            case MONEY -> LoadTexts.text("unitKind.money", "unit", unit.symbol());
            case RATE -> LoadTexts.text("unitKind.rate", "unit", unit.symbol());
            default -> null;
        };
    }

    private static Unit unitOf(Value v) {
        return v instanceof Quantity q ? q.unit() : v instanceof Range r ? r.unit() : null;
    }

    public static Optional<ParsedValue> parse(String text, Location at, List<Finding> out, Failure failure) {
        try {
            ParsedValue pv = ValueParser.parse(text);
            for (String n : pv.notes()) {
                out.add(LoadProblems.valueNote(at, text, n));
            }
            return Optional.of(pv);
        } catch (ValueParseException e) {
            out.add(failure.make(at, text, e.problem(), e.hint()));
            return Optional.empty();
        }
    }
}
