package io.jixiao.recheck;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableActuals.SelfScore;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.profile.RecheckSettings;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 复核 checks on one scored department, per table: 自评得分 that differ from the recomputed score (KPI-0320),
 * 预算执行率 below the profile's floor (KPI-0321) and 不适用 on more than its share of the points (KPI-0322).
 * They compare what scoring computed with what the department claimed or the profile allows, and compute nothing
 * scoring computed. {@link #collect} lists, for a bureau's review, these and the scoring findings a reviewer asks
 * about (偏离度 KPI-0308, spent above budget KPI-0310, 完成 instead of a number KPI-0305).
 */
public final class Checks {

    private Checks() {
    }

    /** The department with each table's 复核 findings added to its findings. */
    public static DepartmentScore apply(DepartmentScore d, DepartmentActuals a, RecheckSettings s) {
        List<TableScore> tables = new ArrayList<>(d.tables().size());
        for (TableScore t : d.tables()) {
            List<Finding> found = new ArrayList<>();
            Optional<TableActuals> ta = t.kind() == TableKind.OVERALL ? Optional.ofNullable(a.overall())
                    : a.project(t.name());
            ta.ifPresent(actuals -> claims(t, actuals, s, found));
            BudgetExecution be = t.budgetExecution();
            Location at = ta.map(TableActuals::location).orElse(Location.UNKNOWN);
            if (be != null && be.rate().compareTo(s.executionFloor()) < 0) {
                found.add(RecheckProblems.lowExecution(at, t.name(), Numbers.text(be.rate()),
                        s.executionFloor().toPlainString()));
            }
            if (t.naPoints() != null && t.naPoints().compareTo(s.notApplicableShare()) > 0) {
                found.add(RecheckProblems.notApplicableHeavy(at, t.name(), Numbers.text(t.naPoints())));
            }
            tables.add(found.isEmpty() ? t : t.withFindings(found));
        }
        DepartmentScore done = d.withTables(tables);
        TableScore sheet = d.evaluation();
        if (sheet != null && a.evaluation() != null) {
            // 自评得分 claimed on the 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation)
            List<Finding> found = new ArrayList<>();
            claims(sheet, a.evaluation(), s, found);
            if (!found.isEmpty()) {
                done = done.withEvaluation(sheet.withFindings(found));
            }
        }
        return done;
    }

    /** What a bureau's 复核 lists of a department: its tables' findings of the {@link RecheckFinding.Kind}s. */
    public static List<RecheckFinding> collect(String folder, DepartmentScore d) {
        List<RecheckFinding> out = new ArrayList<>();
        for (Finding f : d.findings()) {
            // the department's own: loading and pairing found them (a profile ignored, an amount off by 100×)
            RecheckFinding.Kind kind = RecheckFinding.Kind.ofCode(f.code());
            if (kind != null) {
                out.add(new RecheckFinding(folder, d.department(), "", kind, f));
            }
        }
        for (TableScore t : d.tables()) {
            for (Finding f : t.findings()) {
                RecheckFinding.Kind kind = RecheckFinding.Kind.ofCode(f.code());
                if (kind != null) {
                    out.add(new RecheckFinding(folder, d.department(), t.name(), kind, f));
                }
            }
        }
        return out;
    }

    /**
     * 自评得分 against the recomputed indicator score (both unscaled by 不适用, rounded as displayed); a claim keyed
     * 预算执行率 (when no indicator has that key) against the 预算执行率 line, 0 when the line is not scored
     * (docs/scoring.md#adjusted-budget).
     */
    private static void claims(TableScore t, TableActuals actuals, RecheckSettings s, List<Finding> out) {
        for (SelfScore claim : actuals.selfScores().values()) {
            Optional<BigDecimal> scored = t.indicators().stream().filter(i -> i.key().equals(claim.key())).findFirst()
                    .map(IndicatorScore::score);
            if (scored.isEmpty() && claim.key().equals(TableActuals.BUDGET_EXECUTION)) {
                BudgetExecution be = t.budgetExecution();
                scored = Optional.of(be == null ? BigDecimal.ZERO : be.score());
            }
            if (scored.isEmpty()) {
                continue; // an unknown key is a pairing error (KPI-0121) and never reaches the review
            }
            BigDecimal claimed = Numbers.round(claim.score());
            BigDecimal recomputed = Numbers.round(scored.get());
            BigDecimal diff = claimed.subtract(recomputed);
            if (diff.abs().compareTo(s.claimTolerance()) > 0) {
                out.add(RecheckProblems.selfScoreDiffers(claim.location(), t.name(), claim.key(),
                        claimed.toPlainString(), recomputed.toPlainString(), diff.signum() > 0,
                        diff.abs().toPlainString()));
            }
        }
    }
}
