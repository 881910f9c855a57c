package io.jixiao.model;

import io.jixiao.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A progress file (绩效运行监控, docs/formats.md#progress-file): one department's spending and indicator progress to
 * the end of {@code month} of {@code year}, per table.
 *
 * @param month 监控截至月份, 1–12 (0 when it could not be read: an error was reported)
 */
public record DepartmentProgress(String department, Location departmentLocation, int year, Location yearLocation,
                                 int month, Location monthLocation, TableProgress overall,
                                 List<TableProgress> projects, String file) {

    public DepartmentProgress {
        projects = List.copyOf(projects);
    }

    /** The 部门整体 table's progress (if any) followed by the projects', in file order. */
    public List<TableProgress> tables() {
        List<TableProgress> all = new ArrayList<>();
        if (overall != null) {
            all.add(overall);
        }
        all.addAll(projects);
        return all;
    }

    public Optional<TableProgress> project(String name) {
        for (TableProgress p : projects) { // a loop: looked up for every table of every department monitored
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The same department with other tables (the overall one may be null). */
    public DepartmentProgress withTables(TableProgress newOverall, List<TableProgress> newProjects) {
        return new DepartmentProgress(department, departmentLocation, year, yearLocation, month, monthLocation,
                newOverall, newProjects, file);
    }
}
