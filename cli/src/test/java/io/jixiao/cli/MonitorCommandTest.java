package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao monitor on the bundled departments (indicators/*&#47;*&#47;progress-example.yaml) and on many: the formats, the
 * JSON of the issue's shape, the 绩效监控表 template and its use in place of the YAML, the exit codes of bad input.
 */
class MonitorCommandTest {

    private static final String KAIPING = "../indicators/kaiping/2025/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void tableReportsEveryTablesPaceLightsAndProjection() {
        Run r = Run.of("monitor", KAIPING + "targets.yaml", "--progress", KAIPING + "progress-example.yaml");
        assertThat(r.code()).as(r.err()).isZero();
        // 本级网络宣传和信息化工作经费: 3.2 of 12 = 26.67% against the plan's 6月底 50% → 23.33 behind → red
        assertThat(r.out()).contains("本级网络宣传和信息化工作经费").contains("26.67%")
                .contains("资金支出计划 '6月底: 50%'").contains("23.33");
    }

    @Test
    void jsonHasExactlyTheKeysOfTheIssue() throws IOException {
        Run r = Run.of("monitor", KAIPING + "targets.yaml", "--progress", KAIPING + "progress-example.yaml",
                "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertThat(names(root)).containsExactly("department", "year", "month", "profile", "projectedScore",
                "projectedGrade", "lights", "projects", "findings");
        assertThat(names(root.get("lights"))).containsExactly("red", "yellow", "green");
        JsonNode project = root.get("projects").get(0);
        assertThat(names(project)).containsExactly("name", "pace", "executionRate", "budgetLight", "light",
                "projectedScore", "projectedGrade", "indicators", "findings");
        assertThat(names(project.get("indicators").get(0))).containsExactly("name", "current", "forecast", "fraction",
                "light", "likelihood", "findings");
        // pace and executionRate in percent to 2 places, fraction 0–1 to 4
        assertThat(project.get("pace").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(r.out()).contains("\"pace\" : 50.00,").contains("\"executionRate\" : 46.00,")
                .contains("\"fraction\" : 1.0000,").contains("\"fraction\" : 0.5000,").contains("\"fraction\" : null,");
        assertThat(project.get("budgetLight").asText()).isIn("green", "yellow", "red");
        assertThat(root.get("month").asInt()).isEqualTo(6);
    }

    private static List<String> names(JsonNode n) {
        List<String> all = new ArrayList<>();
        n.fieldNames().forEachRemaining(all::add);
        return all;
    }

    @Test
    void csvHtmlAndTheFilledFormAsFiles() throws IOException {
        for (String name : List.of("m.csv", "m.html", "m.json", "m.xlsx")) {
            Path out = dir.resolve(name);
            Run r = Run.of("monitor", KAIPING + "targets.yaml", "--progress", KAIPING + "progress-example.yaml", "-o",
                    out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("wrote " + out);
            assertThat(Files.size(out)).isPositive();
        }
        String html = Files.readString(dir.resolve("m.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("http://")
                .contains("class=\"dot red\"");
        assertThat(Files.readString(dir.resolve("m.csv"))).startsWith("\uFEFFdepartment,year,month,table,pace");
    }

    @Test
    void theMonitoringTemplateFilledInIsAcceptedInPlaceOfTheYaml() throws IOException {
        Path form = dir.resolve("监控表.xlsx");
        Run t = Run.of("template", KAIPING + "targets.yaml", "--monitoring", "-o", form.toString());
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.err()).contains("绩效监控表");
        // as it comes, unfilled: no month, no spending → coded errors at their cells, exit 1
        Run empty = Run.of("monitor", KAIPING + "targets.yaml", "--progress", form.toString());
        assertThat(empty.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(empty.err()).contains(form + ":本级网络安全工作经费!I2: error KPI-0601")
                .contains(form + ":本级网络安全工作经费!F4: error KPI-0607").doesNotContain("Exception");
        Run validate = Run.of("validate", form.toString());
        assertThat(validate.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(validate.out()).contains("(progress workbook").contains("KPI-0601");
    }

    @Test
    void badProgressIsALocatedCodedErrorAndExit1() throws IOException {
        Path bad = dir.resolve("progress.yaml");
        Files.writeString(bad, Files.readString(Path.of(KAIPING + "progress-example.yaml")).replace("month: 6",
                "month: 13"));
        Files.copy(Path.of(KAIPING + "targets.yaml"), dir.resolve("targets.yaml"));
        Run r = Run.of("monitor", dir.resolve("targets.yaml").toString(), "--progress", bad.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).startsWith(bad + ":6:8: error KPI-0601: month '13' is not a month from 1 to 12");
        Run v = Run.of("validate", bad.toString());
        assertThat(v.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(v.out()).contains("(progress").contains("KPI-0601");
    }

    @Test
    void aProgressFileWithoutTargetsBesideItIsLoadedAloneAndPointsToMonitor() throws IOException {
        Path alone = dir.resolve("progress.yaml");
        Files.copy(Path.of(KAIPING + "progress-example.yaml"), alone);
        Run v = Run.of("validate", alone.toString());
        assertThat(v.code()).as(v.out()).isZero();
        assertThat(v.out()).contains(alone + ": info KPI-0315: not checked against targets: there is no targets.yaml"
                + " beside it").contains("the monitoring (绩效运行监控) were skipped")
                .contains("jixiao monitor <targets.yaml> --progress " + alone).doesNotContain("--actuals");
    }

    @Test
    void usage() {
        assertThat(Run.of("monitor", KAIPING + "targets.yaml").code()).isEqualTo(Main.USAGE);
        assertThat(Run.of("monitor", "../indicators", "--progress", KAIPING + "progress-example.yaml").code())
                .isEqualTo(Main.USAGE);
        assertThat(Run.of("monitor", "../indicators", "-o", dir.resolve("x.xlsx").toString()).code())
                .isEqualTo(Main.USAGE);
    }

    @Test
    void manyDepartmentsRankedByRedThenYellow() throws IOException {
        Run r = Run.of("monitor", "../indicators", "--format", "json", "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("monitored").asInt()).isEqualTo(5);
        JsonNode ranking = root.get("ranking");
        // luancheng has 4 red tables, guangyang/2023 3, shifeng and kaiping 2 (shifeng with a yellow one more); the
        // ILLUSTRATIVE guangyang/2024 drops 改善广阳区政务网络服务质量 (部分达成 in the forecast, red), so its 部门整体
        // is yellow (网速达标率): 2 red, 1 yellow as shifeng, after it by the lower projected score first
        // (shifeng 95.69 < 98.59)
        assertThat(ranking.get(0).get("folder").asText()).isEqualTo("luancheng/2020");
        assertThat(ranking.get(1).get("folder").asText()).isEqualTo("guangyang/2023");
        assertThat(ranking.get(2).get("folder").asText()).isEqualTo("shifeng/2023");
        assertThat(ranking.get(3).get("folder").asText()).isEqualTo("guangyang/2024");
        assertThat(ranking.get(3).get("lights").get("red").asInt()).isEqualTo(2);
        assertThat(ranking.get(3).get("lights").get("yellow").asInt()).isEqualTo(1);
        assertThat(ranking.get(4).get("folder").asText()).isEqualTo("kaiping/2025");
        // the same whatever the number of threads
        assertThat(Run.of("monitor", "../indicators", "--format", "json", "--threads", "1").out()).isEqualTo(r.out());
        for (String f : List.of("table", "csv", "html")) {
            Run x = Run.of("monitor", "../indicators", "--format", f);
            assertThat(x.code()).isZero();
            assertThat(x.out()).contains("luancheng/2020");
        }
    }

    @Test
    void aDepartmentThatCannotBeMonitoredNeverStopsTheOthers() throws IOException {
        for (String d : List.of("kaiping/2025", "shifeng/2023")) {
            Path to = dir.resolve(d);
            Files.createDirectories(to);
            Files.copy(Path.of("../indicators/" + d + "/targets.yaml"), to.resolve("targets.yaml"));
        }
        Files.copy(Path.of(KAIPING + "progress-example.yaml"), dir.resolve("kaiping/2025/progress-example.yaml"));
        Run r = Run.of("monitor", dir.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("monitored").asInt()).isEqualTo(1);
        assertThat(root.get("failedDepartments").get(0).get("errors").get(0).get("code").asText()).isEqualTo("KPI-0640");
    }
}
