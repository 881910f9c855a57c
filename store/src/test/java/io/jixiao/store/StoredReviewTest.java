package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.problem.Finding;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.recheck.ReviewJson;
import io.jixiao.value.Numbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** review --db --year: the 复核 from the store, the change against last year, 结果应用, the 审核 across years. */
class StoredReviewTest {

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void theStoredReviewIsTheFolderReviewPlusTheYearBefore(Supplier<StoreLocation> db) throws Exception {
        Path indicators = Databases.bundled();
        Path only = Files.createTempDirectory("jixiao-2024");
        Databases.copy(indicators.resolve("guangyang/2024"), only.resolve("guangyang"));
        try (Store s = Store.open(db.get())) {
            ImportTest.importAll(s, only, indicators.resolve("guangyang/2023"));
            StoredReview.Review r = new StoredReview(s).review(2024);

            // the 复核 a folder review of the same department gives, from what was stored (nothing scored again);
            // the folder of a stored department-year is the one it was imported from
            BureauReport folder = new Rechecker(new Pipeline(Options.defaults()), 1).run(only, n -> { });
            String stored = ReviewJson.render(r.report());
            String fresh = ReviewJson.render(folder).replace("\"folder\" : \"guangyang\"",
                    "\"folder\" : \"" + only.resolve("guangyang") + "\"");
            assertThat(section(stored, "\"grades\"")).isEqualTo(section(fresh, "\"grades\""));
            assertThat(r.report().ranking()).extracting(x -> x.review().department(), x -> Numbers.text(x.review().score()),
                    x -> x.review().grade(), x -> x.review().tables(), x -> x.review().indicators())
                    .containsExactly(tuple(ImportTest.GUANGYANG, "98.73", "优", 3, 29));
            assertThat(r.report().findings()).extracting(f -> f.kind().key(), f -> f.table(), f -> f.finding().code())
                    .containsExactlyElementsOf(folder.findings().stream()
                            .map(f -> tuple(f.kind().key(), f.table(), f.finding().code())).toList());

            // 98.73 − 90.78 = 7.95; 优 → 优先保障, nothing cut
            assertThat(r.outlooks()).extracting(StoredReview.Outlook::lastYear, o -> Numbers.text(o.change()),
                    o -> o.use().suggestion(), o -> o.use().reduction().toPlainString())
                    .containsExactly(tuple(2023, "7.95", "优先保障", "0"));
            assertThat(r.targetFindings()).extracting(Finding::code).contains("KPI-0440", "KPI-0441")
                    .doesNotContain("KPI-0442"); // no library imported
            assertThat(StoredReview.json(r)).contains("\"yearOnYear\"").contains("\"resultUse\" : \"优先保障\"");
            assertThat(StoredReview.html(r)).contains("<h2>Change against last year and use of results · 2024</h2>")
                    .contains("<th>Last year&#39;s score</th>").endsWith("</body>\n</html>\n");
            io.jixiao.problem.Language before = io.jixiao.problem.Language.current();
            try {
                io.jixiao.problem.Language.use(io.jixiao.problem.Language.ZH);
                assertThat(StoredReview.html(r)).contains("<h2>同比与结果应用 · 2024</h2>", "<th>上年得分</th>",
                        "<h2>跨年度及对照指标库的审核</h2>");
            } finally {
                io.jixiao.problem.Language.use(before);
            }
            assertThat(StoredReview.csv(r)).contains("7.95").contains("优先保障");
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aDepartmentWithoutActualsIsListedAsNotScored(Supplier<StoreLocation> db) throws Exception {
        Path dir = Files.createTempDirectory("jixiao-targets-only");
        Files.copy(Databases.root().resolve("indicators/kaiping/2025/targets.yaml"), dir.resolve("targets.yaml"));
        try (Store s = Store.open(db.get())) {
            ImportTest.importAll(s, dir);
            StoredReview.Review r = new StoredReview(s).review(2025);
            assertThat(r.report().ranking()).isEmpty();
            assertThat(r.report().failed()).extracting(d -> d.errors().get(0).code()).containsExactly("KPI-0325");
            assertThat(new Catalog(s).list(2025)).extracting(Catalog.Entry::score, Catalog.Entry::indicators)
                    .containsExactly(tuple(null, 27));
        }
    }

    /** The JSON from {@code key} on (the sections both reports share). */
    private static String section(String json, String key) {
        return json.substring(json.indexOf(key));
    }
}
