package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-project department and its progress built in memory for the monitoring rules' tests, written as targets and
 * progress YAML and monitored through the real path (the loaders, pairing, the Scorer with the packaged rules, the
 * rules of rules/monitoring). By default: project {@value #PROJECT} with a budget of 100万元 and one 产出 indicator
 * {@value #INDICATOR} ≥100个, monitored at month 6 with 50万元 spent and a forecast of 100个 (确定能): every light
 * green.
 */
final class MonitorFixture {

    static final String DEPARTMENT = "测试部门";
    static final String PROJECT = "测试项目";
    static final String INDICATOR = "设备数量";

    private String budget = "100";
    private final Map<String, String> plan = new LinkedHashMap<>();
    private final List<String[]> indicators = new ArrayList<>();
    private final Map<String, Map<String, String>> lines = new LinkedHashMap<>();
    private String month = "6";
    private String spent = "50";
    private String expected;
    private String adjusted;
    private String profile;

    private MonitorFixture() {
        indicators.add(new String[] {"产出指标", "数量指标", INDICATOR, "≥100个"});
        line(INDICATOR, Map.of("forecast", "100个", "likelihood", "确定能"));
    }

    static MonitorFixture create() {
        return new MonitorFixture();
    }

    /** The project's budget in the targets (null: none). */
    MonitorFixture budget(String v) {
        budget = v;
        return this;
    }

    MonitorFixture plan(String step, String share) {
        plan.put(step, share);
        return this;
    }

    /** Another indicator of the project (its progress line: {@link #line}). */
    MonitorFixture indicator(String level1, String level2, String name, String target) {
        indicators.add(new String[] {level1, level2, name, target});
        return this;
    }

    /** The targets' only indicator, {@value #INDICATOR}, with another target (and no progress line yet). */
    MonitorFixture target(String target) {
        indicators.set(0, new String[] {"产出指标", "数量指标", INDICATOR, target});
        lines.remove(INDICATOR);
        return this;
    }

    /** A 评（扣）分标准 for the last indicator added. */
    MonitorFixture deduction(String text) {
        String[] last = indicators.get(indicators.size() - 1);
        indicators.set(indicators.size() - 1, new String[] {last[0], last[1], last[2], last[3], text});
        return this;
    }

    /** The progress line of {@code key}: current, forecast, likelihood, reason, measures as given; none: no line. */
    MonitorFixture line(String key, Map<String, String> fields) {
        if (fields.isEmpty()) {
            lines.remove(key);
        } else {
            lines.put(key, new LinkedHashMap<>(fields));
        }
        return this;
    }

    /** {@value #INDICATOR}'s progress line. */
    MonitorFixture line(Map<String, String> fields) {
        return line(INDICATOR, fields);
    }

    MonitorFixture month(int m) {
        month = String.valueOf(m);
        return this;
    }

    MonitorFixture spent(String v) {
        spent = v;
        return this;
    }

    MonitorFixture expected(String v) {
        expected = v;
        return this;
    }

    MonitorFixture adjusted(String v) {
        adjusted = v;
        return this;
    }

    MonitorFixture profile(String p) {
        profile = p;
        return this;
    }

    String targetsYaml() {
        StringBuilder b = new StringBuilder("department: " + DEPARTMENT + "\nyear: 2024\nprojects:\n  - name: " + PROJECT
                + "\n");
        if (budget != null) {
            b.append("    budget: ").append(budget).append('\n');
        }
        if (!plan.isEmpty()) {
            b.append("    spendingPlan: {");
            List<String> steps = new ArrayList<>();
            plan.forEach((k, v) -> steps.add(k + ": \"" + v + "\""));
            b.append(String.join(", ", steps)).append("}\n");
        }
        b.append("    indicators:\n");
        for (String[] i : indicators) {
            b.append("      - {level1: ").append(i[0]).append(", level2: ").append(i[1]).append(", name: ").append(i[2])
                    .append(", target: \"").append(i[3]).append('"')
                    .append(i.length > 4 ? ", deduction: \"" + i[4] + "\"" : "").append("}\n");
        }
        return b.toString();
    }

    String progressYaml() {
        StringBuilder b = new StringBuilder("department: " + DEPARTMENT + "\nyear: 2024\nmonth: " + month
                + "\nprojects:\n  - name: " + PROJECT + "\n    spentToDate: " + spent + "\n");
        if (expected != null) {
            b.append("    expectedSpent: ").append(expected).append('\n');
        }
        if (adjusted != null) {
            b.append("    adjustedBudget: ").append(adjusted).append('\n');
        }
        b.append("    indicators:").append(lines.isEmpty() ? " {}\n" : "\n");
        lines.forEach((k, fields) -> {
            List<String> parts = new ArrayList<>();
            fields.forEach((f, v) -> parts.add(f + ": \"" + v + "\""));
            b.append("      ").append(k).append(": {").append(String.join(", ", parts)).append("}\n");
        });
        return b.toString();
    }

    Monitored monitor() {
        Options o = profile == null ? Options.defaults() : Options.defaults().profile(profile);
        return new Pipeline(o).monitor(Source.text("targets.yaml", targetsYaml()),
                Source.text("progress.yaml", progressYaml()));
    }

    /** Monitored without errors: the project's line. */
    TableMonitoring table() {
        Monitored m = monitor();
        assertThat(m.errors()).as("errors of\n" + targetsYaml() + "\n" + progressYaml()).isEmpty();
        return m.monitoring().tables().get(0);
    }

    /** The line of {@value #INDICATOR}. */
    IndicatorMonitoring indicator() {
        return table().indicators().get(0);
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
