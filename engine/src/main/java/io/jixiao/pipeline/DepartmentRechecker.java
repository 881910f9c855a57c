package io.jixiao.pipeline;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileCache;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.recheck.CategoryTotal;
import io.jixiao.recheck.Checks;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Scorer;
import io.jixiao.scoring.TableScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reviews one department folder: load targets and actuals, score them with the shared rules (one rule
 * session, inside {@link Scorer}), run the 复核 {@link Checks}. Bad input of any kind becomes a failed
 * {@link DepartmentRecheck} carrying its coded errors; it never stops the other departments.
 */
final class DepartmentRechecker {

    private final Supplier<RuleBook> rules;
    private final ProfileCache profiles;
    private final String profileOverride;

    DepartmentRechecker(Supplier<RuleBook> rules, ProfileCache profiles, String profileOverride) {
        this.rules = rules;
        this.profiles = profiles;
        this.profileOverride = profileOverride;
    }

    DepartmentRecheck review(DepartmentFolder f) {
        String department = null;
        int year = 0;
        try {
            if (f.actuals().isEmpty()) {
                return DepartmentRecheck.failed(f.id(), null, 0,
                        List.of(PipelineProblems.noActualsFile(f.dir().toString())), false);
            }
            if (f.actuals().size() > 1) {
                return DepartmentRecheck.failed(f.id(), null, 0, List.of(PipelineProblems.severalActualsFiles(
                        f.dir().toString(), f.actuals().stream().map(p -> p.getFileName().toString()).toList())), false);
            }
            LoadResult<DepartmentTargets> t = TargetsLoader.load(f.targets());
            LoadResult<DepartmentActuals> a = ActualsLoader.load(f.actuals().get(0));
            if (t.value() != null) {
                department = t.value().department();
                year = t.value().year();
            }
            List<Finding> errors = new ArrayList<>();
            t.findings().stream().filter(Finding::isError).forEach(errors::add);
            a.findings().stream().filter(Finding::isError).forEach(errors::add);
            if (!errors.isEmpty()) {
                return DepartmentRecheck.failed(f.id(), department, year, errors, false);
            }
            DepartmentTargets targets = t.value();
            ScoringProfile profile = profileOverride != null ? profiles.get(profileOverride, null)
                    : profiles.get(targets.profile(), f.targets().toAbsolutePath().getParent(),
                            targets.locationOf("profile"));
            DepartmentScore score = new Scorer(rules.get(), profile).score(targets, a.value(), false);
            if (score.hasErrors()) {
                return DepartmentRecheck.failed(f.id(), department, year, errorsOf(score), false);
            }
            return new DepartmentRecheck(f.id(), score.department(), score.year(), score.profile(), score.method(),
                    score.score(), score.grade(), score.tables().size(),
                    score.tables().stream().mapToInt(x -> x.indicators().size()).sum(), categories(score),
                    Checks.of(f.id(), score, io.jixiao.load.Pairing.align(targets, a.value())), List.of(), false);
        } catch (KpiException e) {
            return DepartmentRecheck.failed(f.id(), department, year, e.findings(), false);
        } catch (RuntimeException e) {
            if (System.getenv("JIXIAO_DEBUG") != null) {
                e.printStackTrace();
            }
            return DepartmentRecheck.failed(f.id(), department, year,
                    List.of(PipelineProblems.departmentCrashed(f.dir().toString(), e.toString())), true);
        }
    }

    private static List<Finding> errorsOf(DepartmentScore d) {
        List<Finding> out = new ArrayList<>(d.findings().stream().filter(Finding::isError).toList());
        for (TableScore t : d.tables()) {
            t.findings().stream().filter(Finding::isError).forEach(out::add);
        }
        return out;
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
                totals.merge(CategoryTotal.BUDGET, new CategoryTotal(CategoryTotal.BUDGET, "预算执行率", 1, be.points(), be.score()),
                        CategoryTotal::plus);
            }
        }
        return new ArrayList<>(totals.values());
    }
}
