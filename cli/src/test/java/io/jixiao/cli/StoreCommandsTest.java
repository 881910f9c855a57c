package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import io.jixiao.store.StoreLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The store's commands end to end, as a user types them: import, list, history, export, library, review, validate. */
class StoreCommandsTest {

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void importThenHistoryThenTheRest(Supplier<StoreLocation> where) throws Exception {
        String db = where.get().embedded() ? where.get().h2File().toString() : where.get().url();
        Path indicators = Databases.bundled();

        Run imported = Run.of("store", "import", indicators.toString(), "--db", db);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("5 added, 0 replaced, 0 unchanged, 0 failed")
                .doesNotContain("KPI-0405"); // the notes of what is stored: only with --verbose (not even kept)
        // --verbose prints each stored folder's warnings and notes under it (广阳 2023's vague 有效改善: KPI-0405)
        Run verbose = Run.of("store", "import", indicators.toString(), "--db",
                where.get().embedded() ? Databases.h2().h2File().toString() : Databases.postgres().url(), "--verbose");
        assertThat(verbose.code()).as(verbose.err()).isZero();
        assertThat(verbose.out()).contains("5 added, 0 replaced, 0 unchanged, 0 failed")
                .containsPattern("\\n  \\S*guangyang/2023/targets\\.yaml:71:7: \\S+ KPI-0405");
        assertThat(Run.of("store", "import", indicators.toString(), "--db", db).out())
                .contains("0 added, 0 replaced, 5 unchanged, 0 failed");

        Run list = Run.of("store", "list", "--year", "2024", "--db", db);
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("中共廊坊市广阳区委网络安全和信息化委员会办公室  2024  98.73  优")
                .contains("1 department-year(s)").containsPattern("Department +Year +Score +Grade");
        assertThat(Run.of("store", "list", "--year", "2024", "--db", db, "--lang", "zh").out())
                .containsPattern("部门 +年度 +得分 +等级");

        Run json = Run.of("history", "广阳", "--format", "json", "--db", db);
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"kind\" : \"target-lowered\"").contains("\"kind\" : \"dropped\"")
                .contains("\"kind\" : \"added\"").contains("\"kind\" : \"target-below-last-actual\"");
        assertThat(Run.of("history", "广阳", "--format", "json", "--db", db).out()).isEqualTo(json.out());
        assertThat(Run.of("history", "广阳", "--db", db).out()).contains("2024  98.73             优")
                .contains("Year  Department score  Grade").contains("⚑ target lowered");
        // --lang zh (the default outside the tests): the same history headed in Chinese
        assertThat(Run.of("history", "广阳", "--db", db, "--lang", "zh").out()).contains("年度  部门得分  等级")
                .contains("2024  98.73     优").contains("⚑ 目标降低");
        assertThat(Run.of("store", "list", "--db", db, "--lang", "zh").out()).startsWith("部门").contains("版次");

        Path out = Files.createTempDirectory("jixiao-export").resolve("gy");
        assertThat(Run.of("store", "export", "广阳", "2024", "-o", out.toString(), "--db", db).code()).isZero();
        assertThat(Files.readAllBytes(out.resolve("targets.yaml")))
                .isEqualTo(Files.readAllBytes(indicators.resolve("guangyang/2024/targets.yaml")));
        Run again = Run.of("store", "export", "广阳", "2024", "-o", out.toString(), "--db", db);
        assertThat(again.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(again.err()).contains("KPI-0512");

        Run validate = Run.of("validate", indicators.resolve("guangyang/2024/targets.yaml").toString(), "--db", db);
        assertThat(validate.code()).isZero();
        assertThat(validate.out()).contains("warning KPI-0440: '全年监测舆情信息数量' (部门整体): target ≥1.8万条 asks less"
                + " than 2023's target ≥2万条");
        assertThat(Run.of("validate", indicators.resolve("guangyang/2024/targets.yaml").toString()).out())
                .doesNotContain("KPI-0440");

        Path library = Databases.root().resolve("docs/examples/example-library.yaml");
        assertThat(Run.of("library", "import", library.toString(), "--db", db).out()).contains("4 added, 0 replaced");
        assertThat(Run.of("library", "list", "--db", db).out()).contains("WX-0101").contains("≥98%")
                .containsPattern("Id +Indicator +Level 1");
        assertThat(Run.of("library", "list", "--db", db, "--lang", "zh").out()).containsPattern("编码 +指标名称 +一级指标");

        Run review = Run.of("review", "--db", db, "--year", "2024");
        assertThat(review.code()).as(review.err()).isZero();
        assertThat(review.out()).contains("Change against last year and use of results · 2024").contains("+7.95")
                .contains("优先保障").contains("KPI-0442").containsPattern("Department +Score +Grade +Last year");
        // issue 14: the same in Chinese, no English heading left
        Run reviewZh = Run.of("review", "--db", db, "--year", "2024", "--lang", "zh");
        assertThat(reviewZh.out()).contains("同比与结果应用 · 2024").containsPattern("部门 +得分 +等级 +上年")
                .contains("跨年度及对照指标库的审核：").doesNotContain("across years").doesNotContain("Change against");
        Run reviewCsv = Run.of("review", "--db", db, "--year", "2024", "--format", "csv");
        assertThat(reviewCsv.out()).startsWith("rank,department,year,score,grade,lastYear,lastScore,change,resultUse");

        Run folder = Run.of("review", indicators.resolve("guangyang").toString(), "--db", db, "--format", "json");
        assertThat(folder.code()).isZero();
        assertThat(folder.out()).contains("\"yearOnYear\"").contains("\"targetFindings\"");
    }

    @Test
    void templateAndImportOfferTheLibrarysScoringWhereATableHasNoneMarkedAsSuggested() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-suggest");
        String db = dir.resolve("s").toString();
        Path root = Databases.root();
        assertThat(Run.of("library", "import", root.resolve("docs/examples/example-library.yaml").toString(), "--db", db)
                .code()).isZero();

        // 重大舆情监控覆盖率 has no 评（扣）分标准 in that project: the library's is offered, marked as a suggestion in
        // the run's language (issue 14); every row of 部门整体 has its own
        for (String[] lang : new String[][] {{"en", "suggested (indicator library WX-0101): 每减少1%，扣分值的10%",
                "suggested (indicator library"}, {"zh", "建议（指标库 WX-0101）：每减少1%，扣分值的10%", "建议（指标库"}}) {
            Path book = dir.resolve("actuals-" + lang[0] + ".xlsx");
            Run template = Run.of("template", root.resolve("indicators/guangyang/2023/targets.yaml").toString(), "-o",
                    book.toString(), "--db", db, "--lang", lang[0]);
            assertThat(template.code()).as(template.err()).isZero();
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(book.toFile())) {
                java.util.List<String> cells = new java.util.ArrayList<>();
                wb.getSheet("网络安全监测项目经费").forEach(r -> r.forEach(c -> cells.add(c.toString())));
                assertThat(cells).as(lang[0]).contains(lang[1]);
                java.util.List<String> overall = new java.util.ArrayList<>();
                wb.getSheet("部门整体").forEach(r -> r.forEach(c -> overall.add(c.toString())));
                assertThat(overall).as(lang[0]).noneMatch(c -> c.startsWith(lang[2]));
            }
        }

        Run imported = Run.of("import", root.resolve("indicators/guangyang/2023/disclosure.txt").toString(), "--db", db);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("# deduction: 每减少1%，扣分值的10%   # suggested by the 指标库 (WX-0101):"
                + " uncomment to adopt");
        assertThat(Run.of("import", root.resolve("indicators/guangyang/2023/disclosure.txt").toString()).out())
                .doesNotContain("suggested by the 指标库");
    }

    @Test
    void storeMistakesAreCodedErrorsWithExitCode1() throws Exception {
        Path db = Files.createTempDirectory("jixiao-store").resolve("s");
        Run unknown = Run.of("history", "海淀", "--db", db.toString());
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("error KPI-0507").doesNotContain("Exception");
        Run mysql = Run.of("store", "list", "--db", "jdbc:mysql://localhost/x");
        assertThat(mysql.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(mysql.err()).contains("KPI-0505");
        Run year = Run.of("review", "--db", db.toString(), "--year", "2030");
        assertThat(year.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(year.err()).contains("KPI-0511");
        Run both = Run.of("review", "indicators", "--db", db.toString(), "--year", "2030");
        assertThat(both.code()).isEqualTo(Main.USAGE);
    }
}
