package io.jixiao.report.monitor;

import static io.jixiao.report.monitor.Labels.light;
import static io.jixiao.report.monitor.Labels.t;

import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.IndicatorMonitoring;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.Paces;
import io.jixiao.monitor.TableMonitoring;
import io.jixiao.problem.Finding;
import io.jixiao.report.TextWidth;
import io.jixiao.value.Numbers;
import java.util.List;

/**
 * {@code jixiao monitor} for a terminal: the department's projected score and lights, then per table its pace,
 * 预算执行率, the budget's light, its own light and projected score — each with its arithmetic — and one line per
 * indicator. Renders; never recomputes.
 */
public final class MonitorText {

    private static final int NAME = 28;
    private static final int VALUE = 12;

    private MonitorText() {
    }

    /**
     * A light in the words of the run (绿灯 / green; a dash for none): the one word the monitoring's outputs and the
     * store's listings use.
     */
    public static String light(io.jixiao.monitor.Light l) {
        return Labels.light(l);
    }

    public static String render(DepartmentMonitoring m) {
        StringBuilder b = new StringBuilder();
        b.append(t("title", "department", m.department(), "year", m.year(), "month", m.month(), "profile",
                m.profile())).append('\n');
        b.append(t("projected", "score", Numbers.text(m.projected().score()), "grade", m.projected().grade(), "method",
                m.projected().method(), "explanation", m.projected().explanation())).append('\n');
        b.append(t("lightCounts", "red", m.lights().get(Light.RED), "yellow", m.lights().get(Light.YELLOW), "green",
                m.lights().get(Light.GREEN))).append("\n\n");
        for (TableMonitoring table : m.tables()) {
            table(b, table);
        }
        if (!m.findings().isEmpty()) {
            b.append(t("findings", "count", m.findings().size())).append('\n');
            findings(b, "  ", m.findings());
        }
        return b.toString();
    }

    private static void table(StringBuilder b, TableMonitoring tm) {
        b.append(t("table", "name", tm.name(), "light", light(tm.light()), "score", Numbers.text(tm.projected().score()),
                "grade", tm.projected().grade())).append('\n');
        b.append("  ").append(t("pace", "pace", pct(tm.pace()), "why", tm.paceExplanation())).append('\n');
        if (tm.executionRate() == null) {
            b.append("  ").append(t("noBudget")).append('\n');
        } else {
            b.append("  ").append(t("execution", "rate", pct(tm.executionRate()), "why", tm.executionExplanation()))
                    .append('\n');
            b.append("  ").append(t("budgetLight", "light", light(tm.budgetLight()), "why",
                    tm.gapExplanation() + Paces.separator() + tm.budgetExplanation())).append('\n');
        }
        if (tm.goalProgress() != null) {
            b.append("  ").append(t("goal", "goal", pct(tm.goalProgress()), "why", tm.goalExplanation())).append('\n');
        }
        b.append("  ").append(t("tableLight", "light", light(tm.light()), "why", tm.lightExplanation())).append('\n');
        b.append("  ").append(t("projectedLine", "spent", tm.projectedSpentExplanation(), "score",
                tm.projected().explanation())).append('\n');
        b.append("  ").append(TextWidth.padRight(t("head.indicator"), NAME))
                .append(TextWidth.padRight(t("head.target"), VALUE))
                .append(TextWidth.padRight(t("head.current"), VALUE))
                .append(TextWidth.padRight(t("head.forecast"), VALUE))
                .append(TextWidth.padLeft(t("head.fraction"), 7)).append("  ")
                .append(TextWidth.padRight(t("head.light"), 8))
                .append(TextWidth.padRight(t("head.likelihood"), 24)).append(t("head.why")).append('\n');
        for (IndicatorMonitoring i : tm.indicators()) {
            b.append("  ").append(TextWidth.padRight(TextWidth.clip(i.name(), NAME - 1), NAME))
                    .append(cell(i.target())).append(cell(i.current())).append(cell(i.forecast()))
                    .append(TextWidth.padLeft(i.fraction() == null ? "—" : Numbers.round(i.fraction(), 4)
                            .toPlainString(), 7)).append("  ")
                    .append(TextWidth.padRight(light(i.light()), 8))
                    .append(TextWidth.padRight(likelihood(i), 24)).append(i.explanation());
            if (i.reason() != null || i.measures() != null) {
                b.append(" · ").append(t("deviation", "reason", nz(i.reason()), "measures", nz(i.measures())));
            }
            b.append('\n');
            findings(b, "    ", i.findings());
        }
        findings(b, "  ", tm.findings());
        b.append('\n');
    }

    private static String likelihood(IndicatorMonitoring i) {
        if (i.likelihood() == null) {
            return "—";
        }
        return i.likelihoodDerived() ? t("derived", "likelihood", i.likelihood().word()) : i.likelihood().word();
    }

    private static String cell(String s) {
        return TextWidth.padRight(TextWidth.clip(s == null ? "—" : s, VALUE - 1), VALUE);
    }

    private static String pct(java.math.BigDecimal v) {
        return Numbers.text(v) + "%";
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    private static void findings(StringBuilder b, String indent, List<Finding> findings) {
        for (Finding f : findings) {
            b.append(indent).append(f.render()).append('\n');
        }
    }
}
