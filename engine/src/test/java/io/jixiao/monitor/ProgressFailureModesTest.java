package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One progress fixture per way a progress file can go wrong (fixtures/progress/NAME.yaml, named after the failure),
 * monitored against fixtures/progress/targets.yaml through the pipeline: the finding has the expected code, severity,
 * line and column, names the offending value and ends with a hint — errors stop the monitoring (exit 1 in the CLI),
 * warnings do not.
 */
class ProgressFailureModesTest {

    private static final Path DIR = Path.of("src/test/resources/fixtures/progress");

    static Stream<Arguments> failureModes() {
        return Stream.of(
                // the month: 1–12, read as 6, 6月, 6月底, 上半年 …
                arguments("month-outside-1-12.yaml", "KPI-0601", Severity.ERROR, 3, 8, "'13'"),
                arguments("month-zero.yaml", "KPI-0601", Severity.ERROR, 3, 8, "'0'"),
                arguments("month-not-a-month.yaml", "KPI-0601", Severity.ERROR, 3, 8, "'年初'"),
                arguments("month-missing.yaml", "KPI-0103", Severity.ERROR, 1, 1, "'month'"),
                // 完成目标可能性: one of the form's words, listed in the message
                arguments("likelihood-not-in-the-list.yaml", "KPI-0602", Severity.ERROR, 8, 43,
                        "'不可能' of '培训人次' is not one of: 确定能, 有可能, 完全不可能"),
                // pairing, as for actuals
                arguments("unknown-indicator.yaml", "KPI-0121", Severity.ERROR, 9, 7, "'培训场次'"),
                arguments("unknown-project.yaml", "KPI-0122", Severity.ERROR, 9, 5, "'宣传项目'"),
                arguments("department-mismatch.yaml", "KPI-0604", Severity.ERROR, 1, 13, "'测试处'"),
                arguments("year-mismatch.yaml", "KPI-0605", Severity.ERROR, 2, 7, "year 2023"),
                arguments("table-without-progress.yaml", "KPI-0606", Severity.ERROR, 3, 8, "'培训项目'"),
                // the money spent to date
                arguments("spent-missing.yaml", "KPI-0607", Severity.ERROR, 5, 5, "'培训项目'"),
                arguments("spent-not-an-amount.yaml", "KPI-0116", Severity.ERROR, 6, 18, "'五十万'"),
                arguments("spent-above-budget.yaml", "KPI-0625", Severity.WARNING, 6, 18, "spentToDate 120万元"),
                // values: the value grammar, units, and the year-end method
                arguments("value-not-readable.yaml", "KPI-0109", Severity.ERROR, 8, 23, "'12..5人次'"),
                arguments("unit-does-not-convert.yaml", "KPI-0110", Severity.ERROR, 8, 24, "'30分钟'"),
                arguments("forecast-unscorable.yaml", "KPI-0303", Severity.ERROR, 9, 23, "稳步推进"),
                // the shape of a line
                arguments("line-not-a-mapping.yaml", "KPI-0104", Severity.ERROR, 8, 13, "a mapping"),
                arguments("unknown-key.yaml", "KPI-0102", Severity.ERROR, 8, 14, "'forcast'"));
    }

    @ParameterizedTest(name = "{0} → {1} at {3}:{4}")
    @MethodSource("failureModes")
    void eachFailureModeIsALocatedCodedFinding(String fixture, String code, Severity severity, int line, int column,
                                               String names) {
        Monitored m = new Pipeline(Options.defaults()).monitor(Source.file(DIR.resolve("targets.yaml")),
                Source.file(DIR.resolve(fixture)));
        Finding f = m.findings().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(fixture + ": no " + code + " in " + m.findings()));
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.location().file()).as(f.render()).endsWith(fixture);
        assertThat(f.location().line()).as(f.render()).isEqualTo(line);
        assertThat(f.location().column()).as(f.render()).isEqualTo(column);
        assertThat(f.message()).contains(names);
        assertThat(f.hint()).startsWith("Maybe");
        assertThat(m.ok()).isEqualTo(severity != Severity.ERROR);
    }
}
