package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.scoring.TestDepartment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code jixiao score} through {@link Main#run}: exit codes 0/1/2, the three formats, -o, --rules. */
class ScoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static String targets(String dept) {
        return TestDepartment.seed(dept).resolve("targets.yaml").toString();
    }

    static String actuals(String dept) {
        return TestDepartment.seed(dept).resolve("actuals-example.yaml").toString();
    }

    static Run score(String dept, String... more) {
        List<String> args = new ArrayList<>(List.of("score", targets(dept), "--actuals", actuals(dept)));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    // ---- exit 0 --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} --format {1}")
    @CsvSource(delimiter = '|', textBlock = """
            guangyang/2023 | table | 90.78
            guangyang/2023 | json  | 90.78
            guangyang/2023 | csv   | 90.78
            kaiping/2025   | table | 96.70
            kaiping/2025   | json  | 96.70
            kaiping/2025   | csv   | 87.71
            luancheng/2020 | table | 84.91
            luancheng/2020 | json  | 84.91
            luancheng/2020 | csv   | 58.20
            shifeng/2023   | table | 91.59
            shifeng/2023   | json  | 91.59
            shifeng/2023   | csv   | 91.59
            """)
    void scoresEverySeedInEveryFormat(String dept, String format, String shown) throws IOException {
        Run r = score(dept, "--format", format);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(shown);
        switch (format) {
            case "json" -> {
                JsonNode root = JSON.readTree(r.out());
                assertThat(root.get("score").decimalValue()).isEqualByComparingTo(shown);
            }
            case "csv" -> {
                String[] lines = r.out().split("\\R");
                assertThat(lines[0]).startsWith("department,year,table,level1,level2,name,target,actual,points,score,"
                        + "status,rule,explanation");
                long indicators = TestDepartment.scoreSeed(dept).tables().stream()
                        .mapToLong(t -> t.indicators().size()).sum();
                assertThat(lines).hasSize((int) indicators + 1);
            }
            default -> assertThat(r.out()).contains("Department score " + shown);   // the tests run in English
        }
    }

    @Test
    void theJsonHasTheShapeOfSection7() throws IOException {
        JsonNode root = JSON.readTree(score("guangyang/2023", "--format", "json").out());
        assertThat(root.get("department").isTextual()).isTrue();
        assertThat(root.get("department").asText()).isEqualTo("中共廊坊市广阳区委网络安全和信息化委员会办公室");
        assertThat(root.get("year").isInt()).isTrue();
        assertThat(root.get("year").asInt()).isEqualTo(2023);
        assertThat(root.get("profile").asText()).isEqualTo("national");
        assertThat(root.get("method").asText()).isIn("overall", "budget-weighted", "mean").isEqualTo("overall");
        assertThat(root.get("score").isNumber()).isTrue();
        assertThat(root.get("score").decimalValue()).isEqualByComparingTo("90.78");
        assertThat(root.get("grade").asText()).isEqualTo("优");
        assertThat(root.get("findings").isArray()).isTrue();
        assertThat(root.get("projects").isArray()).isTrue();
        assertThat(root.get("projects")).hasSize(2);
        assertTable(root.get("overall"));
        for (JsonNode p : root.get("projects")) {
            assertTable(p);
        }
        // a project's numbers, rounded HALF_UP to 2 places
        JsonNode p1 = root.get("projects").get(0);
        assertThat(p1.get("name").asText()).isEqualTo("网络安全监测项目经费");
        assertThat(p1.get("budget").decimalValue()).isEqualByComparingTo("20");
        assertThat(p1.get("spent").decimalValue()).isEqualByComparingTo("19.6");
        assertThat(p1.get("score").decimalValue()).isEqualByComparingTo("97");
        assertThat(p1.get("budgetExecution").get("rate").decimalValue()).isEqualByComparingTo("98");
        assertThat(p1.get("budgetExecution").get("points").decimalValue()).isEqualByComparingTo("10");
        assertThat(p1.get("budgetExecution").get("score").decimalValue()).isEqualByComparingTo("9.8");
        JsonNode na = p1.get("indicators").get(7);
        assertThat(na.get("status").asText()).isEqualTo("na");
        assertThat(na.get("rule").asText()).isEqualTo("not-applicable");
        JsonNode f = p1.get("findings").get(0);
        assertThat(f.get("severity").asText()).isEqualTo("warning");
        assertThat(f.get("code").asText()).isEqualTo("KPI-0305");
        // an indicator's numbers: 19950条 under 每减少10条扣1% → 6.25 × 0.95 = 5.9375 → 5.94
        JsonNode first = root.get("overall").get("indicators").get(0);
        assertThat(first.get("name").asText()).isEqualTo("全年监测舆情信息数量");
        assertThat(first.get("target").asText()).isEqualTo("≥2万条");
        assertThat(first.get("actual").asText()).isEqualTo("19950条");
        assertThat(first.get("points").decimalValue()).isEqualByComparingTo("6.25");
        assertThat(first.get("score").decimalValue()).isEqualByComparingTo("5.94");
        assertThat(first.get("rule").asText()).isEqualTo("deduction-step");
        assertThat(first.get("status").asText()).isEqualTo("partial");
    }

    private static void assertTable(JsonNode t) {
        assertThat(t.isObject()).isTrue();
        assertThat(t.get("name").isTextual()).isTrue();
        for (String number : List.of("budget", "spent", "score")) {
            assertThat(t.get(number).isNumber()).as(number).isTrue();
        }
        assertThat(t.get("grade").asText()).isIn("优", "良", "中", "差");
        JsonNode be = t.get("budgetExecution");
        assertThat(be.isObject()).isTrue();
        for (String number : List.of("rate", "points", "score")) {
            assertThat(be.get(number).isNumber()).as("budgetExecution." + number).isTrue();
        }
        assertThat(t.get("categories").isArray()).isTrue();
        assertThat(t.get("categories")).isNotEmpty();
        for (JsonNode c : t.get("categories")) {
            assertThat(c.get("category").isTextual()).isTrue();
            assertThat(c.get("level1").isTextual()).isTrue();
            assertThat(c.get("points").isNumber()).isTrue();
            assertThat(c.get("score").isNumber()).isTrue();
        }
        assertThat(t.get("indicators").isArray()).isTrue();
        assertThat(t.get("indicators")).isNotEmpty();
        for (JsonNode i : t.get("indicators")) {
            for (String text : List.of("name", "level1", "level2", "target", "actual", "status", "rule",
                    "explanation")) {
                assertThat(i.get(text)).as(text).isNotNull();
                assertThat(i.get(text).isTextual()).as(text).isTrue();
            }
            assertThat(i.get("points").isNumber()).isTrue();
            assertThat(i.get("score").isNumber()).isTrue();
            assertThat(i.get("status").asText()).isIn("met", "partial", "missed", "na");
            assertThat(i.get("explanation").asText()).isNotBlank();
        }
        assertThat(t.get("findings").isArray()).isTrue();
        for (JsonNode f : t.get("findings")) {
            assertThat(f.get("severity").asText()).isIn("error", "warning", "info");
            assertThat(f.get("code").asText()).matches("KPI-\\d{4}");
            assertThat(f.get("message").isTextual()).isTrue();
        }
    }

    @ParameterizedTest(name = "--format {0} twice is byte-identical")
    @CsvSource({"table", "json", "csv"})
    void outputIsByteIdenticalAcrossRuns(String format) {
        Run a = score("shifeng/2023", "--format", format);
        Run b = score("shifeng/2023", "--format", format);
        assertThat(a.code()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
    }

    // ---- exit 1 --------------------------------------------------------------------------------

    /** A department written to files: targets.yaml and actuals.yaml in {@code dir}. */
    static String[] files(Path dir, TestDepartment d) throws IOException {
        return files(dir, d.targetsYaml(), d.actualsYaml());
    }

    static String[] files(Path dir, String targets, String actuals) throws IOException {
        Path t = dir.resolve("targets.yaml");
        Path a = dir.resolve("actuals.yaml");
        Files.writeString(t, targets, StandardCharsets.UTF_8);
        Files.writeString(a, actuals, StandardCharsets.UTF_8);
        return new String[] {t.toString(), a.toString()};
    }

    static TestDepartment small() {
        return TestDepartment.create().project("项目")
                .output("数量指标", "监测数量", "≥2万条").actual("19950条")
                .output("质量指标", "覆盖率", "≥95%").actual("96%");
    }

    @Test
    void theSmallDepartmentScores(@TempDir Path dir) throws IOException {
        // 监测数量 50 × 19950/20000 = 49.875; 覆盖率 50 → 99.875
        String[] f = files(dir, small());
        Run r = run("score", f[0], "--actuals", f[1], "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"score\" : 99.88");
    }

    @Test
    void aMissingActualIsKpi0120(@TempDir Path dir) throws IOException {
        String[] f = files(dir, small().targetsYaml(), small().actualsYaml().replaceAll("(?m)^.*覆盖率.*\\R", ""));
        Run r = run("score", f[0], "--actuals", f[1]);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(f[1] + ":4:5: error KPI-0120: no actual for indicator '覆盖率' of '项目'")
                .contains("Maybe").contains("--allow-missing").doesNotContain("Exception");
        // --allow-missing scores it 0 with a warning: 49.875 + 0
        Run allowed = run("score", f[0], "--actuals", f[1], "--allow-missing", "--format", "json");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("KPI-0306", "\"score\" : 49.88");
    }

    @Test
    void anActualForAnUnknownIndicatorIsKpi0121(@TempDir Path dir) throws IOException {
        String actuals = small().actualsYaml() + "      \"不存在的指标\": \"5个\"\n";
        String[] f = files(dir, small().targetsYaml(), actuals);
        Run r = run("score", f[0], "--actuals", f[1]);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(f[1] + ":8:").contains("KPI-0121", "'不存在的指标' is not an indicator of '项目'",
                "Maybe use one of: 监测数量, 覆盖率");
    }

    @Test
    void anActualInAnotherUnitIsKpi0110(@TempDir Path dir) throws IOException {
        String[] f = files(dir, small().targetsYaml(), small().actualsYaml().replace("19950条", "5分钟"));
        Run r = run("score", f[0], "--actuals", f[1]);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(f[1] + ":6:").contains("KPI-0110", "'5分钟'", "条");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # what is changed in the actuals                | replacement                          | code     | line
            department: "测试部门"                          | department: "别的部门"               | KPI-0123 | 1
            year: 2023                                      | year: 2024                           | KPI-0124 | 2
            """)
    void actualsOfAnotherDepartmentOrYearAreRefused(String from, String to, String code, int line, @TempDir Path dir)
            throws IOException {
        String[] f = files(dir, small().targetsYaml(), small().actualsYaml().replace(from, to));
        Run r = run("score", f[0], "--actuals", f[1]);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(f[1] + ":" + line + ":").contains(code).contains("Maybe");
    }

    @Test
    void aBrokenRulesFileIsKpi0201WithPathLineAndColumn(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("broken.drl");
        Files.writeString(drl, """
                package user.rules;

                rule "broken"
                when
                    $c : ScoringCase( kind == )
                then
                end
                """, StandardCharsets.UTF_8);
        Run r = score("guangyang/2023", "--rules", drl.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern("broken\\.drl:\\d+:\\d+: error KPI-0201: rule file does not compile")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownProfileIsKpi0130() {
        Run r = score("guangyang/2023", "--profile", "zhejiang");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("KPI-0130", "'zhejiang'", "national, hubei, sichuan");
        // located at the option the name was given with, not at an input file or <input>
        assertThat(r.err()).startsWith("--profile: error KPI-0130").doesNotContain("<input>");
    }

    @ParameterizedTest(name = "--profile {0} → {1}")
    @CsvSource({"hubei, 0", "sichuan, 0"})
    void builtInProfilesScore(String profile, int code) throws IOException {
        Run r = score("guangyang/2023", "--profile", profile, "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(JSON.readTree(r.out()).get("profile").asText()).isEqualTo(profile);
    }

    // ---- exit 2 --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # arguments (split on spaces; TARGETS and ACTUALS are the guangyang files)  | message
            score TARGETS                                                               | --actuals
            score TARGETS --actuals ACTUALS --colour                                    | --colour
            score TARGETS --actuals ACTUALS --format xml                                | xml
            score --actuals ACTUALS                                                     | TARGETS
            """)
    void usageErrorsExitWith2(String line, String message) {
        String[] args = line.replace("TARGETS", targets("guangyang/2023"))
                .replace("ACTUALS", actuals("guangyang/2023")).split(" ");
        Run r = run(args);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("jixiao: ").contains(message).contains("Usage:");
    }

    // ---- -o ------------------------------------------------------------------------------------

    @Test
    void writesTheReportAtomicallyAndRefusesToOverwrite(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.json");
        Run first = score("kaiping/2025", "--format", "json", "-o", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("wrote " + out, "96.70 优");
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(JSON.readTree(written).get("score").decimalValue()).isEqualByComparingTo("96.70");
        assertThat(written).isEqualTo(score("kaiping/2025", "--format", "json").out());
        assertThat(listing(dir)).containsExactly("report.json");

        // a second run without --force: KPI-0140, the file untouched
        Files.writeString(out, "mine", StandardCharsets.UTF_8);
        Run again = score("guangyang/2023", "--format", "json", "-o", out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("KPI-0140", out.toString(), "--force");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("mine");
        assertThat(listing(dir)).containsExactly("report.json");

        // --force replaces it
        Run forced = score("guangyang/2023", "--format", "json", "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)).get("score").decimalValue())
                .isEqualByComparingTo("90.78");
        assertThat(listing(dir)).containsExactly("report.json");
    }

    @Test
    void anInvalidInputWritesNoFile(@TempDir Path dir) {
        Path out = dir.resolve("report.json");
        Run r = score("guangyang/2023", "--profile", "nowhere", "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- --rules -------------------------------------------------------------------------------

    /** A province rule 成本指标超支不得分: a 成本指标 over its target scores 0, outranking the packaged methods. */
    static final String COST_OVERSPEND_ZERO = """
            package user.rules;

            import io.jixiao.scoring.ScoringCase;
            import io.jixiao.scoring.CaseKind;
            import io.jixiao.scoring.IndicatorResult;
            import io.jixiao.scoring.Status;
            import java.math.BigDecimal;

            rule "cost-overspend-zero"
            when
                $c : ScoringCase( kind == CaseKind.MEASURED, costIndicator == true, actual.compareTo(target) > 0 )
            then
                insertLogical( new IndicatorResult( $c.id(), drools.getRule().getName(), 20, BigDecimal.ZERO,
                        BigDecimal.ZERO, Status.MISSED, "成本指标超支不得分：实际" + $c.actualText() + " 超过目标 "
                        + $c.targetText() ) );
            end
            """;

    @Test
    void aUserRuleOverridesAMethod(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("cost.drl");
        Files.writeString(drl, COST_OVERSPEND_ZERO, StandardCharsets.UTF_8);
        JsonNode plain = JSON.readTree(score("shifeng/2023", "--format", "json").out());
        Run r = score("shifeng/2023", "--format", "json", "--rules", drl.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode ruled = JSON.readTree(r.out());

        // 不超年度预算 ≤49.92万元 with 50.6万元: at-most gave 6.25 × 49.92/50.6 = 6.17; the user rule gives 0
        JsonNode before = find(plain.get("overall").get("indicators"), "不超年度预算");
        JsonNode after = find(ruled.get("overall").get("indicators"), "不超年度预算");
        assertThat(before.get("rule").asText()).isEqualTo("at-most");
        assertThat(before.get("score").decimalValue()).isEqualByComparingTo("6.17");
        assertThat(after.get("rule").asText()).isEqualTo("cost-overspend-zero");
        assertThat(after.get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(after.get("status").asText()).isEqualTo("missed");
        assertThat(after.get("explanation").asText()).contains("成本指标超支不得分");
        // the department: (84.72 − 6.17) × 100 / 92.5 = 78.55 × 100 / 92.5 = 84.9189… → 84.92
        assertThat(ruled.get("score").decimalValue()).isEqualByComparingTo("84.92");
        // a cost within its target is untouched: 业务性专项经费 不超年度预算 ≤8万元 with 7.9万元
        JsonNode within = find(ruled.get("projects").get(0).get("indicators"), "不超年度预算");
        assertThat(within.get("rule").asText()).isEqualTo("at-most");
        assertThat(within.get("score").decimalValue()).isEqualByComparingTo(
                find(plain.get("projects").get(0).get("indicators"), "不超年度预算").get("score").decimalValue());
    }

    /**
     * The example docs/guide.md#your-own-rules tells users to copy (indicators/rules-examples/cost-overspend-zero.drl)
     * compiles and acts.
     */
    @Test
    void theShippedCostOverspendExample() throws IOException {
        Path example = TestDepartment.seed("shifeng/2023").getParent().getParent()
                .resolve("rules-examples/cost-overspend-zero.drl");
        Run r = score("shifeng/2023", "--format", "json", "--rules", example.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode ruled = JSON.readTree(r.out());
        // 不超年度预算 ≤49.92万元 with 50.6万元: not met, so 0 by the example's rule (at-most gave 6.17)
        JsonNode after = find(ruled.get("overall").get("indicators"), "不超年度预算");
        assertThat(after.get("rule").asText()).isEqualTo("cost-overspend-zero");
        assertThat(after.get("score").decimalValue()).isEqualByComparingTo("0");
        // the example's own words after Meets.compare, which speaks the language of the run (English here)
        assertThat(after.get("explanation").asText()).isEqualTo("actual 50.6万元 > target 49.92万元，成本指标超支不得分");
        // (84.72 − 6.17) × 100 / 92.5 = 84.9189… → 84.92, as with the inline rule above
        assertThat(ruled.get("score").decimalValue()).isEqualByComparingTo("84.92");
    }

    private static JsonNode find(JsonNode indicators, String name) {
        for (Iterator<JsonNode> it = indicators.elements(); it.hasNext(); ) {
            JsonNode i = it.next();
            if (i.get("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + name);
    }
}
