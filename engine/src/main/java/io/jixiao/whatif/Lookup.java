package io.jixiao.whatif;

import io.jixiao.load.LoadProblems;
import io.jixiao.load.Pairing;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.scoring.SessionProblems;
import io.jixiao.value.ParsedValue;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.util.List;

/**
 * Finds what a change names: a table by its name ({@code 部门整体} or {@code overall} for the department-wide
 * table), an indicator by its key (id, else 三级指标, else description) or, failing that, by a unique name,
 * and an actual value parsed with the one value grammar and checked against the target's unit.
 */
final class Lookup {

    private Lookup() {
    }

    static IndicatorTable table(DepartmentTargets d, String name, Location at) {
        if (d.overall() != null && ("overall".equalsIgnoreCase(name) || IndicatorTable.OVERALL_NAME.equals(name))) {
            return d.overall();
        }
        return d.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                new KpiException(SessionProblems.whatifUnknownTable(at, name,
                        d.tables().stream().map(IndicatorTable::name).toList())));
    }

    static Indicator indicator(IndicatorTable table, String name, Location at) {
        return table.indicator(name).orElseGet(() -> {
            List<Indicator> byName = table.indicators().stream()
                    .filter(i -> name.equals(i.name()) || name.equals(i.description())).toList();
            if (byName.size() == 1) {
                return byName.get(0);
            }
            throw new KpiException(SessionProblems.whatifUnknownIndicator(at, table.name(), name,
                    table.indicators().stream().map(Indicator::key).toList()));
        });
    }

    /** The actual {@code text} for {@code indicator}: parsed, and its unit checked against the target's. */
    static ActualEntry entry(Indicator indicator, String text, Location at) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new KpiException(LoadProblems.emptyChange(at, t));
        }
        ParsedValue pv;
        try {
            pv = ValueParser.parse(t);
        } catch (ValueParseException e) {
            throw new KpiException(LoadProblems.badActual(at, t, e.problem(), e.hint()));
        }
        ActualEntry entry = new ActualEntry(indicator.key(), t, pv.value(), at);
        Pairing.unitProblem(indicator, entry).ifPresent(f -> {
            throw new KpiException(f);
        });
        return entry;
    }
}
