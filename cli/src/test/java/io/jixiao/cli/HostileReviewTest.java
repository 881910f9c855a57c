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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finance bureau's review of a folder seeded with the hostile departments of issue 13 (and every department of the
 * bad-input corpus that a review can meet): the report is complete, every hostile department is flagged — failed
 * with its coded error, or ranked with a 复核 finding that says what is suspect — none is ranked by a profile of
 * its own, and no file outside the folder is read: every read passes the one reader of input files (watched here),
 * and two canary files outside the folder, which departments point at, keep their access time.
 */
class HostileReviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path bureau;
    private Path outside;
    private final List<Path> read = new CopyOnWriteArrayList<>();
    private AutoCloseable watch;
    private CaseSetup deep;

    /** What each hostile department must be reported with: its folder → the code (failed or flagged). */
    private final Map<String, String> expected = new LinkedHashMap<>();

    @AfterEach
    void stopWatching() throws Exception {
        if (watch != null) {
            watch.close();
        }
        if (deep != null) {
            deep.cleanUp();
        }
    }

    @Test
    void everyHostileDepartmentIsFlaggedNoneByItsOwnProfileAndNothingOutsideIsRead() throws Exception {
        bureau = Files.createDirectories(tmp.resolve("bureau"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Path base = Path.of(BadInputManifestTest.class.getResource("/bad-input/base/targets.yaml").toURI()).getParent();
        String targets = Files.readString(base.resolve("targets.yaml"));
        String actuals = Files.readString(base.resolve("actuals.yaml"));
        Path canary = canary("canary-targets.yaml", targets);
        String national;
        try (var in = ProfileLoader.class.getResourceAsStream("/rules/profiles/national.yaml")) {
            national = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path canaryProfile = canary("canary-profile.yaml", national);
        boolean atime = atimeWorks();

        department("good", targets, actuals, null);
        // its own profile calls itself national and grades 54 as 优: ignored, the bureau's national applies
        department("lax-profile", targets.replace("year: 2023", "year: 2023\nprofile: lax.yaml"),
                actuals.replace("数量: 100条", "数量: 10条").replace("覆盖率: 96%", "覆盖率: 20%")
                        .replace("效果: 达成", "效果: 未达成").replace("满意度: 92%", "满意度: 30%"), "KPI-0329");
        Files.writeString(bureau.resolve("lax-profile/lax.yaml"), national.replace("grades: {优: 90, 良: 80, 中: 60}", "grades: {优: 50, 良: 40, 中: 30}"));
        department("profile-outside", targets.replace("year: 2023", "year: 2023\nprofile: " + canaryProfile), actuals,
                "KPI-0329");
        department("targets-link-out", null, actuals, "KPI-0137");
        Files.createSymbolicLink(bureau.resolve("targets-link-out/targets.yaml"), canary);
        department("actuals-link-to-good", targets, null, "KPI-0137");
        Files.createSymbolicLink(bureau.resolve("actuals-link-to-good/actuals.yaml"),
                bureau.resolve("good/actuals.yaml"));
        department("negative-count", targets, actuals.replace("数量: 100条", "数量: -50条"), "KPI-0138");
        department("negative-self-score", targets, actuals.replace("selfScores: {次数: 25}", "selfScores: {次数: -5}"),
                "KPI-0116");
        department("budget-zero-spent", targets.replace("budget: 20", "budget: 0"), actuals, "KPI-0144");
        department("spent-in-yuan", targets, actuals.replace("spent: 19", "spent: 190000"), "KPI-0139");
        department("floor-above-target", targets.replace("deduction: \"每减少10条，扣减数量分值的10%\"",
                "deduction: {per: 10, unit: 条, deduct: 10%, zeroBelow: 200%}"), actuals, "KPI-0153");
        department("deducts-nothing", targets.replace("扣减数量分值的10%", "扣减数量分值的0%"), actuals, "KPI-0152");
        department("seven-megabytes", targets, actuals.replace("效果: 达成", "效果: \"" + "1".repeat(7_000_000) + "\""),
                "KPI-0136");
        department("partial-at-80", targets, actuals.replace("部分达成 75%", "部分达成 80%"), "KPI-0304");
        workbook("workbook-fraction", targets, actuals, "cell 部门整体!E8 number 0.96", "KPI-0128");
        workbook("workbook-formula", targets, actuals, "cell 部门整体!E7 formula 50*2", "KPI-0188");
        workbook("workbook-inserted-row", targets, actuals, "insert-row 项目A 11 产出指标|数量指标|新增培训人次|≥200人次|260",
                "KPI-0187");
        workbook("workbook-yuan-for-wan", targets, actuals, "cell 部门整体!E9 number 196000", "KPI-0139");
        // a folder nested past PATH_MAX: no process can list it, root included
        deep = new CaseSetup(bureau, s -> s);
        deep.before(List.of("longpath long"));
        expected.put("long", "KPI-0331");

        watch = InputFiles.watch(read::add); // every file the review reads, from now on
        Run r = Run.of("review", bureau.toString(), "--format", "json");
        JsonNode report = JSON.readTree(r.out());

        assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
        // complete: every department folder is in the report, ranked or failed
        assertThat(report.get("departments").asInt()).isEqualTo(expected.size() + 1);
        assertThat(report.get("scored").asInt() + report.get("failed").asInt()).isEqualTo(expected.size() + 1);
        assertThat(report.get("profile").asText()).isEqualTo("national");
        Map<String, List<String>> codes = codesByFolder(report);
        assertThat(codes.get("good")).as("the good department is not flagged").isEmpty();
        expected.forEach((folder, code) -> assertThat(codes.entrySet().stream()
                .filter(e -> e.getKey().equals(folder) || e.getKey().startsWith(folder + "/"))
                .flatMap(e -> e.getValue().stream())).as("%s flagged with %s: %s", folder, code, codes).contains(code));
        // none ranked by its own profile: each by national, its grade national's for its score
        for (JsonNode d : report.get("ranking")) {
            assertThat(d.get("profile").asText()).isEqualTo("national");
            assertThat(d.get("grade").asText()).isEqualTo(ProfileLoader.load("national", null)
                    .grade(new BigDecimal(d.get("score").asText())));
        }
        JsonNode lax = ranked(report, "lax-profile");
        assertThat(lax.get("score").decimalValue()).isLessThan(new BigDecimal("60"));
        assertThat(lax.get("grade").asText()).isEqualTo("差");
        // nothing outside the folder was read
        Path real = bureau.toRealPath();
        assertThat(read).isNotEmpty();
        assertThat(read).allSatisfy(p -> assertThat(InputFiles.inside(p, real)).as("read %s", p).isTrue());
        if (atime) {
            assertThat(atime(canary)).isEqualTo(FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
            assertThat(atime(canaryProfile))
                    .isEqualTo(FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        }
        assertThat(r.out() + r.err()).doesNotContain("root:x:0:0", "好好好好好好好好", "1111111111111111111111111111111111");
    }

    /** Whether the access time of a file read here moves (relatime moves it when it is older than the change time). */
    private boolean atimeWorks() throws IOException {
        Path probe = canary("probe.txt", "probe");
        Files.readAllBytes(probe);
        // where it does not (noatime), the watcher alone proves it; the canaries add the file system's own word
        return !atime(probe).equals(FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
    }

    private static FileTime atime(Path p) throws IOException {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).lastAccessTime();
    }

    /** A file outside the bureau's folder whose access time is set far back: a read would move it. */
    private Path canary(String name, String text) throws IOException {
        Path p = Files.writeString(outside.resolve(name), text);
        Files.setAttribute(p, "lastAccessTime", FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        return p;
    }

    private void department(String folder, String targets, String actuals, String code) throws IOException {
        Path d = Files.createDirectories(bureau.resolve(folder));
        if (targets != null) {
            Files.writeString(d.resolve("targets.yaml"), targets);
        }
        if (actuals != null) {
            Files.writeString(d.resolve("actuals.yaml"), actuals);
        }
        if (code != null) {
            expected.put(folder, code);
        }
    }

    /** A department whose actuals are the template filled in and then broken by {@code edit} (CaseSetup's words). */
    private void workbook(String folder, String targets, String actuals, String edit, String code) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work-" + folder));
        Files.writeString(work.resolve("targets.yaml"), targets);
        Files.writeString(work.resolve("actuals.yaml"), actuals);
        new CaseSetup(work, s -> s).before(List.of("workbook actuals.xlsx", edit, "save"));
        Path d = Files.createDirectories(bureau.resolve(folder));
        Files.writeString(d.resolve("targets.yaml"), targets);
        Files.copy(work.resolve("actuals.xlsx"), d.resolve("actuals.xlsx"));
        expected.put(folder, code);
    }

    /** Every code a folder is reported with: its errors when it failed, its 复核 findings when it was ranked. */
    private static Map<String, List<String>> codesByFolder(JsonNode report) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (JsonNode d : report.get("ranking")) {
            codes.put(d.get("folder").asText(), new ArrayList<>());
        }
        for (JsonNode f : report.get("findings")) {
            codes.computeIfAbsent(f.get("folder").asText(), k -> new ArrayList<>()).add(f.get("code").asText());
        }
        for (JsonNode d : report.get("failedDepartments")) {
            List<String> c = codes.computeIfAbsent(d.get("folder").asText(), k -> new ArrayList<>());
            d.get("errors").forEach(e -> c.add(e.get("code").asText()));
        }
        return codes;
    }

    private static JsonNode ranked(JsonNode report, String folder) {
        for (JsonNode d : report.get("ranking")) {
            if (d.get("folder").asText().equals(folder)) {
                return d;
            }
        }
        throw new AssertionError("not ranked: " + folder);
    }
}
