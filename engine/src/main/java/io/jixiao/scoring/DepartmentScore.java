package io.jixiao.scoring;

import io.jixiao.problem.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * A department's result: score, grade, the aggregation method used, every table and every finding.
 *
 * @param evaluation the 部门整体支出绩效评价 sheet scored on its own (docs/scoring.md#evaluation), or null; it is not one
 *                   of {@link #tables()} and does not change the department's score
 */
public record DepartmentScore(String department, int year, String profile, String method, BigDecimal score,
                              String grade, TableScore overall, List<TableScore> projects, List<Finding> findings,
                              Explanation why, TableScore evaluation) {

    public DepartmentScore {
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
    }

    /** Without an evaluation sheet. */
    public DepartmentScore(String department, int year, String profile, String method, BigDecimal score, String grade,
                           TableScore overall, List<TableScore> projects, List<Finding> findings, Explanation why) {
        this(department, year, profile, method, score, grade, overall, projects, findings, why, null);
    }

    /** How the department's score was reached, in the language of the run. */
    public String explanation() {
        return why.text();
    }

    /** The same result with this evaluation sheet (null for none); the department's score is unchanged. */
    public DepartmentScore withEvaluation(TableScore sheet) {
        return new DepartmentScore(department, year, profile, method, score, grade, overall, projects, findings,
                why, sheet);
    }

    /**
     * The same result with {@code more} department-level findings (loading's, the 审核's), all in
     * {@link Finding#ORDER}; the score is unchanged.
     */
    public DepartmentScore withFindings(List<Finding> more) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        all.sort(Finding.ORDER);
        return new DepartmentScore(department, year, profile, method, score, grade, overall, projects, all, why,
                evaluation);
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
        return new DepartmentScore(department, year, profile, method, score, grade, o, p, findings, why,
                evaluation);
    }

    /** Every finding, the department's, each table's and the evaluation sheet's, in {@link Finding#ORDER}. */
    public List<Finding> allFindings() {
        List<Finding> all = new java.util.ArrayList<>(findings);
        tables().forEach(t -> all.addAll(t.findings()));
        if (evaluation != null) {
            all.addAll(evaluation.findings());
        }
        all.sort(Finding.ORDER);
        return all;
    }

    /** True when any finding (department, table or evaluation sheet) is an error: the score is not to be trusted. */
    public boolean hasErrors() {
        if (anyError(findings) || evaluation != null && anyError(evaluation.findings())) {
            return true;
        }
        for (TableScore t : tables()) {
            if (anyError(t.findings())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyError(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.isError()) {
                return true;
            }
        }
        return false;
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
