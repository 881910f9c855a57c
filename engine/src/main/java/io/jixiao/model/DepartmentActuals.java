package io.jixiao.model;

import io.jixiao.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An actuals file: what one department achieved in one year, per table.
 *
 * @param evaluation the actuals of the 部门整体支出绩效评价 score sheet (docs/scoring.md#evaluation), or null; not one of
 *                   {@link #tables()}
 */
public record DepartmentActuals(String department, Location departmentLocation, int year, Location yearLocation,
                                TableActuals overall, List<TableActuals> projects, String file,
                                TableActuals evaluation) {

    public DepartmentActuals {
        projects = List.copyOf(projects);
    }

    /** Without an evaluation sheet. */
    public DepartmentActuals(String department, Location departmentLocation, int year, Location yearLocation,
                             TableActuals overall, List<TableActuals> projects, String file) {
        this(department, departmentLocation, year, yearLocation, overall, projects, file, null);
    }

    public List<TableActuals> tables() {
        List<TableActuals> all = new ArrayList<>();
        if (overall != null) {
            all.add(overall);
        }
        all.addAll(projects);
        return all;
    }

    /** The project table of that name (a loop, not a stream: pairing asks once per table of every department). */
    public Optional<TableActuals> project(String name) {
        for (TableActuals p : projects) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
