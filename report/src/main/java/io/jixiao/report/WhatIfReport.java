package io.jixiao.report;

import io.jixiao.api.BudgetLine;
import io.jixiao.api.Change;
import io.jixiao.api.Goal;
import io.jixiao.api.GoalPlan;
import io.jixiao.api.IndicatorLine;
import io.jixiao.api.Result;
import io.jixiao.api.Sensitivity;
import io.jixiao.api.TableResult;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code jixiao whatif} output: before/after scores and changed lines, a goal plan, sensitivity. Renders only, and
 * only what the API ({@code io.jixiao.api}) gives: the command is an API client.
 */
public final class WhatIfReport {

    private static final int NAME = 28;
    private static final int TARGET = 12;
    private static final int ACTUAL = 24;

    private WhatIfReport() {
    }

    public static String header(Result d) {
        return Labels.text("whatif.header", "department", d.department(), "year", d.year(), "profile", d.profile())
                + "\n";
    }

    /** The changes, then the department and every table before → after, then the lines that changed. */
    public static String compare(Result before, Result after, List<Change> changes) {
        StringBuilder b = new StringBuilder();
        if (changes.isEmpty()) {
            b.append('\n').append(Labels.text("whatif.noChanges")).append('\n');
        } else {
            b.append('\n').append(Labels.text("whatif.changes")).append('\n');
            changes.forEach(c -> b.append("  ").append(c).append('\n')); // Change says itself, in the language in use
        }
        b.append('\n').append(Labels.text("whatif.department", "move", move(before.score(), before.grade(),
                after.score(), after.grade()), "method", after.method())).append('\n');
        List<TableResult> wasTables = before.tables();
        for (TableResult t : after.tables()) {
            TableResult was = wasTables.stream().filter(x -> x.name().equals(t.name())).findFirst().orElseThrow();
            b.append("■ ").append(t.name()).append("  ").append(move(was.score(), was.grade(), t.score(), t.grade()))
                    .append('\n');
            lines(b, was, t);
        }
        return b.toString();
    }

    private static void lines(StringBuilder b, TableResult was, TableResult now) {
        boolean header = false;
        List<IndicatorLine> wasLines = was.indicators();
        List<IndicatorLine> nowLines = now.indicators();
        for (int n = 0; n < nowLines.size(); n++) {
            IndicatorLine o = wasLines.get(n);
            IndicatorLine i = nowLines.get(n);
            if (Objects.equals(o.actual(), i.actual()) && o.score().compareTo(i.score()) == 0
                    && o.explanation().equals(i.explanation())) {
                continue;
            }
            if (!header) {
                b.append("  ").append(TextWidth.padRight(Labels.text("whatif.col.indicator"), NAME))
                        .append(TextWidth.padRight(Labels.text("whatif.col.target"), TARGET))
                        .append(TextWidth.padRight(Labels.text("whatif.col.actualMove"), ACTUAL))
                        .append(TextWidth.padRight(Labels.text("whatif.col.scoreMove"), 16))
                        .append(Labels.text("whatif.col.basis")).append('\n');
                header = true;
            }
            b.append("  ").append(TextWidth.padRight(TextWidth.clip(i.name(), NAME - 1), NAME))
                    .append(TextWidth.padRight(TextWidth.clip(i.target(), TARGET - 1), TARGET))
                    .append(TextWidth.padRight(TextWidth.clip(o.actual() + " → " + i.actual(), ACTUAL - 1), ACTUAL))
                    .append(TextWidth.padRight(Numbers.text(o.score()) + " → " + Numbers.text(i.score()), 16))
                    .append(i.rule()).append(": ").append(i.explanation()).append('\n');
        }
        budgetChange(was, now).ifPresent(s -> b.append("  ").append(s).append('\n'));
    }

    /** The goal: already met, the steps that reach it, or that it cannot be reached and the best possible. */
    public static String goal(GoalPlan plan, String grade) {
        StringBuilder b = new StringBuilder("\n").append(Labels.text("whatif.goal", "goal", plan.goal().describe(),
                "score", Numbers.text(plan.before()), "grade", grade == null ? "" : " " + grade)).append('\n');
        if (plan.alreadyMet()) {
            return b.append("  ").append(Labels.text("whatif.goal.met")).append('\n').toString();
        }
        if (!plan.reachable()) {
            return b.append("  ").append(Labels.text("whatif.goal.unreachable", "best", Numbers.text(plan.best())))
                    .append('\n').toString();
        }
        b.append("  ").append(Labels.text("whatif.goal.steps", "count", plan.steps().size())).append('\n');
        int n = 1;
        for (GoalPlan.Step s : plan.steps()) {
            b.append("  ").append(Labels.text("whatif.goal.step", "n", n++, "table", s.table(), "indicator", s.label(),
                    "from", s.from() == null ? Labels.text("whatif.none") : s.from(), "to", s.to(), "relative",
                    percent(s.relative()), "gain", Numbers.text(s.gain()))).append('\n');
        }
        b.append("  ").append(Labels.text("whatif.goal.after", "score", Numbers.text(plan.after()))).append('\n');
        return b.toString();
    }

    /**
     * For each indicator: points, score, points at stake, the actual for full marks, what full marks add.
     *
     * @param table        the table whose score is measured, null for the department's
     * @param overallRules the department's score is its 部门整体 table's: project lines do not change it (said so)
     */
    public static String sensitivity(List<Sensitivity> lines, String table, boolean overallRules) {
        String scope = table == null ? Labels.text("whatif.scope.department")
                : Labels.text("whatif.scope.table", "table", table);
        StringBuilder b = new StringBuilder("\n").append(Labels.text("whatif.sensitivity", "scope", scope))
                .append('\n');
        if (overallRules) {
            b.append("  ").append(Labels.text("whatif.sensitivity.overall")).append('\n');
        }
        b.append("  ").append(TextWidth.padRight(Labels.text("whatif.col.table"), 22))
                .append(TextWidth.padRight(Labels.text("whatif.col.indicator"), NAME))
                .append(TextWidth.padRight(Labels.text("whatif.col.target"), TARGET))
                .append(TextWidth.padRight(Labels.text("whatif.col.actual"), 14))
                .append(TextWidth.padLeft(Labels.text("whatif.col.points"), 7))
                .append(TextWidth.padLeft(Labels.text("whatif.col.score"), 7))
                .append(TextWidth.padLeft(Labels.text("whatif.col.lost"), 7)).append("  ")
                .append(TextWidth.padRight(Labels.text("whatif.col.fullMarks"), 16))
                .append(TextWidth.padLeft(Labels.text("whatif.col.effect"), 7)).append('\n');
        for (Sensitivity s : lines) {
            String full = s.fullMarks() == null ? (s.notApplicable() ? Labels.text("whatif.notApplicable") : "—")
                    : s.fullMarks();
            b.append("  ").append(TextWidth.padRight(TextWidth.clip(s.table(), 21), 22))
                    .append(TextWidth.padRight(TextWidth.clip(s.label(), NAME - 1), NAME))
                    .append(TextWidth.padRight(TextWidth.clip(s.target(), TARGET - 1), TARGET))
                    .append(TextWidth.padRight(TextWidth.clip(s.actual(), 13), 14))
                    .append(TextWidth.padLeft(Numbers.text(s.points()), 7))
                    .append(TextWidth.padLeft(Numbers.text(s.score()), 7))
                    .append(TextWidth.padLeft(Numbers.text(s.atStake()), 7)).append("  ")
                    .append(TextWidth.padRight(TextWidth.clip(full, 15), 16))
                    .append(TextWidth.padLeft("+" + Numbers.text(s.gain()), 7)).append('\n');
        }
        return b.toString();
    }

    private static String move(BigDecimal before, String gradeBefore, BigDecimal after, String gradeAfter) {
        BigDecimal delta = Numbers.round(after).subtract(Numbers.round(before));
        if (delta.signum() == 0 && gradeBefore.equals(gradeAfter)) {
            return Labels.text("whatif.unchanged", "score", Numbers.text(after), "grade", gradeAfter);
        }
        return Numbers.text(before) + " " + gradeBefore + " → " + Numbers.text(after) + " " + gradeAfter + "  ("
                + (delta.signum() >= 0 ? "+" : "") + delta.toPlainString() + ")";
    }

    private static String percent(BigDecimal fraction) {
        return Numbers.text(fraction.movePointRight(2)) + "%";
    }

    /** A changed 预算执行率 line, when --spent moved it. */
    private static Optional<String> budgetChange(TableResult was, TableResult now) {
        String a = was.budgetExecution().map(BudgetLine::explanation).orElse(Labels.text("whatif.budget.none"));
        String b = now.budgetExecution().map(BudgetLine::explanation).orElse(Labels.text("whatif.budget.none"));
        return a.equals(b) ? Optional.empty() : Optional.of(Labels.text("whatif.budget", "before", a, "after", b));
    }
}
