package io.jixiao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A targets file: one department, one year, its department-wide table (optional) and project tables. */
public record DepartmentTargets(String department, String code, int year, BigDecimal budget,
                                BigDecimal projectBudget, String profile, IndicatorTable overall,
                                List<IndicatorTable> projects, String file) {

    public DepartmentTargets {
        projects = List.copyOf(projects);
    }

    /** The overall table (if any) followed by the projects, in file order. */
    public List<IndicatorTable> tables() {
        List<IndicatorTable> all = new ArrayList<>();
        if (overall != null) {
            all.add(overall);
        }
        all.addAll(projects);
        return all;
    }

    public Optional<IndicatorTable> project(String name) {
        return projects.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
