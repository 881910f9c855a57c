package io.jixiao.scoring;

import io.jixiao.problem.Finding;
import java.math.BigDecimal;
import java.util.List;

/** A department's result: score, grade, the aggregation method used, every table and every finding. */
public record DepartmentScore(String department, int year, String profile, String method, BigDecimal score,
                              String grade, TableScore overall, List<TableScore> projects, List<Finding> findings,
                              String explanation) {

    public DepartmentScore {
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
    }

    /** The same result with {@code more} department-level findings (the review's); the score is unchanged. */
    public DepartmentScore withFindings(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new DepartmentScore(department, year, profile, method, score, grade, overall, projects, all, explanation);
    }

    /** True when any finding (department or table) is an error: the score is not to be trusted. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError) || tables().stream()
                .flatMap(t -> t.findings().stream()).anyMatch(Finding::isError);
    }

    public List<TableScore> tables() {
        List<TableScore> all = new java.util.ArrayList<>();
        if (overall != null) {
            all.add(overall);
        }
        all.addAll(projects);
        return all;
    }
}
