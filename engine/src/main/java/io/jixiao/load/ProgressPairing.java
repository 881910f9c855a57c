package io.jixiao.load;

import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.ProgressEntry;
import io.jixiao.model.TableKind;
import io.jixiao.model.TableProgress;
import io.jixiao.problem.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a progress file belongs to a targets file, as {@link Pairing} does for actuals: same department and
 * year, every table of the targets has progress and every table and indicator of the progress is in the targets,
 * every value's unit converts to its target's (docs/formats.md#progress-file). An indicator may be left out: that is
 * "no progress reported", a monitoring finding, not a pairing error.
 */
public final class ProgressPairing {

    private ProgressPairing() {
    }

    /** Progress paired with its targets: keyed as the indicators are when it fits, and what pairing found. */
    public record Paired(DepartmentProgress progress, List<Finding> findings) {
        public Paired {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return findings.stream().noneMatch(Finding::isError);
        }
    }

    public static Paired pair(DepartmentTargets t, DepartmentProgress p) {
        List<Finding> out = new ArrayList<>();
        if (!t.department().equals(p.department())) {
            out.add(ProgressProblems.departmentMismatch(p.departmentLocation(), p.department(), t.department()));
        }
        if (t.year() != p.year()) {
            out.add(ProgressProblems.yearMismatch(p.yearLocation(), p.year(), t.year()));
        }
        List<String> names = t.tables().stream().map(IndicatorTable::name).toList();
        for (TableProgress tp : p.tables()) {
            if (find(t, tp).isEmpty()) {
                out.add(LoadProblems.unknownTable(tp.location(), tp.name(), names));
            }
        }
        for (IndicatorTable table : t.tables()) {
            Optional<TableProgress> tp = find(p, table);
            if (tp.isEmpty()) {
                out.add(ProgressProblems.missingTable(p.projects().isEmpty() ? p.monthLocation()
                        : p.projects().get(0).location(), table.name()));
            } else {
                check(table, tp.get(), out);
            }
        }
        boolean ok = out.stream().noneMatch(Finding::isError);
        return new Paired(ok ? align(t, p) : p, out);
    }

    private static void check(IndicatorTable table, TableProgress tp, List<Finding> out) {
        KeyIndex keys = new KeyIndex(table);
        for (ProgressEntry e : tp.indicators().values()) {
            Indicator i = keys.find(e.key());
            if (i == null) {
                out.add(LoadProblems.unknownIndicator(e.location(), table.name(), e.key(), keys.written()));
                continue;
            }
            if (e.current() != null) {
                Pairing.unitProblem(i, e.current()).ifPresent(out::add);
            }
            if (e.forecast() != null) {
                Pairing.unitProblem(i, e.forecast()).ifPresent(out::add);
            }
        }
    }

    /** The progress with every line keyed as its indicator is in the targets. */
    private static DepartmentProgress align(DepartmentTargets t, DepartmentProgress p) {
        TableProgress overall = p.overall() == null ? null : align(t.overall(), p.overall());
        List<TableProgress> projects = p.projects().stream().map(tp -> align(t.project(tp.name()).orElseThrow(), tp))
                .toList();
        return p.withTables(overall, projects);
    }

    private static TableProgress align(IndicatorTable table, TableProgress tp) {
        KeyIndex keys = new KeyIndex(table);
        Map<String, ProgressEntry> lines = new LinkedHashMap<>();
        tp.indicators().values().forEach(e -> {
            String key = keys.indicatorKey(e.key());
            lines.putIfAbsent(key, key.equals(e.key()) ? e : e.withKey(key));
        });
        return tp.withIndicators(lines);
    }

    private static Optional<IndicatorTable> find(DepartmentTargets t, TableProgress tp) {
        return tp.kind() == TableKind.OVERALL ? Optional.ofNullable(t.overall()) : t.project(tp.name());
    }

    private static Optional<TableProgress> find(DepartmentProgress p, IndicatorTable table) {
        return table.kind() == TableKind.OVERALL ? Optional.ofNullable(p.overall()) : p.project(table.name());
    }
}
