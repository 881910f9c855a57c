package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.scoring.TestDepartment;
import io.jixiao.value.Numbers;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bundled department's illustrative progress at month 6 (indicators/*&#47;*&#47;progress-example.yaml) is monitored
 * without errors, with its own profile: the projected score, its grade and the tables by light — each department's
 * first table worked by hand below.
 */
class BundledProgressTest {

    static Monitored monitor(String folder) {
        Path dir = TestDepartment.seed(folder);
        return new Pipeline(Options.defaults()).monitor(Source.file(dir.resolve("targets.yaml")),
                Source.file(dir.resolve("progress-example.yaml")));
    }

    @ParameterizedTest(name = "{0}: projected {1} {2}, red {3} yellow {4} green {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # folder        | projected | grade | red | yellow | green
            # the department's projected score as scoring prints it (2-place 分值 and 得分, docs/scoring.md#arithmetic)
            guangyang/2023  | 91.03     | 优    | 3   | 0      | 0
            kaiping/2025    | 95.67     | 优    | 2   | 0      | 1
            luancheng/2020  | 85.39     | 良    | 4   | 2      | 3
            shifeng/2023    | 95.69     | 优    | 2   | 1      | 0
            """)
    void everyBundledDepartmentIsMonitored(String folder, String projected, String grade, int red, int yellow,
                                           int green) {
        Monitored m = monitor(folder);
        assertThat(m.errors()).isEmpty();
        DepartmentMonitoring d = m.monitoring();
        assertThat(d.month()).isEqualTo(6);
        assertThat(Numbers.round(d.projected().score())).isEqualByComparingTo(projected);
        assertThat(d.projected().grade()).isEqualTo(grade);
        assertThat(d.lights()).containsEntry(Light.RED, red).containsEntry(Light.YELLOW, yellow)
                .containsEntry(Light.GREEN, green);
    }

    @ParameterizedTest(name = "{0} / {1}: 预算执行率 {2}%, pace {3}% → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # folder       | table                        | rate   | pace  | budget light
            # 118.6 × 100 / 259.25 = 45.747…; pace 6/12 = 50; 4.25 behind → green
            guangyang/2023 | 部门整体                     | 45.75  | 50.00 | GREEN
            # 6.2 × 100 / 20 = 31; 19 behind → yellow
            guangyang/2023 | 网络安全监测项目经费         | 31.00  | 50.00 | YELLOW
            # 15.3 × 100 / 56 = 27.321…; 22.68 behind → red
            guangyang/2023 | 政务网络平台项目经费         | 27.32  | 50.00 | RED
            # the 资金支出计划's 6月底 50%: 4.6 × 100 / 10 = 46; 4 behind → green
            kaiping/2025   | 本级网络安全工作经费         | 46.00  | 50.00 | GREEN
            # 3.2 × 100 / 12 (调整后预算数 12) = 26.666…; 23.33 behind → red
            kaiping/2025   | 本级网络宣传和信息化工作经费 | 26.67  | 50.00 | RED
            # 16 × 100 / 40 = 40; exactly 10 behind → green
            luancheng/2020 | 网络安全监测预警体系建设和工作经费 | 40.00 | 50.00 | GREEN
            # 7.8 × 100 / 20 = 39; 11 behind → yellow
            luancheng/2020 | 网络设备维护                 | 39.00  | 50.00 | YELLOW
            # 0 of 10: 50 behind → red
            shifeng/2023   | 网络安全应急实战演练工作经费 | 0.00   | 50.00 | RED
            """)
    void budgetLightsWorkedByHand(String folder, String table, String rate, String pace, Light light) {
        TableMonitoring t = monitor(folder).monitoring().tables().stream().filter(x -> x.name().equals(table))
                .findFirst().orElseThrow();
        assertThat(Numbers.round(t.executionRate())).isEqualByComparingTo(rate);
        assertThat(Numbers.round(t.pace())).isEqualByComparingTo(pace);
        assertThat(t.budgetLight()).isEqualTo(light);
    }
}
