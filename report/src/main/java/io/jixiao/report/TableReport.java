package io.jixiao.report;

import io.jixiao.problem.Finding;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.util.List;

/** A readable, aligned terminal report (CJK width aware). Renders; never recomputes. */
public final class TableReport {

    private static final int NAME = 30;
    private static final int TARGET = 14;
    private static final int ACTUAL = 14;

    private TableReport() {
    }

    public static String render(DepartmentScore d) {
        StringBuilder b = new StringBuilder();
        b.append(d.department()).append(" · ").append(d.year()).append("年 · 评分方案 ").append(d.profile()).append('\n');
        b.append("部门得分 ").append(Numbers.text(d.score())).append("  等级 ").append(d.grade())
                .append("  (").append(d.method()).append(": ").append(d.explanation()).append(")\n\n");
        for (TableScore t : d.tables()) {
            table(b, t);
        }
        if (!d.findings().isEmpty()) {
            b.append("■ 审核 (review) and department findings: ").append(d.findings().size())
                    .append(" — they never change the score\n");
            findings(b, "部门", d.findings());
        }
        return b.toString();
    }

    private static void table(StringBuilder b, TableScore t) {
        b.append("■ ").append(t.name()).append("  得分 ").append(Numbers.text(t.score())).append("  等级 ")
                .append(t.grade()).append('\n');
        b.append("  ").append(t.explanation()).append('\n');
        BudgetExecution be = t.budgetExecution();
        b.append("  预算执行率: ").append(be == null ? "预算或执行数未知，不计" : be.explanation()).append('\n');
        StringBuilder cats = new StringBuilder("  ");
        for (CategoryScore c : t.categories()) {
            cats.append(c.level1()).append(' ').append(Numbers.text(c.score())).append('/')
                    .append(Numbers.text(c.points())).append("   ");
        }
        b.append(cats.toString().stripTrailing()).append('\n');
        b.append("  ").append(TextWidth.padRight("指标", NAME)).append(TextWidth.padRight("目标", TARGET))
                .append(TextWidth.padRight("实际", ACTUAL)).append(TextWidth.padLeft("分值", 7))
                .append(TextWidth.padLeft("得分", 7)).append("  状态     依据\n");
        for (IndicatorScore i : t.indicators()) {
            b.append("  ").append(TextWidth.padRight(TextWidth.clip(i.name(), NAME - 1), NAME))
                    .append(TextWidth.padRight(TextWidth.clip(i.target(), TARGET - 1), TARGET))
                    .append(TextWidth.padRight(TextWidth.clip(i.actual(), ACTUAL - 1), ACTUAL))
                    .append(TextWidth.padLeft(Numbers.text(i.points()), 7))
                    .append(TextWidth.padLeft(Numbers.text(i.score()), 7)).append("  ")
                    .append(TextWidth.padRight(i.status().label(), 9)).append(i.rule()).append(": ")
                    .append(i.explanation()).append('\n');
        }
        findings(b, t.name(), t.findings());
        b.append('\n');
    }

    private static void findings(StringBuilder b, String where, List<Finding> findings) {
        for (Finding f : findings) {
            b.append("  ").append(f.render()).append('\n');
        }
    }
}
