package io.jixiao.recheck;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableActuals.SelfScore;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The 复核 checks on one scored department: 自评得分 that differ from the recomputed score, and — per
 * table — 偏离度 (KPI-0308, raised by the scoring rules), spending above budget (KPI-0310, raised by
 * scoring), execution below 60%, 不适用 on more than a quarter of the points, and 完成 written instead of a
 * measured value (KPI-0305). Computes nothing the scoring computed; only compares and collects.
 */
public final class Checks {

    /** A claim differs when the two, each rounded HALF_UP to 2 places, are more than this apart. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.005");
    /** 预算执行率 below this percent is a finding. */
    static final BigDecimal LOW_EXECUTION = BigDecimal.valueOf(60);
    /** 不适用 on more than this many of a table's 100 points is a finding. */
    static final BigDecimal NA_SHARE = BigDecimal.valueOf(25);

    private static final Comparator<Finding> BY_PLACE = Comparator.comparing((Finding f) -> f.location().line())
            .thenComparing(f -> f.location().column()).thenComparing(Finding::code);

    private Checks() {
    }

    public static List<RecheckFinding> of(String folder, DepartmentScore d, DepartmentActuals a) {
        List<RecheckFinding> out = new ArrayList<>();
        for (TableScore t : d.tables()) {
            List<Finding> table = new ArrayList<>();
            Optional<TableActuals> ta = t.kind() == TableKind.OVERALL ? Optional.ofNullable(a.overall())
                    : a.project(t.name());
            ta.ifPresent(actuals -> claims(t, actuals, table));
            for (Finding f : t.findings()) {
                if (RecheckFinding.Kind.ofCode(f.code()) != null) {
                    table.add(f);
                }
            }
            BudgetExecution be = t.budgetExecution();
            var at = ta.map(TableActuals::location).orElse(io.jixiao.problem.Location.UNKNOWN);
            if (be != null && be.rate().compareTo(LOW_EXECUTION) < 0) {
                table.add(RecheckProblems.lowExecution(at, t.name(), Numbers.text(be.rate()),
                        LOW_EXECUTION.toPlainString()));
            }
            if (t.naPoints() != null && t.naPoints().compareTo(NA_SHARE) > 0) {
                table.add(RecheckProblems.notApplicableHeavy(at, t.name(), Numbers.text(t.naPoints())));
            }
            table.sort(BY_PLACE);
            for (Finding f : table) {
                out.add(new RecheckFinding(folder, d.department(), t.name(), RecheckFinding.Kind.ofCode(f.code()), f));
            }
        }
        return out;
    }

    /** 自评得分 against the recomputed indicator score (both unscaled by 不适用, rounded as displayed). */
    private static void claims(TableScore t, TableActuals actuals, List<Finding> out) {
        for (SelfScore claim : actuals.selfScores().values()) {
            Optional<IndicatorScore> line = t.indicators().stream().filter(i -> i.key().equals(claim.key())).findFirst();
            if (line.isEmpty()) {
                continue; // an unknown key is a pairing error (KPI-0121) and never reaches the review
            }
            BigDecimal claimed = Numbers.round(claim.score());
            BigDecimal recomputed = Numbers.round(line.get().score());
            BigDecimal diff = claimed.subtract(recomputed);
            if (diff.abs().compareTo(TOLERANCE) > 0) {
                out.add(RecheckProblems.selfScoreDiffers(claim.location(), t.name(), claim.key(),
                        claimed.toPlainString(), recomputed.toPlainString(), diff.signum() > 0,
                        diff.abs().toPlainString()));
            }
        }
    }
}
