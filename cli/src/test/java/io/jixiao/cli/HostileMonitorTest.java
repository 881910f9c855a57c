package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.load.InputFiles;
import io.jixiao.profile.ProfileLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bureau's {@code monitor DIR} trusts its departments as little as its {@code review DIR} (issues 13 and 16): a
 * department's own {@code profile:} is never read (every department by the bureau's, KPI-0329 counted among its
 * warnings), and a targets or progress file that links out of the department's folder is refused (KPI-0137) — no
 * file outside the bureau's folder is read (every read passes the one reader of input files, watched here).
 */
class HostileMonitorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GUANGYANG = Path.of("../indicators/guangyang/2023");

    @TempDir
    Path tmp;

    private final List<Path> read = new CopyOnWriteArrayList<>();
    private AutoCloseable watch;

    @AfterEach
    void stopWatching() throws Exception {
        if (watch != null) {
            watch.close();
        }
    }

    @Test
    void noDepartmentIsMonitoredByItsOwnProfileAndNothingOutsideIsRead() throws Exception {
        Path bureau = Files.createDirectories(tmp.resolve("bureau"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        String targets = Files.readString(GUANGYANG.resolve("targets.yaml"));
        String progress = Files.readString(GUANGYANG.resolve("progress-example.yaml"));
        String national;
        try (var in = ProfileLoader.class.getResourceAsStream("/rules/profiles/national.yaml")) {
            national = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(targets).contains("\nyear: 2023\n");
        // a profile of the department's own that would grade guangyang's projected 91.03 差 (national: 优)
        String lax = national.replace("grades: {优: 90, 良: 80, 中: 60}", "grades: {优: 99, 良: 98, 中: 97}");
        assertThat(lax).isNotEqualTo(national);
        Path outsideTargets = Files.writeString(outside.resolve("targets.yaml"), targets);
        Path outsideProgress = Files.writeString(outside.resolve("progress.yaml"), progress);
        Path outsideProfile = Files.writeString(outside.resolve("lax.yaml"), lax);

        department(bureau, "good", targets, progress);
        department(bureau, "lax-profile", targets.replace("\nyear: 2023\n", "\nyear: 2023\nprofile: lax.yaml\n"),
                progress);
        Files.writeString(bureau.resolve("lax-profile/lax.yaml"), lax);
        department(bureau, "profile-outside", targets.replace("\nyear: 2023\n", "\nyear: 2023\nprofile: "
                + outsideProfile + "\n"), progress);
        department(bureau, "targets-link-out", null, progress);
        Files.createSymbolicLink(bureau.resolve("targets-link-out/targets.yaml"), outsideTargets);
        department(bureau, "progress-link-out", targets, null);
        Files.createSymbolicLink(bureau.resolve("progress-link-out/progress-example.yaml"), outsideProgress);

        watch = InputFiles.watch(read::add); // every file the run reads, from now on
        Run r = Run.of("monitor", bureau.toString(), "--format", "json");
        JsonNode report = JSON.readTree(r.out());

        assertThat(r.err()).doesNotContain("\tat ", "Exception");
        assertThat(report.get("profile").asText()).isEqualTo("national");
        assertThat(report.get("departments").asInt()).isEqualTo(5);
        // the two links out fail with KPI-0137, the others are monitored
        assertThat(failedCodes(report, "targets-link-out")).contains("KPI-0137");
        assertThat(failedCodes(report, "progress-link-out")).contains("KPI-0137");
        assertThat(report.get("monitored").asInt()).isEqualTo(3);
        JsonNode good = ranked(report, "good");
        for (String folder : List.of("lax-profile", "profile-outside")) {
            JsonNode d = ranked(report, folder);
            // by national, as the good one: the same projection, its grade national's, one warning more (KPI-0329)
            assertThat(d.get("profile").asText()).as(folder).isEqualTo("national");
            assertThat(d.get("projectedScore").decimalValue()).as(folder)
                    .isEqualByComparingTo(good.get("projectedScore").decimalValue());
            assertThat(d.get("projectedGrade").asText()).as(folder).isEqualTo(ProfileLoader.load("national", null)
                    .grade(new BigDecimal(d.get("projectedScore").asText()))).isEqualTo("优");
            assertThat(d.get("warnings").asInt()).as(folder).isEqualTo(good.get("warnings").asInt() + 1);
        }
        Path real = bureau.toRealPath();
        assertThat(read).isNotEmpty();
        assertThat(read).allSatisfy(p -> assertThat(InputFiles.inside(p, real)).as("read %s", p).isTrue());
    }

    private static void department(Path bureau, String folder, String targets, String progress) throws IOException {
        Path d = Files.createDirectories(bureau.resolve(folder));
        if (targets != null) {
            Files.writeString(d.resolve("targets.yaml"), targets);
        }
        if (progress != null) {
            Files.writeString(d.resolve("progress-example.yaml"), progress);
        }
    }

    private static List<String> failedCodes(JsonNode report, String folder) {
        for (JsonNode d : report.get("failedDepartments")) {
            if (d.get("folder").asText().equals(folder)) {
                List<String> codes = new java.util.ArrayList<>();
                d.get("errors").forEach(e -> codes.add(e.get("code").asText()));
                return codes;
            }
        }
        throw new AssertionError("not failed: " + folder + " in " + report);
    }

    private static JsonNode ranked(JsonNode report, String folder) {
        for (JsonNode d : report.get("ranking")) {
            if (d.get("folder").asText().equals(folder)) {
                return d;
            }
        }
        throw new AssertionError("not ranked: " + folder + " in " + report);
    }
}
