package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.model.Deduction;
import io.jixiao.problem.Finding;
import io.jixiao.value.Quantity;
import io.jixiao.value.Unit;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code deduction:}: text as written (parsed into structure by the scoring layer) or the
 * structured form {@code {per: 10, unit: 条, deduct: 1%}} / {@code {passFail: true}}
 * (docs/scoring.md#deductions).
 */
final class DeductionReader {

    static final Shape STRUCTURED = Shape.of("where.structuredDeduction").key("text").key("per").key("unit")
            .key("relative").key("deduct").key("passFail").key("zeroBelow");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Finding> out;
    private final Nodes nodes;
    private final boolean lenient;

    /** @param lenient unreadable text becomes a warning and the indicator keeps its default method */
    DeductionReader(List<Finding> out, Nodes nodes, boolean lenient) {
        this.out = out;
        this.nodes = nodes;
        this.lenient = lenient;
    }

    /**
     * The 评（扣）分标准, with a warning when it reads but cannot mean what it says: a step that deducts 0% (KPI-0152),
     * a floor above 100% of the target (KPI-0153).
     */
    Optional<Deduction> read(Entry e) {
        Optional<Deduction> d = readAsWritten(e);
        d.ifPresent(this::sense);
        return d;
    }

    private void sense(Deduction d) {
        String text = d.text() != null ? d.text() : structuredText(d);
        if (!d.passFail() && d.deduct() != null && d.deduct().signum() == 0) {
            out.add(LoadProblems.deductsNothing(d.location(), text));
        }
        if (d.zeroBelow() != null && d.zeroBelow().compareTo(HUNDRED) > 0) {
            out.add(LoadProblems.floorAboveTarget(d.location(), text, d.zeroBelow().stripTrailingZeros().toPlainString()));
        }
    }

    /** The structured form written out, for messages: {per: 1, unit: 条, deduct: 0%, zeroBelow: 200%}. */
    private static String structuredText(Deduction d) {
        StringBuilder sb = new StringBuilder("{");
        if (d.passFail()) {
            sb.append("passFail: true");
        } else {
            sb.append("per: ").append(d.per() == null ? "?" : d.per().toPlainString()).append(d.unit())
                    .append(", deduct: ").append(d.deduct() == null ? "?" : d.deduct().toPlainString()).append('%');
        }
        if (d.zeroBelow() != null) {
            sb.append(", zeroBelow: ").append(d.zeroBelow().toPlainString()).append('%');
        }
        return sb.append('}').toString();
    }

    private Optional<Deduction> readAsWritten(Entry e) {
        if (e.value() instanceof YScalar s) {
            if (s.isNull() || s.text().isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(DeductionParser.parse(s.text().strip(), s.at()));
            } catch (ValueParseException ex) {
                out.add(lenient ? LoadProblems.unreadDeduction(s.at(), s.text().strip(), ex.problem())
                        : LoadProblems.badDeduction(s.at(), LoadTexts.text("deduction.unreadable", "text",
                                s.text().strip(), "problem", ex.problem())));
                return Optional.empty();
            }
        }
        return nodes.map(e).flatMap(this::structured);
    }

    private Optional<Deduction> structured(YMap map) {
        Map<String, Entry> m = STRUCTURED.read(map, out);
        boolean passFail = flag(m, "passFail");
        // quantity() refuses negative numbers; per 0 would never step, a deduct over 100% takes more than all
        Optional<Quantity> per = quantity(m, "per").filter(q -> check(m, "per", q.amount().signum() > 0,
                "deduction.perAboveZero"));
        Optional<Quantity> deduct = quantity(m, "deduct").filter(q -> check(m, "deduct",
                q.amount().compareTo(HUNDRED) <= 0, "deduction.deductUpTo100"));
        Optional<Quantity> zeroBelow = quantity(m, "zeroBelow");
        if (!passFail && (per.isEmpty() || deduct.isEmpty())) {
            // a value written but refused, or a misspelt key, has been reported where it is written
            if (!unclearFlag(m, "passFail") && (!given(m, "per") || !given(m, "deduct"))) {
                out.add(LoadProblems.badDeduction(map.at(), LoadTexts.text("deduction.perAndDeduct")));
            }
            return Optional.empty();
        }
        String unit = nodes.optional(m, "unit").orElse(per.map(Quantity::unit).map(Unit::symbol).orElse(""));
        return Optional.of(new Deduction(nodes.optional(m, "text").orElse(null),
                per.map(Quantity::amount).orElse(null), unit, flag(m, "relative"),
                deduct.map(Quantity::amount).orElse(null), passFail,
                zeroBelow.map(Quantity::amount).orElse(null), map.at()));
    }

    private boolean flag(Map<String, Entry> m, String key) {
        Optional<String> t = nodes.optional(m, key);
        if (t.isEmpty()) {
            return false;
        }
        if (t.get().equals("true") || t.get().equals("false")) {
            return Boolean.parseBoolean(t.get());
        }
        out.add(LoadProblems.wrongType(m.get(key).value().at(), key, LoadTexts.text("expected.boolean"),
                "'" + t.get() + "'"));
        return false;
    }

    /** {@code key} is misspelt, or written as something other than true or false (reported by flag()). */
    private static boolean unclearFlag(Map<String, Entry> m, String key) {
        Entry e = m.get(key);
        if (e == null) {
            return Shape.misspelt(m, key);
        }
        if (e.value() instanceof YScalar s) {
            String t = s.isNull() ? "" : s.text().strip();
            return !t.isEmpty() && !t.equals("true") && !t.equals("false");
        }
        return true;
    }

    /** A value is written for {@code key}, or an unknown key was probably meant to be it. */
    private static boolean given(Map<String, Entry> m, String key) {
        Entry e = m.get(key);
        return e == null ? Shape.misspelt(m, key) : !(e.value() instanceof YScalar s && (s.isNull() || s.text().isBlank()));
    }

    /** {@code ok}, or a finding at the value of {@code key} saying the text {@code rule} of the load texts. */
    private boolean check(Map<String, Entry> m, String key, boolean ok, String rule) {
        if (!ok) {
            out.add(LoadProblems.badDeduction(m.get(key).value().at(),
                    LoadTexts.text(rule, "text", nodes.optional(m, key).orElse(""))));
        }
        return ok;
    }

    private Optional<Quantity> quantity(Map<String, Entry> m, String key) {
        return nodes.optional(m, key).flatMap(t -> {
            try {
                if (ValueParser.parse(t).value() instanceof Quantity q && q.amount().signum() >= 0) {
                    return Optional.of(q);
                }
            } catch (ValueParseException ex) {
                // reported below
            }
            out.add(LoadProblems.badDeduction(m.get(key).value().at(),
                    LoadTexts.text("deduction.number", "key", key, "text", t)));
            return Optional.<Quantity>empty();
        });
    }

}
