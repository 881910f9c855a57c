package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.model.Deduction;
import io.jixiao.model.Finding;
import io.jixiao.model.Problems;
import io.jixiao.value.DeductionParser;
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
 * structured form {@code {per: 10, unit: 条, deduct: 1%}} / {@code {passFail: true}} (§5).
 */
final class DeductionReader {

    static final Shape STRUCTURED = Shape.of("a structured deduction").key("text").key("per").key("unit")
            .key("relative").key("deduct").key("passFail").key("zeroBelow");

    private final List<Finding> out;
    private final Nodes nodes;
    private final boolean lenient;

    /** @param lenient unreadable text becomes a warning and the indicator keeps its default method */
    DeductionReader(List<Finding> out, Nodes nodes, boolean lenient) {
        this.out = out;
        this.nodes = nodes;
        this.lenient = lenient;
    }

    Optional<Deduction> read(Entry e) {
        if (e.value() instanceof YScalar s) {
            if (s.isNull() || s.text().isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(DeductionParser.parse(s.text().strip(), s.at()));
            } catch (ValueParseException ex) {
                out.add(lenient ? Problems.unreadDeduction(s.at(), s.text().strip(), ex.problem())
                        : Problems.badDeduction(s.at(), "'" + s.text().strip() + "' — " + ex.problem()));
                return Optional.empty();
            }
        }
        return nodes.map(e).flatMap(this::structured);
    }

    private Optional<Deduction> structured(YMap map) {
        Map<String, Entry> m = STRUCTURED.read(map, out);
        boolean passFail = flag(m, "passFail");
        Optional<Quantity> per = quantity(m, "per");
        Optional<Quantity> deduct = quantity(m, "deduct");
        Optional<Quantity> zeroBelow = quantity(m, "zeroBelow");
        if (!passFail && (per.isEmpty() || deduct.isEmpty())) {
            out.add(Problems.badDeduction(map.at(), "needs 'per' and 'deduct', or 'passFail: true'"));
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
        out.add(Problems.wrongType(m.get(key).value().at(), key, "true or false", "'" + t.get() + "'"));
        return false;
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
            out.add(Problems.badDeduction(m.get(key).value().at(), "'" + key + "' must be a number such as 10, 1% or 1小时"
                    + ", found '" + t + "'"));
            return Optional.<Quantity>empty();
        });
    }

}
