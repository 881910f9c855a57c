package io.jixiao.report;

import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.Achievement;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.util.Arrays;
import java.util.List;

/**
 * A readable, aligned terminal report (CJK width aware), in the words of the 自评表 and the language of the run
 * ({@link Labels}). Renders; never recomputes.
 */
public final class TableReport {

    private static final int NAME = 30;
    private static final int TARGET = 14;
    private static final int ACTUAL = 14;

    private TableReport() {
    }

    public static String render(DepartmentScore d) {
        StringBuilder b = new StringBuilder();
        b.append(Labels.text("table.header", "department", d.department(), "year", d.year(), "profile", d.profile()))
                .append('\n');
        b.append(Labels.text("table.department", "score", Numbers.text(d.score()), "grade", d.grade(), "method",
                Labels.method(d.method()), "explanation", d.explanation())).append("\n\n");
        int status = statusWidth();
        for (TableScore t : d.tables()) {
            table(b, t, status);
        }
        if (d.evaluation() != null) {
            table(b, d.evaluation(), status);
        }
        if (!d.findings().isEmpty()) {
            b.append(Labels.text("table.findings", "count", d.findings().size())).append('\n');
            findings(b, d.findings());
        }
        return b.toString();
    }

    private static void table(StringBuilder b, TableScore t, int status) {
        boolean sheet = t.kind() == TableKind.EVALUATION;
        b.append(Labels.text(sheet ? "table.sheet" : "table.table", "name", t.name(), "score",
                Numbers.text(t.score()), "grade", t.grade())).append('\n');
        b.append("  ").append(t.explanation()).append('\n');
        BudgetExecution be = t.budgetExecution();
        if (!sheet) {
            b.append("  ").append(be == null ? Labels.text("table.budgetUnknown")
                    : Labels.text("table.budget", "explanation", be.explanation())).append('\n');
        }
        StringBuilder cats = new StringBuilder("  ");
        for (CategoryScore c : t.categories()) {
            cats.append(c.level1()).append(' ').append(Numbers.text(c.score())).append('/')
                    .append(Numbers.text(c.points())).append("   ");
        }
        b.append(cats.toString().stripTrailing()).append('\n');
        b.append("  ").append(TextWidth.padRight(Labels.text("column.indicator"), NAME))
                .append(TextWidth.padRight(Labels.text("column.target"), TARGET))
                .append(TextWidth.padRight(Labels.text("column.actual"), ACTUAL))
                .append(TextWidth.padLeft(Labels.text("column.points"), 7))
                .append(TextWidth.padLeft(Labels.text("column.score"), 7)).append("  ")
                .append(TextWidth.padRight(Labels.text("column.status"), status))
                .append(Labels.text("column.basis")).append('\n');
        for (IndicatorScore i : t.indicators()) {
            b.append("  ").append(TextWidth.padRight(TextWidth.clip(i.name(), NAME - 1), NAME))
                    .append(TextWidth.padRight(TextWidth.clip(i.target(), TARGET - 1), TARGET))
                    .append(TextWidth.padRight(TextWidth.clip(i.actual(), ACTUAL - 1), ACTUAL))
                    .append(TextWidth.padLeft(Numbers.text(i.points()), 7))
                    .append(TextWidth.padLeft(Numbers.text(i.score()), 7)).append("  ")
                    .append(TextWidth.padRight(Labels.achievement(i), status))
                    .append(Labels.text("basis", "rule", Labels.rule(i.rule()), "explanation", i.explanation()))
                    .append('\n');
        }
        findings(b, t.findings());
        b.append('\n');
    }

    /** The status column: as wide as its longest label in this language, and two more. */
    private static int statusWidth() {
        return Arrays.stream(Achievement.values()).mapToInt(a -> TextWidth.of(Labels.achievement(a))).max().orElse(7)
                + 2;
    }

    private static void findings(StringBuilder b, List<Finding> findings) {
        for (Finding f : findings) {
            b.append("  ").append(f.render()).append('\n');
        }
    }
}
