package io.jixiao.load;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Finding;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.Problems;
import io.jixiao.model.TableActuals;
import io.jixiao.value.Dimension;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import io.jixiao.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that an actuals file belongs to a targets file: same department and year, every table and
 * indicator matched both ways, and every actual's unit converting to its target's (§3, §6).
 */
public final class Pairing {

    private Pairing() {
    }

    /** Errors (and, with {@code allowMissing}, nothing for missing actuals: scoring reports those). */
    public static List<Finding> check(DepartmentTargets t, DepartmentActuals a, boolean allowMissing) {
        List<Finding> out = new ArrayList<>();
        if (!t.department().equals(a.department())) {
            out.add(Problems.departmentMismatch(a.departmentLocation(), a.department(), t.department()));
        }
        if (t.year() != a.year()) {
            out.add(Problems.yearMismatch(a.yearLocation(), a.year(), t.year()));
        }
        List<String> names = t.tables().stream().map(IndicatorTable::name).toList();
        for (TableActuals ta : a.tables()) {
            if (find(t, ta).isEmpty()) {
                out.add(Problems.unknownTable(ta.location(), ta.name(), names));
            }
        }
        for (IndicatorTable table : t.tables()) {
            Optional<TableActuals> ta = find(a, table);
            if (ta.isEmpty()) {
                if (!allowMissing) {
                    out.add(Problems.missingTable(a.projects().isEmpty() ? a.yearLocation()
                            : a.projects().get(0).location(), table.name()));
                }
                continue;
            }
            table(table, ta.get(), allowMissing, out);
        }
        return out;
    }

    private static void table(IndicatorTable table, TableActuals ta, boolean allowMissing, List<Finding> out) {
        List<String> keys = table.indicators().stream().map(Indicator::key).toList();
        Map<String, Indicator> byKey = new HashMap<>();
        table.indicators().forEach(i -> byKey.putIfAbsent(i.key(), i)); // one lookup per actual, not a scan
        for (ActualEntry e : ta.actuals().values()) {
            Indicator i = byKey.get(e.key());
            if (i == null) {
                out.add(Problems.unknownIndicator(e.location(), table.name(), e.key(), keys));
            } else {
                units(i, e, out);
            }
        }
        for (var s : ta.selfScores().values()) {
            if (!byKey.containsKey(s.key())) {
                out.add(Problems.unknownIndicator(s.location(), table.name(), s.key(), keys));
            }
        }
        if (!allowMissing) {
            for (Indicator i : table.indicators()) {
                if (!ta.actuals().containsKey(i.key())) {
                    out.add(Problems.missingActual(ta.location(), table.name(), i.key(), ta.actuals().keySet()));
                }
            }
        }
    }

    private static void units(Indicator i, ActualEntry e, List<Finding> out) {
        unitProblem(i, e).ifPresent(out::add);
    }

    /** KPI-0110 when a measured actual's unit does not convert to its target's (§6). */
    public static Optional<Finding> unitProblem(Indicator i, ActualEntry e) {
        if (!(e.value() instanceof Quantity actual)) {
            return Optional.empty();
        }
        Unit target = unitOf(i.target());
        if (target != null && !actual.unit().convertsTo(target)) {
            return Optional.of(Problems.incompatibleUnit(e.location(), i.key(), e.text(), actual.unit().toString(),
                    i.targetText(), target.toString()));
        }
        if (target != null && target.dimension() == Dimension.PERCENT && actual.unit().dimension() == Dimension.PLAIN
                && actual.amount().signum() > 0 && actual.amount().compareTo(BigDecimal.ONE) < 0) {
            // 0.96 against ≥95% would score as 0.96%: almost certainly a ratio meant as 96%
            return Optional.of(Problems.ratioForPercent(e.location(), i.key(), actual.amount().toPlainString(),
                    i.targetText()));
        }
        return Optional.empty();
    }

    /** The unit of a measured target, null for grades and text. */
    public static Unit unitOf(Value v) {
        if (v instanceof Quantity q) {
            return q.unit();
        }
        return v instanceof Range r ? r.unit() : null;
    }

    private static Optional<IndicatorTable> find(DepartmentTargets t, TableActuals ta) {
        return ta.kind() == io.jixiao.model.TableKind.OVERALL ? Optional.ofNullable(t.overall()) : t.project(ta.name());
    }

    private static Optional<TableActuals> find(DepartmentActuals a, IndicatorTable table) {
        return table.kind() == io.jixiao.model.TableKind.OVERALL ? Optional.ofNullable(a.overall())
                : a.project(table.name());
    }
}
