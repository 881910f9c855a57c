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

    /**
     * The same result with {@code more} department-level findings (loading's, the 审核's), all in
     * {@link Finding#ORDER}; the score is unchanged.
     */
    public DepartmentScore withFindings(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        all.sort(Finding.ORDER);
        return new DepartmentScore(department, year, profile, method, score, grade, overall, projects, all, explanation);
    }

    /** The same result with these tables (the same tables, with more findings: the 复核's); in table order. */
    public DepartmentScore withTables(List<TableScore> tables) {
        TableScore o = null;
        List<TableScore> p = new java.util.ArrayList<>();
        for (TableScore t : tables) {
            if (t.kind() == io.jixiao.model.TableKind.OVERALL) {
                o = t;
            } else {
                p.add(t);
            }
        }
        return new DepartmentScore(department, year, profile, method, score, grade, o, p, findings, explanation);
    }

    /** Every finding, the department's and each table's, in {@link Finding#ORDER}. */
    public List<Finding> allFindings() {
        List<Finding> all = new java.util.ArrayList<>(findings);
        tables().forEach(t -> all.addAll(t.findings()));
        all.sort(Finding.ORDER);
        return all;
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
