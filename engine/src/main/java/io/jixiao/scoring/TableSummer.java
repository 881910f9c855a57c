package io.jixiao.scoring;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.Category;
import io.jixiao.model.Finding;
import io.jixiao.model.Indicator;
import io.jixiao.model.Location;
import io.jixiao.model.Problems;
import io.jixiao.scoring.Allocation.GroupShare;
import io.jixiao.scoring.Scorer.RuleOutcome;
import io.jixiao.scoring.method.Explain;
import io.jixiao.scoring.method.Results;
import io.jixiao.value.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Sums one table (§4): picks each indicator's winning result, adds budget execution, rescales for N/A. */
final class TableSummer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TableSummer() {
    }

    static TableScore sum(PreparedTable p, RuleOutcome outcome, ScoringProfile profile) {
        List<Finding> findings = new ArrayList<>();
        List<IndicatorScore> lines = new ArrayList<>();
        for (Indicator i : p.table().indicators()) {
            lines.add(line(p, i, outcome, findings));
        }
        List<CategoryScore> categories = p.allocation().groups().stream().map(g -> category(g, p, lines)).toList();
        BudgetExecution budget = budget(p, findings);
        BigDecimal indicatorSum = lines.stream().map(IndicatorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal raw = budget == null ? indicatorSum : indicatorSum.add(budget.score());
        BigDecimal na = lines.stream().filter(l -> l.status() == Status.NA).map(IndicatorScore::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = raw;
        String explanation = "指标得分" + Explain.pts(indicatorSum)
                + (budget == null ? "" : " + 预算执行" + Explain.pts(budget.score())) + " = " + Explain.pts(raw);
        if (na.signum() > 0) {
            if (lines.stream().allMatch(l -> l.status() == Status.NA)) {
                findings.add(Problems.allNotApplicable(p.table().location(), p.table().name()));
                score = BigDecimal.ZERO;
            } else {
                score = Decimals.divide(raw.multiply(HUNDRED), HUNDRED.subtract(na), Results.MC);
                explanation += "；不适用剔除" + Explain.pts(na) + "分 → " + Explain.pts(raw) + "×100/(100−"
                        + Explain.pts(na) + ") = " + Explain.pts(score);
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.location().line()).thenComparing(f -> f.location().column())
                .thenComparing(Finding::code));
        return new TableScore(p.table().kind(), p.table().name(), p.budget(),
                p.actuals() == null ? null : p.actuals().spent(), score, raw, na, profile.grade(score), budget,
                categories, lines, findings, explanation);
    }

    private static IndicatorScore line(PreparedTable p, Indicator i, RuleOutcome outcome, List<Finding> findings) {
        ScoringCase c = p.cases().get(i.key());
        ActualEntry actual = p.actuals() == null ? null : p.actuals().actuals().get(i.key());
        Location at = actual != null ? actual.location() : i.location();
        outcome.findings().getOrDefault(c.id(), List.of()).forEach(f -> findings.add(f.at(at)));
        List<IndicatorResult> results = outcome.results().getOrDefault(c.id(), List.of());
        IndicatorResult chosen = choose(c, results, findings, at);
        String group = c.points() == null ? "" : groupName(p, i);
        if (chosen == null) {
            return new IndicatorScore(i.key(), i.label(), i.level1(), i.level2(), group, i.targetText(), c.actualText(),
                    c.points(), BigDecimal.ZERO, Status.MISSED, "", "未被任何规则评分");
        }
        return new IndicatorScore(i.key(), i.label(), i.level1(), i.level2(), group, i.targetText(), c.actualText(),
                c.points(), chosen.score(), chosen.status(), chosen.rule(), chosen.explanation());
    }

    /** The highest-priority result; a tie at the top or no result at all is an error finding. */
    private static IndicatorResult choose(ScoringCase c, List<IndicatorResult> results, List<Finding> findings,
                                          Location at) {
        if (results.isEmpty()) {
            findings.add(Problems.unscored(c.key()).at(at));
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
            findings.add(Problems.ruleTie(c.key(), top.rule(), sorted.get(1).rule(), top.priority()).at(at));
        }
        return top;
    }

    private static String groupName(PreparedTable p, Indicator i) {
        for (GroupShare g : p.allocation().groups()) {
            if (g.group().categories().contains(i.category())) {
                return g.group().name();
            }
        }
        return "";
    }

    private static CategoryScore category(GroupShare g, PreparedTable p, List<IndicatorScore> lines) {
        BigDecimal score = lines.stream().filter(l -> l.group().equals(g.group().name())).map(IndicatorScore::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String level1 = g.group().categories().stream().map(Category::label).collect(Collectors.joining("+"));
        return new CategoryScore(g.group().name(), level1, g.weight(), score);
    }

    private static BudgetExecution budget(PreparedTable p, List<Finding> findings) {
        if (!p.budgetKnown()) {
            return null;
        }
        BigDecimal spent = p.actuals().spent();
        if (spent.compareTo(p.budget()) > 0) {
            findings.add(Problems.spentAboveBudget(p.actuals().location(), p.table().name(), Explain.num(spent),
                    Explain.num(p.budget())));
        }
        return BudgetExecution.of(p.budget(), spent, p.allocation().budgetWeight());
    }
}
