package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.rules.RuleBook;
import java.util.List;

/**
 * A clean department (every check passes: {@link CleanFixtureTest}) and small edits of it. Each rule's
 * test changes one line of {@link #TARGETS} or {@link #ACTUALS} to make its rule fire, so the fixture
 * that triggers a rule and the one that does not differ only where the rule looks.
 */
final class Fixtures {

    static final String TARGETS_FILE = "review-targets.yaml";
    static final String ACTUALS_FILE = "review-actuals.yaml";

    /**
     * Budget 100万元, 项目支出 30万元 = the one project's budget; the overall cost target ≤30万元 covers the
     * 项目支出. Every table has 产出 (数量/质量/时效/成本), 效益 and 满意度; numbers with units and comparators.
     */
    static final String TARGETS = """
            department: 测试网信办
            year: 2024
            budget: 100
            projectBudget: 30
            overall:
              indicators:
                - level1: 产出指标
                  level2: 数量指标
                  name: 监测信息数量
                  target: "≥2万条"
                - level1: 产出指标
                  level2: 质量指标
                  name: 监测覆盖率
                  target: "≥95%"
                - level1: 产出指标
                  level2: 时效指标
                  name: 响应时间
                  target: "≤30分钟"
                - level1: 产出指标
                  level2: 成本指标
                  name: 项目成本
                  target: "≤30万元"
                - level1: 效益指标
                  level2: 社会效益指标
                  name: 负面舆情处置率
                  target: "≥90%"
                - level1: 满意度指标
                  level2: 服务对象满意度指标
                  name: 群众满意度
                  target: "≥90%"
            projects:
              - name: 监测项目
                budget: 30
                spendingPlan: {3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    name: 监测信息数量
                    target: "≥20000条"
                  - level1: 产出指标
                    level2: 质量指标
                    name: 监测覆盖率
                    target: "≥95%"
                  - level1: 产出指标
                    level2: 时效指标
                    name: 响应时间
                    target: "≤30分钟"
                  - level1: 产出指标
                    level2: 成本指标
                    name: 项目成本
                    target: "≤30万元"
                  - level1: 效益指标
                    level2: 可持续影响指标
                    name: 负面舆情处置率
                    target: "≥90%"
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    name: 群众满意度
                    target: "≥90%"
            """;

    /** Within 30% of every target, 预算执行率 90% and 96.67%, a 自评得分 at its 分值 (50/4 = 12.5). */
    static final String ACTUALS = """
            department: 测试网信办
            year: 2024
            overall:
              spent: 90
              actuals:
                监测信息数量: 21000条
                监测覆盖率: 96%
                响应时间: 25分钟
                项目成本: 29万元
                负面舆情处置率: 92%
                群众满意度: 93%
            projects:
              - name: 监测项目
                spent: 29
                actuals:
                  监测信息数量: 21000条
                  监测覆盖率: 96%
                  响应时间: 25分钟
                  项目成本: 29万元
                  负面舆情处置率: 92%
                  群众满意度: 93%
                selfScores: {监测信息数量: 12.5}
            """;

    static final Reviewer REVIEWER = new Reviewer(RuleBook.packaged(), ProfileLoader.load("national", null));

    private Fixtures() {
    }

    /** {@code text} with its one occurrence of {@code from} replaced (fails when it is not there exactly once). */
    static String edit(String text, String from, String to) {
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("'%s' occurs once", from).hasSize(2);
        return text.replace(from, to);
    }

    /** {@code text} with the first {@code from} after (the start of) {@code anchor} replaced. */
    static String editAfter(String text, String anchor, String from, String to) {
        int a = text.indexOf(anchor);
        assertThat(a).as("'%s' is in the fixture", anchor).isNotNegative();
        int at = text.indexOf(from, a);
        assertThat(at).as("'%s' follows '%s'", from, anchor).isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** {@code text} without the indicator row named {@code name} that follows {@code anchor}. */
    static String withoutRow(String text, String anchor, String name) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        int k = line(text, anchor, "name: " + name) - 1;
        int start = k;
        while (!lines.get(start).strip().startsWith("- level1:")) {
            start--;
        }
        int end = k + 1;
        while (end < lines.size() && !lines.get(end).strip().startsWith("- ") && lines.get(end).startsWith(" ".repeat(
                lines.get(start).indexOf('-') + 2))) {
            end++;
        }
        lines.subList(start, end).clear();
        return String.join("\n", lines);
    }

    static DepartmentTargets targets(String yaml) {
        LoadResult<DepartmentTargets> r = TargetsLoader.load(TARGETS_FILE, YamlReader.parse(TARGETS_FILE, yaml));
        assertThat(r.findings()).filteredOn(Finding::isError).as("load errors").isEmpty();
        return r.value();
    }

    static DepartmentActuals actuals(String yaml) {
        LoadResult<DepartmentActuals> r = ActualsLoader.load(ACTUALS_FILE, YamlReader.parse(ACTUALS_FILE, yaml));
        assertThat(r.findings()).filteredOn(Finding::isError).as("load errors").isEmpty();
        return r.value();
    }

    /** The review of a targets text. */
    static List<ReviewFinding> review(String targets) {
        return REVIEWER.run(targets(targets), null);
    }

    /** The review of a targets text with a self-evaluation. */
    static List<ReviewFinding> review(String targets, String actuals) {
        return REVIEWER.run(targets(targets), actuals(actuals));
    }

    /** The findings of one rule. */
    static List<Finding> of(List<ReviewFinding> found, String rule) {
        return found.stream().filter(f -> f.rule().equals(rule)).map(ReviewFinding::finding).toList();
    }

    /** The 1-based line of the first line of {@code text} containing {@code fragment} after {@code after}. */
    static int line(String text, String after, String fragment) {
        String[] lines = text.split("\n", -1);
        int from = 0;
        if (after != null) {
            while (!lines[from].contains(after)) {
                from++;
            }
        }
        for (int k = from; k < lines.length; k++) {
            if (lines[k].contains(fragment)) {
                return k + 1;
            }
        }
        throw new AssertionError("no line with '" + fragment + "'");
    }
}
