package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.cli.Main;
import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.Scorer;
import io.jixiao.value.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review through the command line: validate (text, json, --rules) and score. */
class ReviewCliTest {

    static final Path SHIFENG = SeedReviewTest.INDICATORS.resolve("shifeng/2023");
    static final Path KAIPING = SeedReviewTest.INDICATORS.resolve("kaiping/2025");
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void validatePrintsTheReviewWithFileLineColumn() {
        Run r = run("validate", SHIFENG.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("shifeng/2023/targets.yaml  (targets, 审核 profile national)")
                .contains("shifeng/2023/targets.yaml:54:7: warning KPI-0412: table '部门整体': the 成本指标 targets add up"
                        + " to 49.92万元, not its 资金总额 51.8万元 or the 项目支出 18万元. Maybe")
                .contains("shifeng/2023/actuals-example.yaml:11:18: warning KPI-0308: 偏离度:")
                .contains("✔ no errors, 19 warning(s)");
        // the targets' findings are not repeated under the actuals file
        String actualsPart = r.out().substring(r.out().indexOf("actuals-example.yaml  (actuals"));
        // the actuals are evaluated as score would: 偏离度 twice (KPI-0308), 完成 for a number (KPI-0305), two
        // over-claimed 自评得分 (KPI-0320); 8 notes of targets read as ≥ for want of a comparator (KPI-0309)
        assertThat(actualsPart).doesNotContain("KPI-0412").contains("✔ no errors, 5 warning(s), 8 note(s)");
    }

    @Test
    void validateJsonListsFindingsPerFile() throws IOException {
        Run r = run("validate", SHIFENG.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        JsonNode targets = root.get("files").get(0);
        assertThat(targets.get("file").asText()).endsWith("shifeng/2023/targets.yaml");
        assertThat(targets.get("kind").asText()).isEqualTo("targets");
        assertThat(targets.get("department").asText()).isEqualTo("中共株洲市石峰区委网络安全和信息化委员会办公室");
        assertThat(targets.get("year").asInt()).isEqualTo(2023);
        assertThat(targets.get("profile").asText()).isEqualTo("national");
        // 15 review findings and the loader's 4 empty 指标值 (KPI-0151)
        assertThat(targets.get("warnings").asInt()).isEqualTo(19);
        assertThat(targets.get("errors").asInt()).isZero();
        List<String> codes = new ArrayList<>();
        targets.get("findings").forEach(f -> {
            assertThat(f.fieldNames()).toIterable().containsExactly("severity", "code", "message", "hint", "location");
            codes.add(f.get("code").asText());
        });
        assertThat(codes).contains("KPI-0412", "KPI-0417", "KPI-0151");
        JsonNode cost = targets.get("findings").get(codes.indexOf("KPI-0412"));
        assertThat(cost.get("severity").asText()).isEqualTo("warning");
        assertThat(cost.get("location").asText()).endsWith("shifeng/2023/targets.yaml:54:7");
        assertThat(root.get("files").get(1).get("kind").asText()).isEqualTo("actuals");
        assertThat(root.get("warnings").asInt()).isEqualTo(19 + 5);
    }

    @Test
    void validateRunsUserRules() {
        Run r = run("validate", KAIPING.resolve("targets.yaml").toString(), "--rules", UserRulesTest.EXAMPLE.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("kaiping/2025/targets.yaml:9:5: warning KPI-0449: [project-needs-a-deadline]");
    }

    @Test
    void aBrokenUserRuleStopsValidate(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.drl");
        Files.writeString(broken, "package mine;\nrule \"x\" when then end end\n");
        Run r = run("validate", KAIPING.toString(), "--rules", broken.toString());
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("broken.drl:").contains("KPI-0201");
    }

    @Test
    void scoreListsReviewFindingsWithoutChangingTheScore() throws IOException {
        Run r = run("score", KAIPING.resolve("targets.yaml").toString(), "--actuals",
                KAIPING.resolve("actuals-example.yaml").toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        var expected = new Scorer(RuleBook.packaged(), ProfileLoader.load("national", null)).score(
                TargetsLoader.load(KAIPING.resolve("targets.yaml")).orThrow(),
                ActualsLoader.load(KAIPING.resolve("actuals-example.yaml")).orThrow(), false);
        assertThat(root.get("score").decimalValue()).isEqualByComparingTo(Numbers.round(expected.score()));
        List<String> codes = new ArrayList<>();
        root.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        // the review's KPI-0408; its 偏离度 (KPI-0423) is not repeated: scoring reports KPI-0308 on the table
        assertThat(codes).containsExactly("KPI-0408");
        assertThat(r.out()).contains("KPI-0308");

        Run table = run("score", KAIPING.resolve("targets.yaml").toString(), "--actuals",
                KAIPING.resolve("actuals-example.yaml").toString());
        assertThat(table.out()).contains("■ 审核 (review) and department findings: 1")
                .contains("kaiping/2025/targets.yaml:161:9: warning KPI-0408");
    }
}
