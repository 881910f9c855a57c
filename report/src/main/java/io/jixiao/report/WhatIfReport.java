package io.jixiao.report;

import io.jixiao.api.BudgetLine;
import io.jixiao.api.Change;
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
        return d.department() + " · " + d.year() + "年 · 评分方案 " + d.profile() + " · 假设分析 (what-if)\n";
    }

    /** The changes, then the department and every table before → after, then the lines that changed. */
    public static String compare(Result before, Result after, List<Change> changes) {
        StringBuilder b = new StringBuilder();
        if (changes.isEmpty()) {
            b.append("\n没有改动实际值（用 --set '项目/指标=值' 或 --spent '项目=执行数'）。\n");
        } else {
            b.append("\n改动:\n");
            changes.forEach(c -> b.append("  ").append(c).append('\n'));
        }
        b.append('\n').append("部门得分 ").append(move(before.score(), before.grade(), after.score(), after.grade()))
                .append("  (").append(after.method()).append(")\n");
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
                b.append("  ").append(TextWidth.padRight("指标", NAME)).append(TextWidth.padRight("目标", TARGET))
                        .append(TextWidth.padRight("实际 前 → 后", ACTUAL)).append(TextWidth.padRight("得分 前 → 后", 16))
                        .append("依据（改动后）\n");
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
        StringBuilder b = new StringBuilder("\n目标 ").append(plan.goal().describe()).append("：当前 ")
                .append(Numbers.text(plan.before())).append(grade == null ? "" : " " + grade).append('\n');
        if (plan.alreadyMet()) {
            return b.append("  已达到，无需改动。\n").toString();
        }
        if (!plan.reachable()) {
            return b.append("  无法达到：即使每个还能提分的指标都得满分，最高只有 ").append(Numbers.text(plan.best()))
                    .append("（预算执行率不在可改动之列）。\n").toString();
        }
        b.append("  最少改动 ").append(plan.steps().size()).append(" 项（按每单位相对变化的得分收益排序，收益高者在前）:\n");
        int n = 1;
        for (GoalPlan.Step s : plan.steps()) {
            b.append("  ").append(n++).append(". ").append(s.table()).append('/').append(s.label()).append(": ")
                    .append(s.from() == null ? "（无）" : s.from()).append(" → ").append(s.to())
                    .append("  (相对变化 ").append(percent(s.relative())).append("，得分 +")
                    .append(Numbers.text(s.gain())).append(")\n");
        }
        b.append("  改动后 ").append(Numbers.text(plan.after())).append('\n');
        return b.toString();
    }

    /** For each indicator: points, score, points at stake, the actual for full marks, what full marks add. */
    public static String sensitivity(List<Sensitivity> lines, String scope, String note) {
        StringBuilder b = new StringBuilder("\n敏感性（失分 = 分值 − 得分；影响 = 该指标单独得满分时").append(scope)
                .append("的增加）\n");
        if (note != null) {
            b.append("  ").append(note).append('\n');
        }
        b.append("  ").append(TextWidth.padRight("表", 22)).append(TextWidth.padRight("指标", NAME))
                .append(TextWidth.padRight("目标", TARGET)).append(TextWidth.padRight("实际", 14))
                .append(TextWidth.padLeft("分值", 7)).append(TextWidth.padLeft("得分", 7)).append(TextWidth.padLeft("失分", 7))
                .append("  ").append(TextWidth.padRight("满分所需实际", 16)).append(TextWidth.padLeft("影响", 7)).append('\n');
        for (Sensitivity s : lines) {
            String full = s.fullMarks() == null ? (s.notApplicable() ? "不适用" : "—") : s.fullMarks();
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
            return Numbers.text(after) + " " + gradeAfter + "  (不变)";
        }
        return Numbers.text(before) + " " + gradeBefore + " → " + Numbers.text(after) + " " + gradeAfter + "  ("
                + (delta.signum() >= 0 ? "+" : "") + delta.toPlainString() + ")";
    }

    private static String percent(BigDecimal fraction) {
        return Numbers.text(fraction.movePointRight(2)) + "%";
    }

    /** A changed 预算执行率 line, when --spent moved it. */
    private static Optional<String> budgetChange(TableResult was, TableResult now) {
        String a = was.budgetExecution().map(BudgetLine::explanation).orElse("不计");
        String b = now.budgetExecution().map(BudgetLine::explanation).orElse("不计");
        return a.equals(b) ? Optional.empty() : Optional.of("预算执行率: " + a + "  →  " + b);
    }
}
