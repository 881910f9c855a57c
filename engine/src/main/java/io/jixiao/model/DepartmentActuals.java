package io.jixiao.model;

import io.jixiao.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An actuals file: what one department achieved in one year, per table. */
public record DepartmentActuals(String department, Location departmentLocation, int year, Location yearLocation,
                                TableActuals overall, List<TableActuals> projects, String file) {

    public DepartmentActuals {
        projects = List.copyOf(projects);
    }

    public List<TableActuals> tables() {
        List<TableActuals> all = new ArrayList<>();
        if (overall != null) {
            all.add(overall);
        }
        all.addAll(projects);
        return all;
    }

    public Optional<TableActuals> project(String name) {
        return projects.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
