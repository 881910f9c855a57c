package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.api.Input;
import io.jixiao.api.Jixiao;
import io.jixiao.api.Result;
import io.jixiao.pipeline.Options;
import io.jixiao.problem.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** store import, list, export and history of the bundled departments, on H2 and on PostgreSQL. */
class ImportTest {

    static final String GUANGYANG = "中共廊坊市广阳区委网络安全和信息化委员会办公室";

    static Importer.Summary importAll(Store s, Path... paths) {
        return new Importer(s, Options.defaults(), 2).run(List.of(paths), o -> { });
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void theBundledDepartmentsImportOnceAndAgainChangeNothing(Supplier<StoreLocation> db) {
        Path indicators = Databases.bundled();
        try (Store s = Store.open(db.get())) {
            Importer.Summary first = importAll(s, indicators);
            assertThat(first.outcomes()).extracting(Importer.Outcome::department, Importer.Outcome::year,
                    Importer.Outcome::status).containsExactly(
                    tuple(GUANGYANG, 2023, Importer.Status.ADDED), tuple(GUANGYANG, 2024, Importer.Status.ADDED),
                    tuple("中共唐山市开平区委网络安全和信息化委员会办公室", 2025, Importer.Status.ADDED),
                    tuple("中共石家庄市栾城区委网络安全和信息化委员会办公室", 2020, Importer.Status.ADDED),
                    tuple("中共株洲市石峰区委网络安全和信息化委员会办公室", 2023, Importer.Status.ADDED));
            Importer.Summary again = importAll(s, indicators);
            assertThat(again.outcomes()).extracting(Importer.Outcome::status).containsOnly(Importer.Status.UNCHANGED);
            List<Catalog.Entry> list = new Catalog(s).list(null);
            // the scores score gives these departments (worked in engine's SeedProjectsWorkedExampleTest and
            // ReviewSeedsTest: 分值 as 2-place shares, so shifeng 91.59 and luancheng 84.91)
            assertThat(list).extracting(Catalog.Entry::department, Catalog.Entry::year, Catalog.Entry::revision,
                    e -> e.score() == null ? null : io.jixiao.value.Numbers.text(e.score()), Catalog.Entry::grade)
                    .containsExactly(
                            tuple("中共唐山市开平区委网络安全和信息化委员会办公室", 2025, 1, "96.70", "优"),
                            tuple(GUANGYANG, 2023, 1, "90.78", "优"), tuple(GUANGYANG, 2024, 1, "98.73", "优"),
                            tuple("中共株洲市石峰区委网络安全和信息化委员会办公室", 2023, 1, "91.59", "优"),
                            tuple("中共石家庄市栾城区委网络安全和信息化委员会办公室", 2020, 1, "84.91", "良"));
            assertThat(new Catalog(s).list(2024)).extracting(Catalog.Entry::department).containsExactly(GUANGYANG);
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void exportGivesTheFilesBackByteForByteAndTheyScoreAsStored(Supplier<StoreLocation> db) throws Exception {
        Path indicators = Databases.bundled();
        Path out = Files.createTempDirectory("jixiao-export");
        try (Store s = Store.open(db.get())) {
            importAll(s, indicators);
            Catalog c = new Catalog(s);
            for (Catalog.Entry e : c.list(null)) {
                Path dir = out.resolve(e.department() + "-" + e.year());
                List<Path> written = c.export(e.department(), e.year(), dir, false);
                Path origin = Path.of(e.origin()); // the folder imported, as given (absolute here)
                for (Path w : written) {
                    assertThat(Files.readAllBytes(w)).as(w.toString())
                            .isEqualTo(Files.readAllBytes(origin.resolve(w.getFileName())));
                }
                // the score can be reproduced from the stored files, through the one pipeline
                Result again = Jixiao.evaluate(Input.bytes("targets.yaml", Files.readAllBytes(dir.resolve("targets.yaml"))),
                        Input.bytes("actuals-example.yaml", Files.readAllBytes(dir.resolve("actuals-example.yaml"))));
                assertThat(Writer.n(again.score())).isEqualByComparingTo(Writer.n(e.score()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void badFilesLeaveTheDepartmentYearAsItWasAndNewFilesReplaceIt(Supplier<StoreLocation> db) throws Exception {
        Path indicators = Databases.bundled();
        Path guangyang2024 = indicators.resolve("guangyang/2024");
        try (Store s = Store.open(db.get())) {
            importAll(s, indicators);
            Path actuals = guangyang2024.resolve("actuals-example.yaml");
            String good = Files.readString(actuals, StandardCharsets.UTF_8);
            Files.writeString(actuals, good.replace("\"230人次\"", "\"2..30人次\""), StandardCharsets.UTF_8);

            Importer.Summary bad = importAll(s, guangyang2024);

            Importer.Outcome o = bad.outcomes().get(0);
            assertThat(o.status()).isEqualTo(Importer.Status.FAILED);
            assertThat(o.findings()).extracting(Finding::code).contains("KPI-0109");
            Finding f = o.findings().stream().filter(x -> x.code().equals("KPI-0109")).findFirst().orElseThrow();
            assertThat(f.location().file()).endsWith("guangyang/2024/actuals-example.yaml");
            assertThat(f.location().line()).isEqualTo(18);
            Catalog.Entry kept = new Catalog(s).list(2024).get(0);
            assertThat(kept.revision()).isEqualTo(1);
            assertThat(io.jixiao.value.Numbers.text(kept.score())).isEqualTo("98.73");

            // 200人次 of ≥200人次 instead of 230: still met; a different file, so a new revision
            Files.writeString(actuals, good.replace("\"230人次\"", "\"200人次\""), StandardCharsets.UTF_8);
            Importer.Summary replaced = importAll(s, guangyang2024);
            assertThat(replaced.outcomes()).extracting(Importer.Outcome::status, Importer.Outcome::revision)
                    .containsExactly(tuple(Importer.Status.REPLACED, 2));
            assertThat(new Catalog(s).files(GUANGYANG, 2024).get(1).content())
                    .isEqualTo(Files.readAllBytes(actuals));
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void historyOfGuangyangShowsTheLoweredTargetsAndIsTheSameBytesEveryTime(Supplier<StoreLocation> db) {
        try (Store s = Store.open(db.get())) {
            importAll(s, Databases.bundled());
            History h = new HistoryReader(s).history("广阳");
            assertThat(h.years()).extracting(History.Year::year, y -> io.jixiao.value.Numbers.text(y.score()))
                    .containsExactly(tuple(2023, "90.78"), tuple(2024, "98.73"));
            assertThat(h.changes()).extracting(History.Change::table, History.Change::indicator, History.Change::kind,
                    History.Change::from, History.Change::to).contains(
                    // ≥1.8万条 is 18000条 < 20000条: lowered, and below 2023's 19950条
                    tuple("部门整体", "全年监测舆情信息数量", "target-lowered", "≥2万条", "≥1.8万条"),
                    tuple("部门整体", "全年监测舆情信息数量", "target-below-last-actual", "19950条", "≥1.8万条"),
                    // a 成本指标 reads ≤: 220000元 = 22万元 > 20万元 asks less
                    tuple("部门整体", "舆情监测费用", "target-lowered", "≤20万元", "≤220000元"),
                    tuple("部门整体", "网络安全培训人次", "added", null, "≥200人次"),
                    tuple("部门整体", "改善广阳区政务网络服务质量", "dropped", "有效改善", null),
                    tuple("政务网络平台项目经费", "维护数量", "target-lowered", "≥90个", "≥85个"));
            // ≤0.5小时 is ≤30分钟: the same target in other units; ≥2万条 and ≥20000条 alike
            assertThat(h.changes()).noneMatch(c -> c.indicator().equals("故障后响应时间"))
                    .noneMatch(c -> c.kind().equals("target-lowered") && c.table().equals("网络安全监测项目经费"));
            String json = HistoryReport.json(h);
            assertThat(HistoryReport.json(new HistoryReader(s).history(GUANGYANG))).isEqualTo(json);
            assertThat(json).startsWith("{\n  \"department\" : \"" + GUANGYANG + "\",\n  \"years\" : [ {\n    \"year\" : 2023,\n"
                    + "    \"score\" : 90.78,\n    \"grade\" : \"优\",\n    \"tables\" : [ {\n      \"name\" : \"部门整体\",\n");
            assertThat(json).contains("{\n    \"year\" : 2024,\n    \"table\" : \"部门整体\",\n    \"indicator\" : \"全年监测舆情信息数量\",\n"
                    + "    \"kind\" : \"target-lowered\",\n    \"from\" : \"≥2万条\",\n    \"to\" : \"≥1.8万条\"\n  }");
            assertThat(HistoryReport.html(h)).contains("target lowered").doesNotContain("<script");
        }
    }
}
