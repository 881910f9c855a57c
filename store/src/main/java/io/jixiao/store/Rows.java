package io.jixiao.store;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.recheck.Checks;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CaseBuilder;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Direction;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of one evaluated department-year, as the {@link Writer}'s statements take them — every value worked out
 * (explanations and messages put into words, numbers scaled, directions decided, files hashed) on the import's worker
 * that evaluated it, so that the one writer thread only binds and executes. Each row holds the values after the
 * parent's id, which the writer puts first: the department-year's id for {@link #files} and {@link #tables}. The
 * findings, each table's category scores and each table's indicators are documents ({@link Documents}), written here
 * once: the department-year's row ends with the findings' and their number, each table's row with its categories',
 * its indicators' and their number.
 *
 * @param year the department-year's row from {@code budget} on (after department_id, budget_year), ending with the
 *             findings' document and their number; its revision (index 4) is the writer's
 */
record Rows(String department, String code, int budgetYear, Object[] year, List<Object[]> files,
            List<Object[]> tables) {

    /** Numbers are kept to 20 decimal places (NUMERIC(40, 20)), rounded alike on H2 and PostgreSQL. */
    static final int SCALE = 20;

    /**
     * @param options the import's option text (lenient=…, allowMissing=…)
     * @param version this jixiao's version
     */
    static Rows of(String folder, List<StoredFile> stored, String fingerprint, Evaluation e, String options,
                   String version) {
        DepartmentTargets t = e.targets();
        DepartmentScore score = e.score();
        // the revision (index 4) is the writer's: it depends on what the store holds
        List<Object[]> files = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            StoredFile f = stored.get(i);
            files.add(new Object[] {i, f.role(), f.name(), f.sha256(), (long) f.content().length, f.content()});
        }
        Map<Finding, String> tableOf = new IdentityHashMap<>();
        Map<Finding, RecheckFinding.Kind> recheckOf = new IdentityHashMap<>();
        if (score != null) {
            for (RecheckFinding r : Checks.collect("", score)) {
                recheckOf.put(r.finding(), r.kind());
            }
        }
        List<Object[]> tables = new ArrayList<>();
        tables(t, e.actuals(), score, e.profile(), tableOf, tables);
        List<Documents.StoredFinding> findings = new ArrayList<>(e.findings().size());
        for (Finding f : e.findings()) {
            RecheckFinding.Kind kind = recheckOf.get(f);
            findings.add(new Documents.StoredFinding(f.severity().name().toLowerCase(Locale.ROOT), f.code(),
                    f.message(), f.hint(), f.location().file(), f.location().line(), f.location().column(),
                    tableOf.get(f), kind == null ? null : kind.key()));
        }
        Object[] year = {n(t.budget()), n(t.projectBudget()), folder, fingerprint, null, version, e.profile().name(),
                options.contains("lenient=true"), options.contains("allowMissing=true"), score != null,
                score == null ? null : score.method(), score == null ? null : n(score.score()),
                score == null ? null : score.grade(), score == null ? null : score.explanation(),
                Documents.findings(findings), findings.size()};
        return new Rows(t.department(), t.code(), t.year(), year, files, tables);
    }

    private static void tables(DepartmentTargets t, DepartmentActuals a, DepartmentScore score, ScoringProfile profile,
                               Map<Finding, String> tableOf, List<Object[]> tables) {
        List<IndicatorTable> all = t.tables();
        for (int ti = 0; ti < all.size(); ti++) {
            IndicatorTable table = all.get(ti);
            String name = table.kind() == TableKind.OVERALL ? IndicatorTable.OVERALL_NAME : table.name();
            TableScore ts = score == null ? null : score.tables().stream()
                    .filter(s -> s.kind() == table.kind() && (s.kind() == TableKind.OVERALL || s.name().equals(table.name())))
                    .findFirst().orElse(null);
            TableActuals ta = a == null ? null : table.kind() == TableKind.OVERALL ? a.overall()
                    : a.project(table.name()).orElse(null);
            if (ts != null) {
                ts.findings().forEach(f -> tableOf.put(f, name));
            }
            BudgetExecution be = ts == null ? null : ts.budgetExecution();
            List<Documents.StoredCategory> cats = new ArrayList<>();
            if (ts != null) {
                for (CategoryScore c : ts.categories()) {
                    cats.add(new Documents.StoredCategory(c.category(), c.level1(), c.points(), c.score()));
                }
            }
            Map<String, IndicatorScore> byKey = new HashMap<>();
            if (ts != null) {
                ts.indicators().forEach(l -> byKey.putIfAbsent(l.key(), l));
            }
            List<Indicator> inds = table.indicators();
            List<Documents.StoredIndicator> lines = new ArrayList<>(inds.size());
            for (Indicator ind : inds) {
                IndicatorScore line = byKey.get(ind.key());
                var actual = ta == null ? null : ta.actuals().get(ind.key());
                lines.add(new Documents.StoredIndicator(ind.key(), ind.label(), ind.level1(), ind.level2(),
                        ind.targetText(), CaseBuilder.isCost(ind), ind.deduction() == null ? null : ind.deduction().text(),
                        ind.location().line(), ind.location().column(), actual == null ? null : actual.text(),
                        line == null ? null : line.group(), line == null ? null : line.points(),
                        line == null ? null : line.score(), line == null ? null : line.status().label(),
                        line == null ? null : line.rule(), line == null ? null : line.explanation(), ind.library(),
                        // the direction scoring applies (docs/store.md#less-demanding): decided once, by scoring's rule
                        Direction.read(ind, profile).direction().symbol()));
            }
            tables.add(new Object[] {ti, table.kind() == TableKind.OVERALL ? "overall" : "project", name, table.code(),
                    n(table.budget()), n(ts != null ? ts.spent() : ta == null ? null : ta.spent()),
                    n(ts == null ? null : ts.score()), n(ts == null ? null : ts.rawScore()),
                    n(ts == null ? null : ts.naPoints()), ts == null ? null : ts.grade(),
                    n(be == null ? null : be.rate()), n(be == null ? null : be.points()),
                    n(be == null ? null : be.score()), be == null ? null : be.explanation(),
                    ts == null ? null : ts.explanation(), Documents.categories(cats), Documents.indicators(lines),
                    lines.size()});
        }
    }

    /** A number as stored: 20 decimal places, rounded HALF_UP (null stays null). */
    static BigDecimal n(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
