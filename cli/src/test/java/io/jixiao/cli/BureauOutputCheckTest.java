package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which error a bureau's run gives when several apply (`review DIR`, `monitor DIR`): the folder first (KPI-0324 not a
 * folder, KPI-0323 no department), then the output file once every department's files are known (KPI-0143 a folder,
 * KPI-0142 one of the inputs, KPI-0140 an existing file without --force), then the --profile override (KPI-0130) —
 * whatever order the work starts in (the walk hands departments to the workers as it finds them). One case per
 * combination; the output file is never written.
 */
class BureauOutputCheckTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} {1} -o {2} {3} → {4}")
    @CsvSource(delimiter = '|', value = {
        // command | folder   | -o                               | more          | code
        "review    | nosuch   | exists.json                      |               | KPI-0324",
        "review    | empty    | exists.json                      |               | KPI-0323",
        "monitor   | empty    | exists.json                      |               | KPI-0323",
        "review    | empty    | outdir                           |               | KPI-0323",
        "review    | bureau   | outdir                           |               | KPI-0143",
        "monitor   | bureau   | outdir                           | --force       | KPI-0143",
        "review    | bureau   | bureau/a/targets.yaml            |               | KPI-0142",
        "review    | bureau   | bureau/a/actuals.yaml            | --force       | KPI-0142",
        "monitor   | bureau   | bureau/a/progress.yaml           |               | KPI-0142",
        "monitor   | bureau   | bureau/a/targets.yaml            | --force       | KPI-0142",
        "review    | bureau   | exists.json                      |               | KPI-0140",
        "monitor   | bureau   | exists.json                      |               | KPI-0140",
        "review    | bureau   | exists.json                      | --profile=nosuch | KPI-0140",
        "review    | bureau   | new.json                         | --profile=nosuch | KPI-0130",
        "monitor   | bureau   | new.json                         | --profile=nosuch | KPI-0130",
    })
    void theFirstProblemIsReportedAndNothingIsWritten(String command, String folder, String output, String more,
                                                      String code) throws IOException {
        Path bureau = tmp.resolve("bureau");
        Path seed = io.jixiao.workbook.Seeds.targetsFile("guangyang/2023").getParent();
        for (String d : List.of("a", "b")) {
            Path dir = Files.createDirectories(bureau.resolve(d));
            Files.copy(seed.resolve("targets.yaml"), dir.resolve("targets.yaml"));
            Files.copy(seed.resolve("actuals-example.yaml"), dir.resolve("actuals.yaml"));
            Files.copy(seed.resolve("progress-example.yaml"), dir.resolve("progress.yaml"));
        }
        Files.createDirectories(tmp.resolve("empty"));
        Files.createDirectories(tmp.resolve("outdir"));
        Files.writeString(tmp.resolve("exists.json"), "kept\n");
        Path out = tmp.resolve(output);
        byte[] before = Files.isRegularFile(out) ? Files.readAllBytes(out) : null;
        List<String> args = new ArrayList<>(List.of(command, tmp.resolve(folder).toString(), "-o", out.toString()));
        if (more != null) {
            args.add(more);
        }
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).as(r.err()).contains(code);
        if (before != null) {
            assertThat(Files.readAllBytes(out)).isEqualTo(before);
        } else if (!Files.isDirectory(out)) {
            assertThat(out).doesNotExist();
        }
    }
}
