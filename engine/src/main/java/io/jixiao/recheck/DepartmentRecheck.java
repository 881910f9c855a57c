package io.jixiao.recheck;

import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.TableScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** The summary of a scored (and rechecked) department: what a bureau's review keeps of it. */
    public static DepartmentRecheck of(String folder, DepartmentScore d) {
        return new DepartmentRecheck(folder, d.department(), d.year(), d.profile(), d.method(), d.score(), d.grade(),
                d.tables().size(), d.tables().stream().mapToInt(t -> t.indicators().size()).sum(), categories(d),
                Checks.collect(folder, d), List.of(), false);
    }

    /** Each scoring group and 预算执行率 summed over the department's tables. */
    private static List<CategoryTotal> categories(DepartmentScore d) {
        Map<String, CategoryTotal> totals = new LinkedHashMap<>();
        for (TableScore t : d.tables()) {
            for (CategoryScore c : t.categories()) {
                totals.merge(c.category(), new CategoryTotal(c.category(), c.level1(), 1, c.points(), c.score()),
                        CategoryTotal::plus);
            }
            BudgetExecution be = t.budgetExecution();
            if (be != null) {
                totals.merge(CategoryTotal.BUDGET, new CategoryTotal(CategoryTotal.BUDGET, "预算执行率", 1, be.points(),
                        be.score()), CategoryTotal::plus);
            }
        }
        return new ArrayList<>(totals.values());
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    public long count(RecheckFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }
}
