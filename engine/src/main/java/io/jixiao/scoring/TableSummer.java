package io.jixiao.scoring;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.Category;
import io.jixiao.model.Indicator;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.Allocation.GroupShare;
import io.jixiao.scoring.method.Explain;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sums one table (docs/scoring.md#table-score): picks each indicator's winning result, adds budget execution,
 * rescales for N/A. Every part is a 2-place amount and every total their exact sum; the 不适用 rescaling is rounded to
 * 2 places once (docs/scoring.md#arithmetic), so the printed explanation adds up as printed.
 */
final class TableSummer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * The 一级指标 labels of the groups seen (group, label, group, label …), found by identity — a profile's few
     * groups, scored with again and again — without hashing the group record per table; copied on write, and started
     * again past {@link #LEVEL1_MAX} groups (a server that loads many profiles).
     */
    private static volatile Object[] level1s = {};
    private static final int LEVEL1_MAX = 64;
    private static final Explanation UNSCORED = Explanation.of(Why.UNSCORED);

    private TableSummer() {
    }

    /** One indicator's line and the findings its rules raised, placed at its actual (or its row). */
    record Line(IndicatorScore score, List<Finding> findings) {
    }

    static TableScore sum(PreparedTable p, RuleOutcome outcome, ScoringProfile profile) {
        List<Line> lines = new ArrayList<>(p.table().indicators().size());
        for (Indicator i : p.table().indicators()) {
            lines.add(line(p, i, outcome));
        }
        return total(p, lines, profile);
    }

    /** The table's total from its lines (in indicator order): categories, budget execution, N/A rescaling. */
    static TableScore total(PreparedTable p, List<Line> lineList, ScoringProfile profile) {
        List<Finding> findings = new ArrayList<>();
        List<IndicatorScore> lines = new ArrayList<>(lineList.size());
        for (Line l : lineList) {
            lines.add(l.score());
            if (!l.findings().isEmpty()) {
                findings.addAll(l.findings());
            }
        }
        return total(p, lines, findings, false, LineSums.of(lines), profile);
    }

    /**
     * The table's total from its lines' scores (in indicator order) and their findings: categories, budget execution,
     * N/A rescaling. The table's findings are the lines' and its own, sorted by {@link Finding#ORDER} — a stable sort,
     * so the lines' findings may come already sorted ({@code sorted}): the same list results, and when the table adds
     * none of its own, {@code lineFindings} is that list, unsorted again and uncopied (a {@link ScoringSession}
     * re-sums a table whose lines' findings did not change).
     */
    static TableScore total(PreparedTable p, List<IndicatorScore> lines, List<Finding> lineFindings, boolean sorted,
                            LineSums sums, ScoringProfile profile) {
        List<Finding> own = new ArrayList<>(0);
        BigDecimal indicatorSum = sums.indicators();
        BigDecimal na = sums.notApplicable();
        List<CategoryScore> categories = new ArrayList<>(p.allocation().groups().size());
        for (GroupShare g : p.allocation().groups()) {
            categories.add(category(g, sums.group(g.group().name())));
        }
        BudgetExecution budget = budget(p, own);
        BigDecimal raw = budget == null ? indicatorSum : indicatorSum.add(budget.score());
        BigDecimal score = raw;
        Explanation explanation = budget == null ? Explanation.of(Why.TABLE_SUM, indicatorSum, raw)
                : Explanation.of(Why.TABLE_SUM_BUDGET, indicatorSum, budget.score(), raw);
        // the lines add up to 100, or to the given 分值's total (docs/scoring.md#given-points): rescaled to 100
        BigDecimal total = p.allocation().total();
        boolean rescaled = p.allocation().rescaled();
        own.addAll(p.allocation().warnings());
        if (na.signum() > 0 && sums.allNa()) {
            own.add(ScoringProblems.allNotApplicable(p.table().location(), p.table().name()));
            score = BigDecimal.ZERO;
        } else if (na.signum() > 0 || rescaled) {
            // a quotient rounded once, to 2 places (docs/scoring.md#arithmetic)
            BigDecimal left = total.subtract(na);
            score = left.signum() <= 0 ? BigDecimal.ZERO
                    : Numbers.round(Decimals.divide(raw.multiply(HUNDRED), left, Results.MC)).min(HUNDRED);
            explanation = na.signum() == 0 ? Explanation.of(Why.TABLE_RESCALED, explanation, total, raw, score)
                    : rescaled ? Explanation.of(Why.TABLE_RESCALED_NOT_APPLICABLE, explanation, total, na, raw, score)
                    : Explanation.of(Why.TABLE_NOT_APPLICABLE, explanation, na, raw, score);
        }
        List<Finding> findings = lineFindings;
        if (!own.isEmpty() || !sorted && lineFindings.size() > 1) {
            findings = new ArrayList<>(lineFindings.size() + own.size());
            findings.addAll(lineFindings);
            findings.addAll(own);
            findings.sort(Finding.ORDER);
        }
        return new TableScore(p.table().kind(), p.table().name(), p.budget(),
                p.spent(), score, raw, na, profile.grade(score), budget,
                categories, lines, findings, explanation, p.initialBudget());
    }

    static Line line(PreparedTable p, Indicator i, RuleOutcome outcome) {
        ScoringCase c = p.cases().get(i.key());
        ActualEntry actual = p.entries().get(i.key());
        Location at = actual != null ? actual.location() : i.location();
        List<Finding> raised = outcome.findings(c.id());
        IndicatorResult only = outcome.only(c.id());
        IndicatorResult chosen;
        List<Finding> findings;
        if (only != null && raised.isEmpty()) {
            // most lines raise nothing and have one result: no list of findings, nothing to choose from
            findings = List.of();
            chosen = only;
        } else {
            findings = new ArrayList<>(raised.size() + 1);
            for (Finding f : raised) {
                findings.add(f.at(at));
            }
            chosen = choose(c, outcome.results(c.id()), findings, at);
        }
        String group = c.points() == null ? "" : groupName(p, i);
        if (chosen == null) {
            return new Line(new IndicatorScore(i.key(), i.label(), i.level1(), i.level2(), group, i.targetText(),
                    c.actualText(), c.points(), BigDecimal.ZERO, Status.MISSED, "", UNSCORED, BigDecimal.ZERO),
                    findings);
        }
        return new Line(new IndicatorScore(i.key(), i.label(), i.level1(), i.level2(), group, i.targetText(),
                c.actualText(), c.points(), Numbers.round(chosen.score()), chosen.status(), chosen.rule(),
                chosen.why(), chosen.fraction(), c.grade()), findings);
    }

    /** The highest-priority result; a tie at the top or no result at all is an error finding. */
    private static IndicatorResult choose(ScoringCase c, List<IndicatorResult> results, List<Finding> findings,
                                          Location at) {
        if (results.isEmpty()) {
            findings.add(ScoringProblems.unscored(c.key()).at(at));
            return null;
        }
        if (results.size() == 1) {
            return results.get(0);
        }
        List<IndicatorResult> sorted = results.stream()
                .sorted(Comparator.comparingInt(IndicatorResult::priority).reversed()
                        .thenComparing(IndicatorResult::rule)).toList();
        IndicatorResult top = sorted.get(0);
        if (sorted.size() > 1 && sorted.get(1).priority() == top.priority()) {
            findings.add(ScoringProblems.ruleTie(c.key(), top.rule(), sorted.get(1).rule(), top.priority()).at(at));
        }
        return top;
    }

    private static String groupName(PreparedTable p, Indicator i) {
        if (p.table().kind() == io.jixiao.model.TableKind.EVALUATION) {
            return i.level1(); // its sections are its 一级指标 (docs/scoring.md#evaluation)
        }
        List<GroupShare> groups = p.allocation().groups();
        for (int n = 0; n < groups.size(); n++) {
            if (groups.get(n).group().categories().contains(i.category())) {
                return groups.get(n).group().name();
            }
        }
        return "";
    }

    private static CategoryScore category(GroupShare g, BigDecimal score) {
        return new CategoryScore(g.group().name(), level1Of(g.group()), g.weight(), score);
    }

    private static String level1Of(ScoringProfile.Group g) {
        Object[] known = level1s;
        for (int n = 0; n < known.length; n += 2) {
            if (known[n] == g) {
                return (String) known[n + 1];
            }
        }
        String label = level1(g);
        synchronized (TableSummer.class) {
            Object[] now = level1s.length >= 2 * LEVEL1_MAX ? new Object[0] : level1s;
            Object[] grown = java.util.Arrays.copyOf(now, now.length + 2);
            grown[now.length] = g;
            grown[now.length + 1] = label;
            level1s = grown;
        }
        return label;
    }

    /** A group's 一级指标 labels (产出指标+效益指标), joined once per group of a profile, not once per table. */
    private static String level1(ScoringProfile.Group g) {
        return g.categories().isEmpty() ? g.name()
                : g.categories().stream().map(Category::label).collect(Collectors.joining("+"));
    }

    private static BudgetExecution budget(PreparedTable p, List<Finding> findings) {
        if (!p.budgetKnown()) {
            return null;
        }
        BigDecimal spent = p.spent();
        if (spent.compareTo(p.budget()) > 0) {
            Location at = p.actuals() == null ? Location.UNKNOWN : p.actuals().location();
            findings.add(ScoringProblems.spentAboveBudget(at, p.table().name(), Explain.num(spent),
                    Explain.num(p.budget())));
        }
        return p.execution();
    }
}
