package io.jixiao.recheck;

import io.jixiao.problem.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the review keeps of one department: its score and grade, per-category totals, the 复核 findings —
 * or, when it could not be scored, the coded errors. The indicator lines are not kept, so that a review
 * of thousands of departments holds little memory.
 *
 * @param errors  empty when the department was scored
 * @param crashed true when the failure was a bug in jixiao rather than bad input
 */
public record DepartmentRecheck(String folder, String department, int year, String profile, String method,
                               BigDecimal score, String grade, int tables, int indicators,
                               List<CategoryTotal> categories, List<RecheckFinding> findings, List<Finding> errors,
                               boolean crashed) {

    public DepartmentRecheck {
        categories = List.copyOf(categories);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    public static DepartmentRecheck failed(String folder, String department, int year, List<Finding> errors, boolean crashed) {
        return new DepartmentRecheck(folder, department == null ? "" : department, year, null, null, null, null, 0, 0,
                List.of(), List.of(), errors, crashed);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    public long count(RecheckFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }
}
