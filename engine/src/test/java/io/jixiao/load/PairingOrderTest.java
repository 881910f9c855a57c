package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pairing finds an actual written in the indicators' order without a map of the keys ({@link KeyIndex}), and any
 * other through the map: whatever the order and spelling of the actuals, each is paired with its indicator, and an
 * unknown or a missing one is reported the same.
 */
class PairingOrderTest {

    private static final String TARGETS = """
            department: 测试网信办
            year: 2023
            projects:
              - name: 监测项目
                indicators:
                  - {level1: 产出指标, level2: 数量指标, name: 监测信息数量, target: ≥100条}
                  - {level1: 产出指标, level2: 数量指标, name: 设备数量（个/套）, target: ≥5个}
                  - {level1: 产出指标, level2: 质量指标, name: 系统可用率, target: ≥99%}
                  - {level1: 满意度指标, level2: 服务对象满意度指标, name: 群众满意度, target: ≥90%}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | actuals, key=value, in the order written                                        | codes
            in the indicators' order        | 监测信息数量=120条;设备数量（个/套）=6个;系统可用率=99.5%;群众满意度=95%           |
            reversed                        | 群众满意度=95%;系统可用率=99.5%;设备数量（个/套）=6个;监测信息数量=120条           |
            a spelling that needs the map   | 监测信息数量=120条;设备数量(个/套)=6个;系统可用率=99.5%;群众满意度=95%             |
            the first one last              | 设备数量（个/套）=6个;系统可用率=99.5%;群众满意度=95%;监测信息数量=120条           |
            an unknown key between          | 监测信息数量=120条;设备总数=6个;系统可用率=99.5%;群众满意度=95%                   | KPI-0121 KPI-0120
            one missing                     | 监测信息数量=120条;系统可用率=99.5%;群众满意度=95%                               | KPI-0120
            """)
    void pairedWhateverTheOrder(String name, String written, String codes, @TempDir Path dir) throws IOException {
        Map<String, String> actuals = new LinkedHashMap<>();
        StringBuilder yaml = new StringBuilder("""
                department: 测试网信办
                year: 2023
                projects:
                  - name: 监测项目
                    actuals:
                """);
        for (String pair : written.split(";")) {
            String[] kv = pair.split("=");
            actuals.put(kv[0], kv[1]);
            yaml.append("      \"").append(kv[0]).append("\": \"").append(kv[1]).append("\"\n");
        }
        DepartmentTargets t = TargetsLoader.load(Files.writeString(dir.resolve("targets.yaml"), TARGETS)).orThrow();
        DepartmentActuals a = ActualsLoader.load(Files.writeString(dir.resolve("actuals.yaml"), yaml)).orThrow();
        Pairing.Paired paired = Pairing.pair(t, a, false);
        assertThat(paired.findings()).extracting(Finding::code)
                .containsExactlyInAnyOrder(codes == null ? new String[0] : codes.split(" "));
        // the check on its own (a key index of its own) finds the same
        assertThat(Pairing.check(t, a, false)).isEqualTo(paired.findings());
        if (codes != null) {
            return;
        }
        // every actual under its indicator's key, with its own value
        Map<String, ActualEntry> aligned = paired.actuals().projects().get(0).actuals();
        assertThat(aligned.keySet()).containsExactlyInAnyOrder("监测信息数量", "设备数量（个/套）", "系统可用率", "群众满意度");
        assertThat(aligned.get("监测信息数量").text()).isEqualTo("120条");
        assertThat(aligned.get("设备数量（个/套）").text()).isEqualTo("6个");
        assertThat(aligned.get("群众满意度").text()).isEqualTo("95%");
        assertThat(Pairing.align(t, a)).isEqualTo(paired.actuals());
    }

    /**
     * 60 indicators and their actuals in a shuffled order, one key spelled with ASCII brackets and one unknown: past a
     * few passes of comparisons the key index makes its map, and every actual still finds its indicator.
     */
    @org.junit.jupiter.api.Test
    void aLargeTableInAnyOrder(@TempDir Path dir) throws IOException {
        StringBuilder targets = new StringBuilder("department: 测试网信办\nyear: 2023\nprojects:\n  - name: 监测项目\n"
                + "    indicators:\n");
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int n = 0; n < 60; n++) {
            String name = n == 30 ? "设备数量（个/套）" : "监测指标" + n;
            targets.append("      - {level1: 产出指标, level2: 数量指标, name: \"").append(name)
                    .append("\", target: ≥").append(n + 1).append("条}\n");
            lines.add("      \"" + (n == 30 ? "设备数量(个/套)" : name) + "\": \"" + (n + 2) + "条\"\n");
        }
        java.util.Collections.shuffle(lines, new java.util.Random(19));
        StringBuilder actuals = new StringBuilder("department: 测试网信办\nyear: 2023\nprojects:\n  - name: 监测项目\n"
                + "    actuals:\n");
        lines.forEach(actuals::append);
        DepartmentTargets t = TargetsLoader.load(Files.writeString(dir.resolve("targets.yaml"), targets)).orThrow();
        DepartmentActuals a = ActualsLoader.load(Files.writeString(dir.resolve("actuals.yaml"), actuals)).orThrow();
        Pairing.Paired paired = Pairing.pair(t, a, false);
        assertThat(paired.findings()).isEmpty();
        Map<String, ActualEntry> aligned = paired.actuals().projects().get(0).actuals();
        for (int n = 0; n < 60; n++) {
            String key = n == 30 ? "设备数量（个/套）" : "监测指标" + n;
            assertThat(aligned.get(key)).as(key).isNotNull();
            assertThat(aligned.get(key).text()).isEqualTo((n + 2) + "条");
        }
        // the same actuals with one key no indicator has: KPI-0121 for it, KPI-0120 for the indicator it left out
        String unknown = actuals.toString().replace("\"监测指标7\"", "\"监测指标七\"");
        DepartmentActuals b = ActualsLoader.load(Files.writeString(dir.resolve("actuals2.yaml"), unknown)).orThrow();
        assertThat(Pairing.pair(t, b, false).findings()).extracting(Finding::code)
                .containsExactlyInAnyOrder("KPI-0121", "KPI-0120");
    }
}
