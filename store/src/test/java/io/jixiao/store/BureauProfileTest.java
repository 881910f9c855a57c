package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.api.Input;
import io.jixiao.api.Jixiao;
import io.jixiao.pipeline.Options;
import io.jixiao.value.Numbers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bureau's store scores every department with the bureau's profile (the import's {@code --profile}, else national),
 * never with one the department's targets name: that one is ignored with KPI-0329 at its {@code profile:} line and
 * never read — as {@code review} does (issue 13's trust boundary), on H2 and on PostgreSQL.
 */
class BureauProfileTest {

    static final String LUANCHENG = "中共石家庄市栾城区委网络安全和信息化委员会办公室";

    /**
     * 栾城 2020 whose targets name a lenient profile of their own: national's own text with the grade thresholds
     * lowered to 优 50, 良 40, 中 30, calling itself national. Read, it would make 栾城's 84.91 an 优.
     */
    static Path lenientDepartment() throws Exception {
        Path folder = Files.createTempDirectory("jixiao-own-profile").resolve("luancheng");
        Databases.copy(Databases.root().resolve("indicators/luancheng/2020"), Files.createDirectories(folder));
        Path targets = folder.resolve("targets.yaml");
        String text = Files.readString(targets, StandardCharsets.UTF_8);
        // line 7 is "year: 2020": the profile goes on line 8, its value at column 10 ("profile: " is 9 characters)
        assertThat(text.lines().toList().get(6)).isEqualTo("year: 2020");
        Files.writeString(targets, text.replace("\nyear: 2020\n", "\nyear: 2020\nprofile: lax.yaml\n"),
                StandardCharsets.UTF_8);
        String national = Files.readString(Databases.root().resolve("rules/profiles/national.yaml"),
                StandardCharsets.UTF_8);
        String lax = national.replace("grades: {优: 90, 良: 80, 中: 60}", "grades: {优: 50, 良: 40, 中: 30}");
        assertThat(lax).isNotEqualTo(national);
        Files.writeString(folder.resolve("lax.yaml"), lax, StandardCharsets.UTF_8);
        return folder;
    }

    /** The stored findings of a department-year: code, file name, line, column. */
    static List<Object[]> findings(Store s, String code) {
        // each department-year's findings are one document (schema version 9), in the pipeline's order
        return s.read(h -> h.createQuery("SELECT findings FROM department_year ORDER BY id").mapTo(String.class).list())
                .stream().flatMap(d -> Documents.readFindings(d).stream()).filter(f -> f.code().equals(code))
                .map(f -> new Object[] {f.code(), f.file(), f.line(), f.col()}).toList();
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aDepartmentsOwnProfileIsIgnoredWithKpi0329AndNationalScoresIt(Supplier<StoreLocation> db) throws Exception {
        Path folder = lenientDepartment();
        try (Store s = Store.open(db.get())) {
            Importer.Summary summary = new Importer(s, Options.defaults(), 1).run(List.of(folder), o -> { });

            Importer.Outcome o = summary.outcomes().get(0);
            assertThat(o.status()).isEqualTo(Importer.Status.ADDED);
            assertThat(o.findings()).extracting(f -> f.code(), f -> f.location().line(), f -> f.location().column())
                    .contains(tuple("KPI-0329", 8, 10));
            // national's grades: 84.91 is 良 (80 ≤ 84.91 < 90), as ImportTest stores the unchanged 栾城; under the
            // department's own thresholds (优 from 50) it would be 优
            Catalog.Entry e = new Catalog(s).list(2020).get(0);
            assertThat(e).extracting(Catalog.Entry::department, Catalog.Entry::profile, x -> Numbers.text(x.score()),
                    Catalog.Entry::grade).containsExactly(LUANCHENG, "national", "84.91", "良");
            List<Object[]> stored = findings(s, "KPI-0329");
            assertThat(stored).hasSize(1);
            assertThat((String) stored.get(0)[1]).endsWith("luancheng/targets.yaml");
            assertThat(stored.get(0)[2]).isEqualTo(8);
            assertThat(stored.get(0)[3]).isEqualTo(10);
            // the department's profile file is not kept either: the targets, actuals and progress files only
            assertThat(new Catalog(s).files(LUANCHENG, 2020)).extracting(StoredFile::name)
                    .containsExactly("targets.yaml", "actuals-example.yaml", "progress-example.yaml");
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void theBureausProfileGivenToTheImportScoresItAsReviewWithThatProfileDoes(Supplier<StoreLocation> db)
            throws Exception {
        Path folder = lenientDepartment();
        try (Store s = Store.open(db.get())) {
            Importer.Summary summary = new Importer(s, Options.defaults().profile("hubei"), 1)
                    .run(List.of(folder), o -> { });

            assertThat(summary.outcomes().get(0).findings()).extracting(f -> f.code())
                    .contains("KPI-0329");
            Catalog.Entry e = new Catalog(s).list(2020).get(0);
            assertThat(e.profile()).isEqualTo("hubei");
            // the same as the unchanged department's files scored with hubei: the targets' own line plays no part
            Path plain = Databases.root().resolve("indicators/luancheng/2020");
            var hubei = Jixiao.evaluate(Input.file(plain.resolve("targets.yaml")),
                    Input.file(plain.resolve("actuals-example.yaml")), io.jixiao.api.Options.defaults().profile("hubei"));
            assertThat(Writer.n(e.score())).isEqualByComparingTo(Writer.n(hubei.score()));
            assertThat(e.grade()).isEqualTo(hubei.grade());
            assertThat(findings(s, "KPI-0329")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aProfileOutsideTheFolderIsNeverReadAndTheImportStillScores(Supplier<StoreLocation> db) throws Exception {
        Path folder = lenientDepartment();
        Path targets = folder.resolve("targets.yaml");
        // a path that does not exist: read, it would be an error (KPI-013x) and the import would fail
        Files.writeString(targets, Files.readString(targets, StandardCharsets.UTF_8)
                .replace("profile: lax.yaml", "profile: /nonexistent/bureau-lax.yaml"), StandardCharsets.UTF_8);
        try (Store s = Store.open(db.get())) {
            Importer.Outcome o = new Importer(s, Options.defaults(), 1).run(List.of(folder), x -> { }).outcomes()
                    .get(0);
            assertThat(o.status()).isEqualTo(Importer.Status.ADDED);
            assertThat(o.findings()).extracting(f -> f.code()).contains("KPI-0329")
                    .noneMatch(c -> c.startsWith("KPI-013"));
            assertThat(new Catalog(s).list(2020).get(0).grade()).isEqualTo("良");
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void anActualsFileThatLinksOutOfTheFolderIsKpi0137NotReadAndNothingIsStored(Supplier<StoreLocation> db)
            throws Exception {
        Path folder = lenientDepartment();
        Path outside = Files.createTempDirectory("jixiao-outside").resolve("secret.yaml");
        Files.writeString(outside, "canary-f1d0: the bureau's own file\n", StandardCharsets.UTF_8);
        Path actuals = folder.resolve("actuals-example.yaml");
        Files.delete(actuals);
        Files.createSymbolicLink(actuals, outside);
        try (Store s = Store.open(db.get())) {
            Importer.Outcome o = new Importer(s, Options.defaults(), 1).run(List.of(folder), x -> { }).outcomes()
                    .get(0);

            assertThat(o.status()).isEqualTo(Importer.Status.FAILED);
            assertThat(o.findings()).extracting(f -> f.code(), f -> f.location().file())
                    .containsExactly(tuple("KPI-0137", actuals.toString()));
            assertThat(o.findings().get(0).render()).doesNotContain("canary-f1d0");
            assertThat(new Catalog(s).list(null)).isEmpty();
        }
    }
}
