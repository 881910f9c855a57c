package io.jixiao.whatif;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.problem.Location;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.ScoringSession;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Grade;
import io.jixiao.value.GradeLevel;
import io.jixiao.value.Qualitative;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import io.jixiao.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tries actuals in a {@link ScoringSession} and puts the old ones back: what an indicator's full marks take,
 * and what a change is worth. Every answer comes from scoring in the session, never from re-deriving the
 * rules' arithmetic here.
 */
final class Trials {

    static final Location AT = Location.of("what-if");

    private final ScoringSession session;

    Trials(ScoringSession session) {
        this.session = session;
    }

    /** An actual that scores full marks and the department's score with it (the session is left unchanged). */
    record FullMarks(ActualEntry entry, DepartmentScore with) {
    }

    /** The first candidate actual that gives this indicator full marks, verified by scoring it. */
    Optional<FullMarks> fullMarks(IndicatorTable table, Indicator i) {
        ActualEntry current = session.actual(table.name(), i.key());
        for (String text : candidates(i, current)) {
            ActualEntry entry;
            try {
                entry = Lookup.entry(i, text, AT);
            } catch (io.jixiao.problem.KpiException e) {
                continue;
            }
            DepartmentScore with = trial(table.name(), i.key(), entry);
            IndicatorScore line = line(with, table, i);
            if (line.points().signum() > 0 && line.score().compareTo(line.points()) >= 0) {
                return Optional.of(new FullMarks(entry, with));
            }
        }
        return Optional.empty();
    }

    /** The department's score with {@code entry} set, the previous actual put back afterwards. */
    DepartmentScore trial(String table, String key, ActualEntry entry) {
        ActualEntry before = session.actual(table, key);
        session.setActual(table, key, entry);
        try {
            return session.score();
        } finally {
            put(table, key, before);
        }
    }

    /** Sets an actual, or forgets it when {@code entry} is null. */
    void put(String table, String key, ActualEntry entry) {
        if (entry == null) {
            session.removeActual(table, key);
        } else {
            session.setActual(table, key, entry);
        }
    }

    static IndicatorScore line(DepartmentScore d, IndicatorTable table, Indicator i) {
        TableScore t = d.tables().stream().filter(x -> x.name().equals(table.name())).findFirst().orElseThrow();
        return t.indicators().get(table.indicators().indexOf(i));
    }

    /** Actuals likely to score full marks, most natural first: the target itself, or the top grade. */
    static List<String> candidates(Indicator i, ActualEntry current) {
        List<String> out = new ArrayList<>();
        Value t = i.target();
        if (t instanceof Quantity q) {
            out.add(text(q.amount(), q.unit()));
        } else if (t instanceof Range r) {
            BigDecimal a = measured(current, r.unit());
            out.add(text(a != null && a.compareTo(r.high()) > 0 ? r.high() : r.low(), r.unit()));
        }
        boolean rating = current != null && current.value() instanceof Grade g && !g.level().achievement();
        out.add(rating ? GradeLevel.EXCELLENT.label() : GradeLevel.ACHIEVED.label());
        out.add(rating ? GradeLevel.ACHIEVED.label() : GradeLevel.EXCELLENT.label());
        out.add(GradeLevel.ACHIEVED.label() + " 100%");
        if (!(t instanceof Quantity) && !(t instanceof Range) && i.targetText() != null && !i.targetText().isBlank()) {
            boolean text = current != null && current.value() instanceof Qualitative;
            out.add(text ? 0 : out.size(), i.targetText());
        }
        return out;
    }

    /** The actual in the target's unit, or null when it is not a measured amount. */
    static BigDecimal measured(ActualEntry e, Unit unit) {
        if (e == null || !(e.value() instanceof Quantity q) || !q.unit().convertsTo(unit)) {
            return null;
        }
        return q.amountIn(unit);
    }

    /** The unit a measured target is written in, or null. */
    static Unit unit(Indicator i) {
        if (i.target() instanceof Quantity q) {
            return q.unit();
        }
        return i.target() instanceof Range r ? r.unit() : null;
    }

    static String text(BigDecimal amount, Unit unit) {
        BigDecimal a = amount.stripTrailingZeros();
        return (a.scale() < 0 ? a.setScale(0) : a).toPlainString() + unit.symbol();
    }
}
