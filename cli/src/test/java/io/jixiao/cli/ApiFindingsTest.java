package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.api.Input;
import io.jixiao.api.Jixiao;
import io.jixiao.api.Options;
import io.jixiao.api.Result;
import io.jixiao.api.Scenario;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API and the CLI report the same findings: for every bundled department (with its own profile and with the
 * two others), the findings of {@code score --format json} — the department's, every table's and the 部门整体支出绩效评价 sheet's, merged in
 * {@link Finding#ORDER} — are exactly {@code Jixiao.evaluate(...).findings()} and
 * {@code Scenario.of(...).score().findings()}: the same codes, messages, hints and locations, in the same order.
 */
class ApiFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AT = Pattern.compile("(.*):(\\d+):(\\d+)");

    static Stream<Arguments> departments() {
        List<Arguments> all = new ArrayList<>();
        for (String d : List.of("guangyang/2023", "kaiping/2025", "luancheng/2020", "shifeng/2023")) {
            for (String profile : new String[] {null, "hubei", "sichuan"}) {
                all.add(Arguments.of(d, profile));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("departments")
    void theApiReportsWhatScoreReports(String department, String profile) throws IOException {
        Path dir = Path.of("..", "indicators", department);
        Path targets = dir.resolve("targets.yaml");
        Path actuals = dir.resolve("actuals-example.yaml");
        List<String> args = new ArrayList<>(List.of("score", targets.toString(), "--actuals", actuals.toString(),
                "--format", "json"));
        if (profile != null) {
            args.addAll(List.of("--profile", profile));
        }
        Run cli = Run.of(args.toArray(String[]::new));
        assertThat(cli.code()).as(cli.err()).isZero();
        List<Finding> printed = findings(JSON.readTree(cli.out()));
        assertThat(printed).isNotEmpty();

        Options options = Options.defaults().profile(profile);
        Result api = Jixiao.evaluate(Input.file(targets), Input.file(actuals), options);
        assertThat(api.findings()).containsExactlyElementsOf(printed);
        assertThat(Scenario.of(targets, actuals, options).score().findings()).containsExactlyElementsOf(printed);
    }

    /** Every finding of a {@code score --format json} report, the department's and each table's, in one order. */
    private static List<Finding> findings(JsonNode report) {
        List<Finding> all = new ArrayList<>();
        report.path("findings").forEach(f -> all.add(finding(f)));
        report.path("overall").path("findings").forEach(f -> all.add(finding(f)));
        report.path("projects").forEach(p -> p.path("findings").forEach(f -> all.add(finding(f))));
        report.path("evaluation").path("findings").forEach(f -> all.add(finding(f)));
        all.sort(Finding.ORDER);
        return all;
    }

    private static Finding finding(JsonNode f) {
        return new Finding(Severity.valueOf(f.get("severity").asText().toUpperCase(Locale.ROOT)), f.get("code").asText(),
                f.get("message").asText(), f.get("hint").asText(), location(f.get("location").asText()));
    }

    /** {@code file:line:col} as printed, back into a location; a whole file is its name. */
    private static Location location(String printed) {
        Matcher m = AT.matcher(printed);
        if (m.matches()) {
            return new Location(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        return printed.equals("<input>") ? Location.UNKNOWN : Location.of(printed);
    }
}
