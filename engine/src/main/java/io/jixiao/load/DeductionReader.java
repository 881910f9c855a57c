package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.model.Deduction;
import io.jixiao.model.PointStandard;
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
 * Reads {@code deduction:}: text as written (read into structure by {@link DeductionParser}) or the structured form
 * {@code {per: 10, unit: 条, deduct: 1%}} / {@code {passFail: true}} (docs/scoring.md#deductions), or a 评分标准 in
 * points: {@code {bands: [{atLeast: 90%, points: 5}, …]}}, {@code {pointSteps: {atMost: 100%, points: 5, per: 1%,
 * deductPoints: 0.5}}}, {@code {choices: {无结余: 3, …}}}, {@code {grades: {达成: 20, …}}}, {@code {proportional: true}}
 * (docs/scoring.md#point-standards).
 */
final class DeductionReader {

    static final Shape STRUCTURED = Shape.of("where.structuredDeduction").key("text").key("per").key("unit")
            .key("relative").key("deduct").key("passFail").key("zeroBelow").key("bands").key("pointSteps")
            .key("choices").key("grades").key("proportional");
    /** One band of {@code bands:} (docs/scoring.md#point-standards). */
    static final Shape BAND = Shape.of("where.band").key("atLeast").key("above").key("atMost").key("below").key("equal")
            .key("points");
    /** {@code pointSteps:}: the standard, its points and the deduction in points per step. */
    static final Shape POINT_STEPS = Shape.of("where.pointSteps").key("atLeast").key("atMost").key("points").key("per")
            .key("deductPoints");
    /** The forms of a 评分标准 in points: at most one of them, and none with per/deduct/passFail. */
    private static final List<String> POINT_FORMS = List.of("bands", "pointSteps", "choices", "grades", "proportional");
    private static final String FULL = "满分";

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
        if (d.isPresent()) {
            sense(d.get()); // not d.ifPresent(this::sense): a bound method reference is made on every call
        }
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
        List<String> forms = POINT_FORMS.stream().filter(m::containsKey).toList();
        if (!forms.isEmpty()) {
            List<String> others = List.of("per", "deduct", "passFail", "zeroBelow", "relative", "unit").stream()
                    .filter(m::containsKey).toList();
            if (forms.size() > 1 || !others.isEmpty()) {
                List<String> all = new java.util.ArrayList<>(forms);
                all.addAll(others);
                out.add(LoadProblems.badDeduction(map.at(), LoadTexts.text("standard.oneForm", "forms",
                        String.join(" / ", all))));
                return Optional.empty();
            }
            return standard(m, forms.get(0)).map(st -> Deduction.of(nodes.optional(m, "text").orElse(null), st,
                    map.at()));
        }
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

    /** A 评分标准 in points written in structured form (docs/scoring.md#point-standards). */
    private Optional<PointStandard> standard(Map<String, Entry> m, String form) {
        Entry e = m.get(form);
        return switch (form) {
            case "bands" -> bands(e);
            case "pointSteps" -> nodes.map(e).flatMap(this::pointSteps);
            case "choices" -> choices(e);
            case "grades" -> grades(e);
            default -> flag(m, "proportional") ? Optional.of(new PointStandard.Proportional()) : Optional.empty();
        };
    }

    private Optional<PointStandard> bands(Entry e) {
        List<PointStandard.Band> bands = new java.util.ArrayList<>();
        String[] unit = {""};
        boolean ok = true;
        for (YNode n : nodes.list(e)) {
            Optional<YMap> item = nodes.mapItem(n, "where.band");
            if (item.isEmpty()) {
                ok = false;
                continue;
            }
            Map<String, Entry> b = BAND.read(item.get(), out);
            Optional<Quantity> equal = signed(b, "equal");
            Optional<Quantity> atLeast = signed(b, "atLeast");
            Optional<Quantity> above = signed(b, "above");
            Optional<Quantity> atMost = signed(b, "atMost");
            Optional<Quantity> below = signed(b, "below");
            BigDecimal points = points(b, item.get());
            int lows = (atLeast.isPresent() ? 1 : 0) + (above.isPresent() ? 1 : 0);
            int highs = (atMost.isPresent() ? 1 : 0) + (below.isPresent() ? 1 : 0);
            if (equal.isPresent() ? lows + highs > 0 : lows > 1 || highs > 1 || lows + highs == 0) {
                out.add(LoadProblems.badDeduction(item.get().at(), LoadTexts.text("standard.bandEnds")));
                ok = false;
                continue;
            }
            if (points == null) {
                ok = false;
                continue;
            }
            for (Optional<Quantity> q : List.of(equal, atLeast, above, atMost, below)) {
                if (q.isPresent() && !q.get().unit().symbol().isEmpty()) {
                    String u = q.get().unit().dimension() == io.jixiao.value.Dimension.PERCENT ? "%"
                            : q.get().unit().symbol();
                    if (!unit[0].isEmpty() && !unit[0].equals(u)) {
                        out.add(LoadProblems.badDeduction(item.get().at(), LoadTexts.text("standard.bandUnits",
                                "unit", unit[0], "other", u)));
                        return Optional.empty();
                    }
                    unit[0] = u;
                }
            }
            PointStandard.Bound low = equal.map(q -> new PointStandard.Bound(q.amount(), true))
                    .or(() -> atLeast.map(q -> new PointStandard.Bound(q.amount(), true)))
                    .or(() -> above.map(q -> new PointStandard.Bound(q.amount(), false))).orElse(null);
            PointStandard.Bound high = equal.map(q -> new PointStandard.Bound(q.amount(), true))
                    .or(() -> atMost.map(q -> new PointStandard.Bound(q.amount(), true)))
                    .or(() -> below.map(q -> new PointStandard.Bound(q.amount(), false))).orElse(null);
            if (low != null && high != null && low.value().compareTo(high.value()) > 0) {
                out.add(LoadProblems.badDeduction(item.get().at(), LoadTexts.text("standard.bandReversed")));
                ok = false;
                continue;
            }
            bands.add(new PointStandard.Band(low, high, points.signum() < 0 ? null : points));
        }
        if (!ok) {
            return Optional.empty();
        }
        if (bands.isEmpty()) {
            out.add(LoadProblems.badDeduction(e.value().at(), LoadTexts.text("standard.noBand")));
            return Optional.empty();
        }
        return Optional.of(new PointStandard.Bands(unit[0], bands));
    }

    private Optional<PointStandard> pointSteps(YMap map) {
        Map<String, Entry> m = POINT_STEPS.read(map, out);
        Optional<Quantity> atLeast = signed(m, "atLeast");
        Optional<Quantity> atMost = signed(m, "atMost");
        if (atLeast.isPresent() == atMost.isPresent()) {
            out.add(LoadProblems.badDeduction(map.at(), LoadTexts.text("standard.stepsStandard")));
            return Optional.empty();
        }
        Quantity standard = atLeast.orElseGet(atMost::get);
        BigDecimal full = m.containsKey("points") ? points(m, map) : BigDecimal.ONE.negate();
        Optional<Quantity> per = quantity(m, "per");
        Optional<BigDecimal> deduct = nodes.number(m, "deductPoints", LoadTexts.text("example.deductPoints"));
        if (deduct.isEmpty() || full == null) {
            if (deduct.isEmpty() && !m.containsKey("deductPoints")) {
                out.add(LoadProblems.badDeduction(map.at(), LoadTexts.text("standard.stepsDeduct")));
            }
            return Optional.empty();
        }
        String unit = standard.unit().dimension() == io.jixiao.value.Dimension.PERCENT ? "%" : standard.unit().symbol();
        return Optional.of(new PointStandard.Steps(atLeast.isPresent() ? io.jixiao.value.Comparator.GE
                : io.jixiao.value.Comparator.LE, standard.amount(), unit, full.signum() < 0 ? null : full,
                per.map(Quantity::amount).orElse(BigDecimal.ONE), deduct.get()));
    }

    private Optional<PointStandard> choices(Entry e) {
        List<PointStandard.Choice> choices = new java.util.ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, Entry> c : nodes.scalars(e).entrySet()) {
            BigDecimal p = points(Map.of(c.getKey(), c.getValue()), c.getKey(), c.getValue().value().at());
            if (p == null) {
                ok = false;
            } else {
                choices.add(new PointStandard.Choice(c.getKey(), p.signum() < 0 ? null : p));
            }
        }
        if (ok && choices.isEmpty()) {
            out.add(LoadProblems.badDeduction(e.value().at(), LoadTexts.text("standard.noChoice")));
        }
        return ok && !choices.isEmpty() ? Optional.of(new PointStandard.Choices(choices)) : Optional.empty();
    }

    private Optional<PointStandard> grades(Entry e) {
        List<PointStandard.GradePoints> grades = new java.util.ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, Entry> g : nodes.scalars(e).entrySet()) {
            BigDecimal p = points(Map.of(g.getKey(), g.getValue()), g.getKey(), g.getValue().value().at());
            io.jixiao.value.GradeLevel level = null;
            try {
                if (ValueParser.parse(g.getKey()).value() instanceof io.jixiao.value.Grade grade
                        && grade.percent() == null) {
                    level = grade.level();
                }
            } catch (ValueParseException ex) {
                // reported below
            }
            if (level == null) {
                out.add(LoadProblems.badDeduction(g.getValue().keyAt(), LoadTexts.text("standard.notAGrade", "grade",
                        g.getKey())));
                ok = false;
            } else if (p == null) {
                ok = false;
            } else {
                io.jixiao.value.GradeLevel l = level;
                if (grades.stream().anyMatch(x -> x.level() == l)) {
                    out.add(LoadProblems.badDeduction(g.getValue().keyAt(), LoadTexts.text("standard.gradeTwice",
                            "grade", l.label())));
                    ok = false;
                } else {
                    grades.add(new PointStandard.GradePoints(level, p.signum() < 0 ? null : p));
                }
            }
        }
        if (ok && grades.isEmpty()) {
            out.add(LoadProblems.badDeduction(e.value().at(), LoadTexts.text("standard.noGrade")));
        }
        return ok && !grades.isEmpty() ? Optional.of(new PointStandard.Grades(grades)) : Optional.empty();
    }

    /** 'points' of a band: a number of points, or 满分 (returned as −1); null when missing or unreadable. */
    private BigDecimal points(Map<String, Entry> m, YMap at) {
        if (!m.containsKey("points")) {
            if (!Shape.misspelt(m, "points")) {
                out.add(LoadProblems.badDeduction(at.at(), LoadTexts.text("standard.bandPoints")));
            }
            return null;
        }
        return points(m, "points", m.get("points").value().at());
    }

    private BigDecimal points(Map<String, Entry> m, String key, io.jixiao.problem.Location at) {
        Optional<String> t = nodes.optional(m, key);
        if (t.isPresent() && ValueParser.normalize(t.get()).equals(FULL)) {
            return BigDecimal.ONE.negate();
        }
        try {
            BigDecimal p = t.map(x -> new BigDecimal(ValueParser.normalize(x).replaceAll("分$", ""))).orElse(null);
            if (p != null && p.signum() >= 0) {
                return p;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        out.add(LoadProblems.badDeduction(at, LoadTexts.text("standard.points", "key", key,
                "text", t.orElse(""))));
        return null;
    }

    /** A number such as 90%, 0 or -3% (a band's end, a standard). */
    private Optional<Quantity> signed(Map<String, Entry> m, String key) {
        return nodes.optional(m, key).flatMap(t -> {
            try {
                if (ValueParser.parse(t).value() instanceof Quantity q && q.comparator() == io.jixiao.value.Comparator.NONE) {
                    return Optional.of(q);
                }
            } catch (ValueParseException ex) {
                // reported below
            }
            out.add(LoadProblems.badDeduction(m.get(key).value().at(),
                    LoadTexts.text("standard.bound", "key", key, "text", t)));
            return Optional.<Quantity>empty();
        });
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
