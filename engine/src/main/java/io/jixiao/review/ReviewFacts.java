package io.jixiao.review;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.Category;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.profile.ReviewSettings;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.review.check.Level2s;
import io.jixiao.review.check.Money;
import io.jixiao.review.check.Points;
import io.jixiao.review.check.Standards;
import io.jixiao.review.check.Wording;
import io.jixiao.scoring.Allocation;
import io.jixiao.scoring.CaseKind;
import io.jixiao.scoring.PreparedDepartment;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.CaseBuilder;
import io.jixiao.scoring.PointAllocator;
import io.jixiao.value.Comparator;
import io.jixiao.value.Completed;
import io.jixiao.value.Dimension;
import io.jixiao.value.Grade;
import io.jixiao.value.IncompatibleUnitsException;
import io.jixiao.value.NotApplicable;
import io.jixiao.value.Qualitative;
import io.jixiao.value.Quantity;
import io.jixiao.value.Range;
import io.jixiao.value.Unit;
import io.jixiao.value.Units;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a department's targets (and, for a self-evaluation, its actuals) into the immutable facts the
 * review rules match: one {@link ReviewDepartment}, a {@link ReviewTable} per table, a
 * {@link ReviewIndicator} per row, a {@link ReviewSpendingStep} per 资金支出计划 step and, with actuals,
 * {@link ReviewOutcome}s, {@link ReviewSpent}s and {@link ReviewSelfScore}s; plus the profile and its
 * review section. Reads only; decides nothing.
 */
final class ReviewFacts {

    private static final Unit WAN_YUAN = Units.of("万元").orElseThrow();

    private final DepartmentTargets targets;
    private final DepartmentActuals actuals;
    private final ScoringProfile profile;
    private final ReviewSettings settings;
    private final PreparedDepartment prepared;
    /** Whether user rules run: only they match ReviewOutcome and ReviewSpent, so only then are those made. */
    private final boolean userFacts;
    private final List<Object> facts = new ArrayList<>();
    private OverallRows overall;
    private final Map<Category, Map<String, String>> level2Words = new HashMap<>();
    private final Map<String, java.util.Optional<Category>> level1Categories = new HashMap<>();
    private final List<io.jixiao.problem.Finding> allocationWarnings = new ArrayList<>();

    private ReviewFacts(DepartmentTargets targets, PreparedDepartment prepared, ScoringProfile profile,
                        boolean userFacts) {
        this.targets = targets;
        this.userFacts = userFacts;
        this.actuals = prepared == null ? null : prepared.actuals();
        this.prepared = prepared;
        this.profile = profile;
        this.settings = profile.review();
    }

    /** The facts of a review of the targets alone. */
    static List<Object> of(DepartmentTargets targets, ScoringProfile profile) {
        ReviewFacts f = new ReviewFacts(targets, null, profile, true);
        f.build();
        return f.facts;
    }

    /**
     * What the point allocation says about the targets alone: given 分值 that depart from the profile or do not total
     * 100 (KPI-0319, docs/scoring.md#given-points). Scoring reports them on its tables; a review of the targets alone
     * reports them, from the same allocation.
     */
    static ReviewFacts forTargets(DepartmentTargets targets, ScoringProfile profile) {
        ReviewFacts f = new ReviewFacts(targets, null, profile, true);
        f.build();
        return f;
    }

    List<Object> facts() {
        return facts;
    }

    List<io.jixiao.problem.Finding> allocationWarnings() {
        return allocationWarnings;
    }

    /**
     * The facts of a review of targets and their self-evaluation, from the department as scoring prepared it: the
     * points it allocated and the cases it scored, so that nothing is computed twice. Without {@code userFacts} the
     * facts no packaged rule matches ({@link ReviewOutcome}, {@link ReviewSpent}) are left out.
     */
    static List<Object> of(PreparedDepartment prepared, boolean userFacts) {
        ReviewFacts f = new ReviewFacts(prepared.targets(), prepared, prepared.profile(), userFacts);
        f.build();
        return f.facts;
    }

    private void build() {
        facts.add(profile);
        facts.add(settings);
        facts.add(department());
        for (IndicatorTable t : targets.tables()) {
            TableActuals ta = actualsOf(t);
            BigDecimal budget = budgetOf(t);
            // the points scoring shared; for targets alone, shared as they will be once 全年执行数 is known
            Allocation allocation = prepared != null ? prepared.allocation(t)
                    : PointAllocator.allocate(t, profile, budget != null && budget.signum() > 0);
            allocationWarnings.addAll(allocation.warnings());
            BigDecimal share = allocation.groups().stream().map(Allocation.GroupShare::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String id = tableId(t);
            List<ReviewIndicator> rows = indicators(id, t, budget);
            facts.add(table(id, t, budget, share, rows));
            facts.addAll(rows);
            standards(id, t, allocation.points());
            spendingPlan(id, t);
            if (ta != null) {
                selfEvaluation(id, t, rows, ta, ta.adjustedBudget() != null ? ta.adjustedBudget() : budget, allocation,
                        prepared.cases(t));
            }
        }
        IndicatorTable sheet = targets.evaluation();
        if (sheet != null) {
            // the 部门整体支出绩效评价 sheet: its 评分标准 are reviewed like a table's (every row has its 分值)
            standards(tableId(sheet), sheet, Map.of());
        }
    }

    private ReviewDepartment department() {
        List<BigDecimal> budgets = targets.projects().stream().map(IndicatorTable::budget).filter(b -> b != null).toList();
        int without = targets.projects().size() - budgets.size();
        boolean doNotAddUp = targets.projectBudget() != null && without == 0 && !budgets.isEmpty()
                && Money.projectsDoNotAddUp(budgets, targets.projectBudget(), settings);
        return new ReviewDepartment(targets.department(), targets.year(), targets.budget(), targets.projectBudget(),
                budgets, without, targets.locationOf("projectBudget"), Money.sum(budgets), doNotAddUp);
    }

    /**
     * A table with what its rows add up to: their categories, the 二级指标 words a category lacks, the sums of cost
     * targets and of 分值 given, and what the profile's review section says of those sums.
     */
    private ReviewTable table(String id, IndicatorTable t, BigDecimal budget, BigDecimal share,
                              List<ReviewIndicator> rows) {
        BigDecimal other = t.kind() == TableKind.OVERALL ? targets.projectBudget() : null;
        Set<Category> categories = new LinkedHashSet<>();
        Map<Category, Set<String>> words = new HashMap<>();
        List<BigDecimal> costs = new ArrayList<>();
        List<BigDecimal> given = new ArrayList<>();
        for (ReviewIndicator r : rows) {
            categories.add(r.category());
            words.computeIfAbsent(r.level1Category(), c -> new HashSet<>()).add(r.level2Word());
            if (r.costAmount() != null) {
                costs.add(r.costAmount());
            }
            if (r.points() != null) {
                given.add(r.points());
            }
        }
        Map<Category, List<String>> missing = new LinkedHashMap<>();
        for (Category c : settings.requiredLevel2().keySet()) {
            if (words.containsKey(c)) {
                List<String> lacking = Level2s.missing(settings, c, words.get(c));
                if (!lacking.isEmpty()) {
                    missing.put(c, lacking);
                }
            }
        }
        int without = rows.size() - given.size();
        return new ReviewTable(id, t.kind(), t.name(), budget, other, share, t.location(), categories, missing,
                costs.isEmpty() ? null : Money.sum(costs), Money.costsDoNotAddUp(costs, budget, other, settings),
                given.isEmpty() ? null : Points.sum(given), without, Points.doNotAddUp(given, without, share));
    }

    /** A table's rows, each with what the rows before it in the table say of it (a repeat, the first cost). */
    private List<ReviewIndicator> indicators(String tableId, IndicatorTable t, BigDecimal budget) {
        List<Indicator> all = t.indicators();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] labels = new String[all.size()];
        BigDecimal[] costs = new BigDecimal[all.size()];
        int firstCost = Integer.MAX_VALUE;
        for (int k = 0; k < all.size(); k++) {
            Indicator i = all.get(k);
            int line = i.location().line();
            labels[k] = i.label();
            firstLine.merge(labels[k], line, Math::min);
            costs[k] = costAmount(i);
            if (costs[k] != null) {
                firstCost = Math.min(firstCost, line);
            }
        }
        List<ReviewIndicator> rows = new ArrayList<>(all.size());
        for (int k = 0; k < all.size(); k++) {
            Indicator i = all.get(k);
            int line = i.location().line();
            int first = firstLine.get(labels[k]);
            rows.add(indicator(tableId, t, i, labels[k], costs[k], costs[k] != null && budget != null
                    && Money.above(costs[k], budget, settings), costs[k] != null && line == firstCost,
                    first < line ? first : null));
        }
        return rows;
    }

    /** The 部门整体 rows, made when a project's row first needs them. */
    private OverallRows overall() {
        if (overall == null) {
            overall = new OverallRows(targets);
        }
        return overall;
    }

    /** {@link Category#of} of a 一级指标 alone, once per 一级指标 as written in a review (the rows repeat a few). */
    private java.util.Optional<Category> level1Category(String level1) {
        return level1Categories.computeIfAbsent(level1 == null ? "" : level1, w -> Category.of(level1, null));
    }

    /** {@link Level2s#word}, once per 二级指标 as written and 一级指标 category in a review (the rows repeat a few). */
    private String level2Word(String level2, Category level1) {
        return level2Words.computeIfAbsent(level1, c -> new HashMap<>())
                .computeIfAbsent(level2 == null ? "" : level2, w -> Level2s.word(level2, level1, settings));
    }

    private ReviewIndicator indicator(String tableId, IndicatorTable t, Indicator i, String label,
                                      BigDecimal costAmount, boolean costAboveBudget, boolean firstCost,
                                      Integer repeatOf) {
        Value v = i.target();
        Category level1 = level1Category(i.level1()).orElse(i.category());
        BigDecimal amount = null;
        BigDecimal high = null;
        Unit unit = null;
        if (v instanceof Quantity q) {
            amount = q.amount();
            high = q.amount();
            unit = q.unit();
        } else if (v instanceof Range r) {
            amount = r.low();
            high = r.high();
            unit = r.unit();
        }
        ValueKind kind = kind(v);
        String text = i.targetText();
        String unitSymbol = unit == null ? "" : unit.symbol();
        Dimension dimension = unit == null ? null : unit.dimension();
        return new ReviewIndicator(tableId + "/" + i.key(), tableId, t.name(), t.kind(), i.key(),
                label, i.level1(), i.level2(), level1, i.category(), level2Word(i.level2(), level1),
                text, v, kind, v instanceof Quantity q ? q.comparator() : Comparator.NONE, amount, high,
                unitSymbol, dimension, CaseBuilder.isCost(i),
                costAmount, i.points(), i.location(),
                (kind == ValueKind.TEXT || kind == ValueKind.GRADE || kind == ValueKind.COMPLETED)
                        && Wording.gradingScale(text),
                kind == ValueKind.TEXT ? Wording.vagueWord(text, settings) : null,
                kind == ValueKind.NUMBER ? Wording.namedAmount(amount, unitSymbol, dimension, label) : null,
                kind == ValueKind.NUMBER || kind == ValueKind.RANGE ? Wording.malformation(text) : null,
                costAboveBudget, firstCost, repeatOf, t.kind() == TableKind.PROJECT
                        ? overall().differing(label, v, text) : Set.of());
    }

    /** A 成本指标's amount in 万元, in the unit scoring reads it in (≤68万 is 680000元, i.e. 68万元); else null. */
    private static BigDecimal costAmount(Indicator i) {
        if (!CaseBuilder.isCost(i)) {
            return null;
        }
        Value v = i.target();
        BigDecimal amount = v instanceof Quantity q ? q.amount() : v instanceof Range r ? r.high() : null;
        Unit unit = CaseBuilder.targetUnit(i);
        if (amount == null || unit.dimension() != Dimension.MONEY) {
            return null;
        }
        return Units.convert(amount, unit, WAN_YUAN);
    }

    private static ValueKind kind(Value v) {
        if (v instanceof Quantity) {
            return ValueKind.NUMBER;
        }
        if (v instanceof Range) {
            return ValueKind.RANGE;
        }
        if (v instanceof Grade) {
            return ValueKind.GRADE;
        }
        if (v instanceof Completed) {
            return ValueKind.COMPLETED;
        }
        if (v instanceof NotApplicable) {
            return ValueKind.NOT_APPLICABLE;
        }
        return v instanceof Qualitative q && !q.text().isBlank() ? ValueKind.TEXT : ValueKind.EMPTY;
    }

    /** A {@link ReviewStandard} per 评分标准 in points, with the 分值 scoring gives the indicator. */
    private void standards(String tableId, IndicatorTable t, Map<String, BigDecimal> points) {
        for (Indicator i : t.indicators()) {
            if (i.deduction() == null || i.deduction().standard() == null) {
                continue;
            }
            var st = i.deduction().standard();
            facts.add(new ReviewStandard(tableId, t.name(), i.key(), i.label(), st,
                    i.points() != null ? i.points() : points.get(i.key()), st.topPoints(), Standards.overlap(st),
                    Standards.gap(st), i.deduction().location()));
        }
    }

    private void spendingPlan(String tableId, IndicatorTable t) {
        List<Map.Entry<String, String>> steps = new ArrayList<>(t.spendingPlan().entrySet());
        for (int k = 0; k < steps.size(); k++) {
            Map.Entry<String, String> e = steps.get(k);
            facts.add(new ReviewSpendingStep(tableId, t.name(), k, e.getKey(), e.getValue(), percent(e.getValue()),
                    k == steps.size() - 1, t.location()));
        }
    }

    /** 50% (or a bare 50) as 50; null for anything else. */
    private static BigDecimal percent(String text) {
        try {
            if (ValueParser.parse(text).value() instanceof Quantity q && q.comparator() == Comparator.NONE
                    && (q.unit().dimension() == Dimension.PERCENT || q.unit().dimension() == Dimension.PLAIN)) {
                return q.amount();
            }
        } catch (ValueParseException e) {
            // not a percentage: the rule says so
        }
        return null;
    }

    private void selfEvaluation(String tableId, IndicatorTable t, List<ReviewIndicator> rows, TableActuals ta,
                                BigDecimal budget, Allocation allocation, Map<String, ScoringCase> cases) {
        Map<String, BigDecimal> points = allocation.points();
        Map<String, String> labels = new HashMap<>();
        rows.forEach(r -> labels.putIfAbsent(r.key(), r.label()));
        if (userFacts && ta.spent() != null) {
            facts.add(new ReviewSpent(tableId, t.name(), budget, ta.spent(), ta.location()));
        }
        for (Indicator i : userFacts ? t.indicators() : List.<Indicator>of()) {
            ActualEntry a = ta.actuals().get(i.key());
            ScoringCase c = cases.get(i.key());
            if (a != null && c != null && c.kind() == CaseKind.MEASURED) {
                // the measured actual as scoring reads it: in the target's unit, with the target's direction
                facts.add(new ReviewOutcome(tableId, t.name(), i.key(), i.label(), i.targetText(), a.text(),
                        c.comparator(), c.costIndicator(), c.target(), c.actual(), a.location(), c.direction()));
            }
        }
        for (TableActuals.SelfScore s : ta.selfScores().values()) {
            BigDecimal of = points.get(s.key());
            if (of == null && s.key().equals(TableActuals.BUDGET_EXECUTION) && allocation.budgetWeight().signum() > 0) {
                of = allocation.budgetWeight(); // a claim for the 预算执行率 line (docs/scoring.md#adjusted-budget)
            }
            facts.add(new ReviewSelfScore(tableId, t.name(), s.key(),
                    labels.getOrDefault(s.key(), s.key()), s.score(), of, s.location()));
        }
    }

    private BigDecimal budgetOf(IndicatorTable t) {
        return t.kind() == TableKind.OVERALL ? targets.budget() : t.budget();
    }

    private TableActuals actualsOf(IndicatorTable t) {
        if (actuals == null) {
            return null;
        }
        return t.kind() == TableKind.OVERALL ? actuals.overall() : actuals.project(t.name()).orElse(null);
    }

    static String tableId(IndicatorTable t) {
        return t.kind() + ":" + t.name();
    }
}
