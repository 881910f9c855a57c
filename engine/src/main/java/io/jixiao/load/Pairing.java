package io.jixiao.load;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.problem.Finding;
import io.jixiao.value.Dimension;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Checks that an actuals file belongs to a targets file: same department and year, every table and
 * indicator matched both ways, and every actual's unit converting to its target's (docs/formats.md#actuals-file,
 * docs/formats.md#values).
 */
public final class Pairing {

    private Pairing() {
    }

    /**
     * Actuals paired with their targets: the actuals keyed as the indicators are ({@link #align}), and what pairing
     * found ({@link #check}). Pairing happens once per evaluation; scoring and the reviews use {@code actuals}.
     */
    public record Paired(DepartmentActuals actuals, List<Finding> findings) {
        public Paired {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return findings.stream().noneMatch(Finding::isError);
        }
    }

    /** Checks the actuals against the targets and, when they fit, aligns their keys. */
    public static Paired pair(DepartmentTargets t, DepartmentActuals a, boolean allowMissing) {
        Keys keys = new Keys();
        List<Finding> found = check(t, a, allowMissing, keys);
        boolean ok = true;
        for (Finding f : found) {
            ok &= !f.isError();
        }
        return new Paired(ok ? align(t, a, keys) : a, found);
    }

    /** Errors (and, with {@code allowMissing}, nothing for missing actuals: scoring reports those). */
    public static List<Finding> check(DepartmentTargets t, DepartmentActuals a, boolean allowMissing) {
        return check(t, a, allowMissing, new Keys());
    }

    /**
     * One {@link KeyIndex} per table, built once for the check and the alignment of one pairing; a department has a
     * handful of tables, looked up by identity in a list (no identity hash).
     */
    private static final class Keys {

        private final List<KeyIndex> indexes = new ArrayList<>(4);

        KeyIndex of(IndicatorTable table) {
            for (KeyIndex k : indexes) {
                if (k.table() == table) {
                    return k;
                }
            }
            KeyIndex k = new KeyIndex(table);
            indexes.add(k);
            return k;
        }
    }

    private static List<Finding> check(DepartmentTargets t, DepartmentActuals a, boolean allowMissing, Keys keys) {
        List<Finding> out = new ArrayList<>();
        if (!t.department().equals(a.department())) {
            out.add(LoadProblems.departmentMismatch(a.departmentLocation(), a.department(), t.department()));
        }
        if (t.year() != a.year()) {
            out.add(LoadProblems.yearMismatch(a.yearLocation(), a.year(), t.year()));
        }
        List<String> names = t.tables().stream().map(IndicatorTable::name).toList();
        for (TableActuals ta : a.tables()) {
            if (find(t, ta).isEmpty()) {
                out.add(LoadProblems.unknownTable(ta.location(), ta.name(), names));
            }
        }
        for (IndicatorTable table : t.tables()) {
            Optional<TableActuals> ta = find(a, table);
            if (ta.isEmpty()) {
                if (!allowMissing) {
                    out.add(LoadProblems.missingTable(a.projects().isEmpty() ? a.yearLocation()
                            : a.projects().get(0).location(), table.name()));
                }
                continue;
            }
            table(table, ta.get(), allowMissing, out, keys.of(table));
            // the budget 预算执行率 uses: the 全年预算数 when the actuals give one (docs/scoring.md#adjusted-budget)
            BigDecimal budget = ta.get().adjustedBudget() != null ? ta.get().adjustedBudget()
                    : table.kind() == io.jixiao.model.TableKind.OVERALL ? t.budget() : table.budget();
            spending(table, budget, ta.get(), out);
        }
        // the 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): paired like a table
        if (a.evaluation() != null && t.evaluation() == null) {
            out.add(LoadProblems.evaluationWithoutSheet(a.evaluation().location()));
        } else if (t.evaluation() != null && a.evaluation() == null) {
            if (!allowMissing) {
                out.add(LoadProblems.missingTable(a.yearLocation(), t.evaluation().name()));
            }
        } else if (t.evaluation() != null) {
            table(t.evaluation(), a.evaluation(), allowMissing, out, keys.of(t.evaluation()));
        }
        return out;
    }

    /**
     * A table's 全年执行数 against its budget: spending in a table whose budget is 0 is an error (its 预算执行率 would
     * silently be dropped), spending 100 times the budget or a hundredth of it a warning (docs/formats.md#plausibility).
     */
    private static void spending(IndicatorTable table, BigDecimal budget, TableActuals ta, List<Finding> out) {
        BigDecimal spent = ta.spent();
        if (spent == null || budget == null || spent.signum() == 0) {
            return;
        }
        if (budget.signum() == 0) {
            out.add(LoadProblems.spentWithoutBudget(ta.spentAt(), table.name(), spent.toPlainString()));
            return;
        }
        Magnitude.times(spent, budget).ifPresent(times -> out.add(LoadProblems.implausibleSpent(ta.spentAt(),
                table.name(), spent.stripTrailingZeros().toPlainString(), budget.stripTrailingZeros().toPlainString(),
                times)));
    }

    private static void table(IndicatorTable table, TableActuals ta, boolean allowMissing, List<Finding> out,
                              KeyIndex keys) {
        for (ActualEntry e : ta.actuals().values()) {
            Indicator i = keys.find(e.key());
            if (i == null && keys.skipped(e.key())) {
                continue; // a row with the target / is no indicator; its actual (often / too) is not needed
            }
            if (i == null) {
                out.add(LoadProblems.unknownIndicator(e.location(), table.name(), e.key(), keys.written()));
            } else {
                units(i, e, out);
            }
        }
        for (var s : ta.selfScores().values()) {
            if (keys.find(s.key()) == null && !keys.skipped(s.key()) && !budgetClaim(s.key())) {
                out.add(LoadProblems.unknownIndicator(s.location(), table.name(), s.key(), keys.written()));
            }
        }
        // an actual written but unreadable (reported where it is written) is no missing actual; its key still pairs
        ta.unread().forEach((key, at) -> {
            if (keys.find(key) == null) {
                out.add(LoadProblems.unknownIndicator(at, table.name(), key, keys.written()));
            }
        });
        if (!allowMissing) {
            java.util.Set<String> written = null; // the keys written, made only when an indicator's key is not one
            for (Indicator i : table.indicators()) {
                if (ta.actuals().containsKey(i.key()) || ta.unread().containsKey(i.key())) {
                    continue;
                }
                if (written == null) {
                    written = new java.util.LinkedHashSet<>(ta.actuals().keySet());
                    written.addAll(ta.unread().keySet());
                }
                if (!keys.given(written, i)) {
                    out.add(LoadProblems.missingActual(ta.location(), table.name(), i.key(), ta.actuals().keySet()));
                }
            }
        }
    }

    /** A 自评得分 for the 预算执行率 line (docs/scoring.md#adjusted-budget), when no indicator has that key. */
    private static boolean budgetClaim(String key) {
        return ValueParser.normalize(key).equals(TableActuals.BUDGET_EXECUTION);
    }

    private static void units(Indicator i, ActualEntry e, List<Finding> out) {
        Optional<Finding> problem = unitProblem(i, e);
        if (problem.isPresent()) {
            out.add(problem.get());
            return;
        }
        Optional<Finding> implausible = Magnitude.check(i, e);
        if (implausible.isPresent()) {
            out.add(implausible.get());
        }
    }

    /** KPI-0110 when a measured actual's unit does not convert to its target's (docs/formats.md#units). */
    public static Optional<Finding> unitProblem(Indicator i, ActualEntry e) {
        if (!(e.value() instanceof Quantity actual)) {
            return Optional.empty();
        }
        Unit target = io.jixiao.model.StepUnits.scaleUnit(i);
        String against = unitOf(i.target()) != null || i.deduction() == null ? i.targetText() : i.deduction().text();
        if (target != null && !actual.unit().convertsTo(target)) {
            return Optional.of(LoadProblems.incompatibleUnit(e.location(), i.key(), e.text(), actual.unit().toString(),
                    against, target.toString()));
        }
        // what a negative amount would be, in words: looked up only for a negative amount
        String never = actual.amount().signum() >= 0 ? null : actual.unit().dimension() == Dimension.PLAIN
                ? Values.neverNegative(target) : Values.neverNegative(actual.unit());
        if (never != null) {
            // -50条, or a bare -50 against ≥100条: no count is negative
            return Optional.of(LoadProblems.negativeValue(e.location(), false, e.text(), i.key(), never));
        }
        if (target != null && target.dimension() == Dimension.PERCENT && actual.unit().dimension() == Dimension.PLAIN
                && actual.amount().signum() > 0 && actual.amount().compareTo(BigDecimal.ONE) < 0) {
            // 0.96 against ≥95% would score as 0.96%: almost certainly a ratio meant as 96%
            return Optional.of(LoadProblems.ratioForPercent(e.location(), i.key(), actual.amount().toPlainString(),
                    against));
        }
        return Optional.empty();
    }

    /**
     * The part of actuals that pairs with the targets, aligned: the tables of the targets, and in them the actuals
     * of known indicators whose units convert (and the 自评得分 and reasons of known indicators). What a department
     * with pairing errors can still be scored on, to find scoring's own errors in the same run.
     */
    public static DepartmentActuals pairable(DepartmentTargets t, DepartmentActuals a) {
        TableActuals overall = a.overall() == null ? null : pairable(find(t, a.overall()), a.overall());
        List<TableActuals> projects = a.projects().stream()
                .map(p -> pairable(find(t, p), p)).filter(java.util.Objects::nonNull).toList();
        return align(t, new DepartmentActuals(a.department(), a.departmentLocation(), a.year(), a.yearLocation(),
                overall, projects, a.file()), new Keys());
    }

    private static TableActuals pairable(Optional<IndicatorTable> table, TableActuals ta) {
        if (table.isEmpty()) {
            return null;
        }
        KeyIndex keys = new KeyIndex(table.get());
        Map<String, ActualEntry> actuals = new LinkedHashMap<>();
        ta.actuals().forEach((k, e) -> {
            Indicator i = keys.find(e.key());
            if (i != null && unitProblem(i, e).isEmpty()) {
                actuals.put(k, e);
            }
        });
        Map<String, TableActuals.SelfScore> self = new LinkedHashMap<>();
        ta.selfScores().forEach((k, s) -> {
            if (keys.find(s.key()) != null) {
                self.put(k, s);
            }
        });
        Map<String, String> reasons = new LinkedHashMap<>();
        ta.reasons().forEach((k, r) -> {
            if (keys.find(k) != null) {
                reasons.put(k, r);
            }
        });
        return new TableActuals(ta.kind(), ta.name(), ta.spent(), actuals, self, reasons, ta.location(),
                ta.spentAt(), Map.of(), ta.adjustedBudget());
    }

    /** The unit of a measured target, null for grades and text. */
    public static Unit unitOf(Value v) {
        if (v instanceof Quantity q) {
            return q.unit();
        }
        return v instanceof Range r ? r.unit() : null;
    }

    /**
     * The actuals with every actual, 自评得分 and reason keyed by its indicator's key as the targets write it,
     * where the two spellings differ only in what {@link ValueParser#normalize} evens out ((个/套) and
     * （个/套）, doubled spaces), so that scoring and review look actuals up by the indicator's key.
     */
    public static DepartmentActuals align(DepartmentTargets t, DepartmentActuals a) {
        return align(t, a, new Keys());
    }

    private static DepartmentActuals align(DepartmentTargets t, DepartmentActuals a, Keys keys) {
        TableActuals overall = a.overall() == null ? null : align(find(t, a.overall()), a.overall(), keys);
        boolean same = overall == a.overall();
        List<TableActuals> projects = new ArrayList<>(a.projects().size());
        for (TableActuals p : a.projects()) {
            TableActuals aligned = align(find(t, p), p, keys);
            same &= aligned == p;
            projects.add(aligned);
        }
        TableActuals evaluation = a.evaluation() == null || t.evaluation() == null ? a.evaluation()
                : align(Optional.of(t.evaluation()), a.evaluation(), keys);
        if (same && evaluation == a.evaluation()) {
            return a; // the usual case: every table keyed as its indicators already
        }
        return new DepartmentActuals(a.department(), a.departmentLocation(), a.year(), a.yearLocation(), overall,
                projects, a.file(), evaluation);
    }

    private static TableActuals align(Optional<IndicatorTable> table, TableActuals ta, Keys index) {
        if (table.isEmpty()) {
            return ta;
        }
        KeyIndex keys = index.of(table.get());
        if (keyedAlready(ta, keys)) {
            return ta; // the usual case: the copy below would equal ta
        }
        UnaryOperator<String> key = keys::indicatorKey;
        Map<String, ActualEntry> actuals = new LinkedHashMap<>();
        ta.actuals().values().forEach(e -> actuals.putIfAbsent(key.apply(e.key()),
                new ActualEntry(key.apply(e.key()), e.text(), e.value(), e.location())));
        Map<String, TableActuals.SelfScore> self = new LinkedHashMap<>();
        ta.selfScores().values().forEach(s -> self.putIfAbsent(key.apply(s.key()),
                new TableActuals.SelfScore(key.apply(s.key()), s.score(), s.location())));
        Map<String, String> reasons = new LinkedHashMap<>();
        ta.reasons().forEach((k, v) -> reasons.putIfAbsent(key.apply(k), v));
        return new TableActuals(ta.kind(), ta.name(), ta.spent(), actuals, self, reasons, ta.location(),
                ta.spentAt(), Map.of(), ta.adjustedBudget());
    }

    /** True when every actual, 自评得分 and reason is already keyed (and names itself) as its indicator is. */
    private static boolean keyedAlready(TableActuals ta, KeyIndex keys) {
        for (Map.Entry<String, ActualEntry> e : ta.actuals().entrySet()) {
            if (!e.getKey().equals(e.getValue().key()) || !keys.indicatorKey(e.getKey()).equals(e.getKey())) {
                return false;
            }
        }
        for (Map.Entry<String, TableActuals.SelfScore> e : ta.selfScores().entrySet()) {
            if (!e.getKey().equals(e.getValue().key()) || !keys.indicatorKey(e.getKey()).equals(e.getKey())) {
                return false;
            }
        }
        for (String k : ta.reasons().keySet()) {
            if (!keys.indicatorKey(k).equals(k)) {
                return false;
            }
        }
        return true;
    }

    /** The table of the targets the actuals' table is for. */
    private static Optional<IndicatorTable> find(DepartmentTargets t, TableActuals ta) {
        return ta.kind() == io.jixiao.model.TableKind.OVERALL ? Optional.ofNullable(t.overall()) : t.project(ta.name());
    }

    /** The actuals' table for a table of the targets. */
    private static Optional<TableActuals> find(DepartmentActuals a, IndicatorTable table) {
        return table.kind() == io.jixiao.model.TableKind.OVERALL ? Optional.ofNullable(a.overall())
                : a.project(table.name());
    }
}
