package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Realistic slips in a department's files, each either read the way the officer meant it or stopped with
 * one coded, located error — never a silent misreading. One small department per test:
 * OUTPUT 费用 (成本指标, ≤68万 as in the kaiping seed) and 覆盖率 (≥95%), OUTCOME 效果, no 满意度 (its 10
 * go to OUTCOME), budget 80 and spent given: OUTPUT 50 → 25 each, OUTCOME 40, BUDGET 10.
 */
class FinanceOfficerMistakesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path targets() throws IOException {
        return write("targets.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目A
                    budget: 80
                    indicators:
                      - {level1: 产出指标, level2: 成本指标, name: 费用, target: "≤68万"}
                      - {level1: 产出指标, level2: 质量指标, name: 覆盖率, target: "≥95%"}
                      - {level1: 效益指标, level2: 社会效益指标, name: 效果, target: 有效改善}
                """);
    }

    private Path actuals(String spent, String cost, String coverage) throws IOException {
        return write("actuals.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目A
                    spent: %s
                    actuals: {费用: "%s", 覆盖率: "%s", 效果: 达成}
                """.formatted(spent, cost, coverage));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private JsonNode scoreJson(Path t, Path a, String... more) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("score", t.toString(), "--actuals",
                a.toString(), "--format", "json"));
        args.addAll(java.util.List.of(more));
        ScoreCommandTest.Run r = ScoreCommandTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static JsonNode indicator(JsonNode root, String name) {
        for (JsonNode i : root.get("projects").get(0).get("indicators")) {
            if (i.get("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + name);
    }

    @Test
    void aCostTargetWithoutYuanIsMoney() throws IOException {
        // ≤68万 is 680000元; 75万元 overspends it: at-most 68/75 = 0.906667 × 25 = 22.666667 → 22.67, partial
        JsonNode root = scoreJson(targets(), actuals("60", "75万元", "96%"));
        JsonNode cost = indicator(root, "费用");
        assertThat(cost.get("status").asText()).isEqualTo("partial");
        assertThat(cost.get("score").decimalValue()).isEqualByComparingTo("22.67");
        // and 66.3万 (no 元 either) is within it
        assertThat(indicator(scoreJson(targets(), actuals("60", "66.3万", "96%")), "费用").get("status").asText())
                .isEqualTo("met");
    }

    @Test
    void spentWrittenWithWanAndNoYuanIsWanYuan() throws IOException {
        // spent 60万 is 60万元 (not 600000万元): execution 60/80 = 75% → 10 × 0.75 = 7.5
        JsonNode root = scoreJson(targets(), actuals("60万", "66.3万", "96%"));
        JsonNode be = root.get("projects").get(0).get("budgetExecution");
        assertThat(be.get("rate").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(be.get("score").decimalValue()).isEqualByComparingTo("7.50");
    }

    @Test
    void aFractionForAPercentTargetIsAnErrorNamingThePercent() throws IOException {
        ScoreCommandTest.Run r = ScoreCommandTest.run("score", targets().toString(), "--actuals",
                actuals("60", "66.3万", "0.96").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("actuals.yaml:6:", "KPI-0128", "Maybe you meant 96%");
    }

    @Test
    void swappedFilesGiveOneError() throws IOException {
        Path a = actuals("60", "66.3万", "96%");
        ScoreCommandTest.Run r = ScoreCommandTest.run("score", a.toString(), "--actuals", targets().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("KPI-0127", "Maybe swap them");
    }

    @Test
    void lenientKeepsItsWarningInTheReport() throws IOException {
        // 每减少10条扣1分 deducts points, not a percent: not understood; --lenient scores at-least and says so
        Path t = write("targets.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目A
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: 数量, target: "≥100条", deduction: 每减少10条扣1分}
                """);
        Path a = write("actuals.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - {name: 项目A, actuals: {数量: 90条}}
                """);
        JsonNode root = scoreJson(t, a, "--lenient");
        assertThat(root.get("findings").toString()).contains("KPI-0126", "targets.yaml:6:");
        assertThat(indicator(root, "数量").get("rule").asText()).isEqualTo("at-least");
    }

    @Test
    void givenPointsThatLeaveNothingForTheOthersAreAnError() throws IOException {
        // OUTPUT is 50: 费用 given 50 leaves 覆盖率 with 0 points → KPI-0314 at 覆盖率's row (line 7)
        Path t = write("targets.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目A
                    indicators:
                      - {level1: 产出指标, level2: 成本指标, name: 费用, target: "≤68万", points: 50}
                      - {level1: 产出指标, level2: 质量指标, name: 覆盖率, target: "≥95%"}
                      - {level1: 效益指标, level2: 社会效益指标, name: 效果, target: 有效改善}
                """);
        ScoreCommandTest.Run r = ScoreCommandTest.run("score", t.toString(), "--actuals",
                actuals("60", "66.3万", "96%").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("targets.yaml:7:9: error KPI-0314", "leaving nothing for 1 indicator(s)");
    }

    @Test
    void twelveMonthsMeetAOneYearTarget() throws IOException {
        Path t = write("targets.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目A
                    indicators:
                      - {level1: 产出指标, level2: 时效指标, name: 周期, target: "≥1年"}
                """);
        Path a = write("actuals.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - {name: 项目A, actuals: {周期: 12个月}}
                """);
        assertThat(indicator(scoreJson(t, a), "周期").get("status").asText()).isEqualTo("met");
    }

    @Test
    void csvCellsThatLookLikeFormulasStayText() throws IOException {
        Path t = write("targets.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目A
                    indicators:
                      - {level1: 产出指标, level2: 时效指标, name: 时长, target: "=24小时"}
                """);
        Path a = write("actuals.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - {name: 项目A, actuals: {时长: 24小时}}
                """);
        ScoreCommandTest.Run r = ScoreCommandTest.run("score", t.toString(), "--actuals", a.toString(), "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(",'=24小时,").doesNotContain(",=24小时,");
    }

    @Test
    void aBrokenRuleFileGivesOneErrorAtTheParsersColumn() throws IOException {
        // line 4 is "  $c : ScoringCase( kind == )": the parser stops at the ')' in column 29 (1-based)
        Path drl = write("bad.drl", "package x;\nrule \"r\"\nwhen\n  $c : ScoringCase( kind == )\nthen\nend\n");
        ScoreCommandTest.Run r = ScoreCommandTest.run("score", targets().toString(), "--actuals",
                actuals("60", "66.3万", "96%").toString(), "--rules", drl.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .contains("bad.drl:4:29: error KPI-0201", "Maybe");
    }
}
