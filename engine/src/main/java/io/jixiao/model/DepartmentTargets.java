package io.jixiao.model;

import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A targets file: one department, one year, its department-wide table (optional) and project tables.
 * {@code keyLocations} holds where each top-level value was written, by canonical key ("budget",
 * "projectBudget", …), so that findings about them can name a line; empty when not loaded from a file.
 *
 * @param evaluation the 部门整体支出绩效评价 score sheet (kind EVALUATION: docs/scoring.md#evaluation), or null; it is not
 *                   one of {@link #tables()} and does not change the department's score
 */
public record DepartmentTargets(String department, String code, int year, BigDecimal budget,
                                BigDecimal projectBudget, String profile, IndicatorTable overall,
                                List<IndicatorTable> projects, String file, Map<String, Location> keyLocations,
                                IndicatorTable evaluation) {

    public DepartmentTargets {
        projects = List.copyOf(projects);
        keyLocations = keyLocations == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    }

    /** Without an evaluation sheet. */
    public DepartmentTargets(String department, String code, int year, BigDecimal budget, BigDecimal projectBudget,
                             String profile, IndicatorTable overall, List<IndicatorTable> projects, String file,
                             Map<String, Location> keyLocations) {
        this(department, code, year, budget, projectBudget, profile, overall, projects, file, keyLocations, null);
    }

    /** Without key locations (built in code rather than loaded). */
    public DepartmentTargets(String department, String code, int year, BigDecimal budget, BigDecimal projectBudget,
                             String profile, IndicatorTable overall, List<IndicatorTable> projects, String file) {
        this(department, code, year, budget, projectBudget, profile, overall, projects, file, Map.of(), null);
    }

    /** Where the value of top-level {@code key} was written; the file alone when unknown. */
    public Location locationOf(String key) {
        Location at = keyLocations.get(key);
        return at != null ? at : Location.of(file == null ? "" : file);
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

    /** The project table of that name (a loop, not a stream: pairing asks once per table of every department). */
    public Optional<IndicatorTable> project(String name) {
        for (IndicatorTable p : projects) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
