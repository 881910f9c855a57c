package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.load.TargetsLoader;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.problem.KpiException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** library import and list, from YAML and from a workbook; its failure modes; the 审核 against it (KPI-0442). */
class LibraryTest {

    /** The profile the bundled targets are scored with: its words decide a direction without comparator. */
    static final ScoringProfile NATIONAL = ProfileLoader.load("national", null);

    static final Path EXAMPLE = Databases.root().resolve("docs/examples/example-library.yaml");

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void theExampleLibraryImportsAndAgainReplacesItsEntries(Supplier<StoreLocation> db) {
        try (Store s = Store.open(db.get())) {
            Library lib = new Library(s);
            assertThat(lib.importFile(EXAMPLE)).isEqualTo(new Library.Imported(4, 0));
            assertThat(lib.importFile(EXAMPLE)).isEqualTo(new Library.Imported(0, 4));
            assertThat(lib.list()).extracting(Library.Entry::id, Library.Entry::name, Library.Entry::standard,
                    Library.Entry::common).containsExactly(
                    tuple("GX-0001", "预算执行率", "≥90%", true), tuple("GX-0002", "全区人员满意度", "≥95%", true),
                    tuple("WX-0101", "重大舆情监控覆盖率", "≥98%", false), tuple("WX-0102", "故障后响应时间", "≤30分钟", false));
        }
    }

    @Test
    void aWorkbookWithChineseHeadersImportsLikeTheYaml() throws Exception {
        Path book = Files.createTempDirectory("jixiao-lib").resolve("指标库.xlsx");
        workbook(book, List.of("编码", "指标名称", "一级指标", "二级指标", "比较符", "指标值", "单位", "评分标准", "共性/个性", "行业"),
                List.of("WX-0101", "重大舆情监控覆盖率", "产出指标", "质量指标", ">=", "98", "%", "每减少1%扣10%", "个性", "网信"));
        try (Store s = Store.open(Databases.h2())) {
            new Library(s).importFile(book);
            assertThat(new Library(s).list()).extracting(Library.Entry::id, Library.Entry::standard, Library.Entry::common,
                    Library.Entry::field).containsExactly(tuple("WX-0101", "≥98%", false, "网信"));
        }
    }

    static Stream<Arguments> badLibraries() {
        return Stream.of(
                Arguments.of("a row without a name", "indicators:\n  - {id: A1, value: 90, unit: \"%\"}\n", "KPI-0521", 2),
                Arguments.of("a comparator that is none", "indicators:\n  - {id: A1, name: 率, comparator: 约, value: 90}\n",
                        "KPI-0522", 2),
                Arguments.of("共性 that is neither", "indicators:\n  - {id: A1, name: 率, common: 也许}\n", "KPI-0522", 2),
                Arguments.of("an id used twice", "indicators:\n  - {id: A1, name: 率}\n  - {id: A1, name: 量}\n",
                        "KPI-0523", 3),
                Arguments.of("a key that is no field", "indicators:\n  - {id: A1, name: 率, colour: red}\n", "KPI-0522", 2),
                Arguments.of("no list of indicators", "indicators: 12\n", "KPI-0524", 0),
                Arguments.of("an empty list", "indicators: []\n", "KPI-0525", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLibraries")
    void aBadLibraryFileIsLocatedAndStoresNothing(String name, String yaml, String code, int line) throws Exception {
        Path file = Files.createTempDirectory("jixiao-lib").resolve("library.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        try (Store s = Store.open(Databases.h2())) {
            KpiException e = (KpiException) org.assertj.core.api.Assertions.catchThrowable(() ->
                    new Library(s).importFile(file));
            assertThat(e).isNotNull();
            Finding f = e.findings().get(0);
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.location().file()).isEqualTo(file.toString());
            assertThat(f.location().line()).isEqualTo(line);
            assertThat(new Library(s).list()).isEmpty();
        }
    }

    @Test
    void whatAValueShouldBeIsSaidInTheRunsLanguage() throws Exception {
        // issue 14: KPI-0522's {expected} is a text of the store's bundles, not an English literal
        Path file = Files.createTempDirectory("jixiao-lib").resolve("library.yaml");
        Files.writeString(file, "indicators:\n  - {id: A1, name: 率, common: 也许}\n", StandardCharsets.UTF_8);
        io.jixiao.problem.Language before = io.jixiao.problem.Language.current();
        try (Store s = Store.open(Databases.h2())) {
            io.jixiao.problem.Language.use(io.jixiao.problem.Language.ZH);
            KpiException e = (KpiException) org.assertj.core.api.Assertions.catchThrowable(() ->
                    new Library(s).importFile(file));
            assertThat(e.findings().get(0).render()).contains("KPI-0522", "共性或个性（true 或 false）")
                    .doesNotContain(" or ");
        } finally {
            io.jixiao.problem.Language.use(before);
        }
    }

    @Test
    void aFileThatIsNeitherYamlNorAWorkbookIsKpi0520() {
        try (Store s = Store.open(Databases.h2())) {
            KpiException e = (KpiException) org.assertj.core.api.Assertions.catchThrowable(() ->
                    new Library(s).importFile(Path.of("指标库.csv")));
            assertThat(e.findings()).extracting(Finding::code).containsExactly("KPI-0520");
        }
    }

    @Test
    void aWorkbookCellIsNamedInItsFinding() throws Exception {
        Path book = Files.createTempDirectory("jixiao-lib").resolve("lib.xlsx");
        workbook(book, List.of("编码", "指标名称", "比较符", "指标值"), List.of("A1", "率", "约", "90"));
        try (Store s = Store.open(Databases.h2())) {
            KpiException e = (KpiException) org.assertj.core.api.Assertions.catchThrowable(() ->
                    new Library(s).importFile(book));
            assertThat(e.findings()).extracting(f -> f.code() + " " + f.location())
                    .containsExactly("KPI-0522 " + book + ":Sheet1!C2");
        }
    }

    @Test
    void aTargetBelowTheLibrarysStandardIsKpi0442AtItsLine() {
        Path targets = Databases.root().resolve("indicators/guangyang/2023/targets.yaml");
        try (Store s = Store.open(Databases.h2())) {
            new Library(s).importFile(EXAMPLE);
            List<Finding> found = new TargetChecks(s).check(TargetsLoader.load(targets).value(), NATIONAL);
            // ≥95% < the library's ≥98% (twice: 部门整体 and the project); ≥90% < ≥95% (全区人员满意度), each at its row;
            // ≤30分钟 is the library's ≤30分钟: not less demanding
            assertThat(found).extracting(Finding::code, f -> f.message().substring(0, f.message().indexOf(':')),
                    f -> f.location().line()).containsExactly(
                    tuple("KPI-0442", "'重大舆情监控覆盖率'", 26), tuple("KPI-0442", "'全区人员满意度'", 104),
                    tuple("KPI-0442", "'重大舆情监控覆盖率'", 123));
        }
    }

    @Test
    void anIndicatorThatNamesItsLibraryEntryIsComparedWithThatEntry() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-lib-id");
        String targets = Files.readString(Databases.root().resolve("indicators/guangyang/2023/targets.yaml"));
        // 网速达标率 ≥95% names WX-0101 (≥98%): compared although the names differ; line 33 is its row
        Files.writeString(dir.resolve("targets.yaml"), targets.replaceFirst("      name: 网速达标率\n",
                "      name: 网速达标率\n      library: WX-0101\n"), StandardCharsets.UTF_8);
        try (Store s = Store.open(Databases.h2())) {
            new Library(s).importFile(EXAMPLE);
            List<Finding> found = new TargetChecks(s).check(TargetsLoader.load(dir.resolve("targets.yaml")).orThrow(),
                    NATIONAL);
            assertThat(found).filteredOn(f -> f.message().contains("网速达标率")).extracting(Finding::code,
                    f -> f.location().line()).containsExactly(tuple("KPI-0442", 33));
            // stored, the id comes back with the year: a review of it finds the same
            ImportTest.importAll(s, dir);
            History.Year stored = new HistoryReader(s).years(ImportTest.GUANGYANG, null).get(0);
            assertThat(new TargetChecks(s).check(stored, null)).filteredOn(f -> f.message().contains("网速达标率"))
                    .extracting(Finding::code).containsExactly("KPI-0442");
        }
    }

    @Test
    void theLibraryOffersItsScoringWhereAnIndicatorHasNone() {
        try (Store s = Store.open(Databases.h2())) {
            new Library(s).importFile(EXAMPLE);
            var scoring = new Library(s).scoring();
            assertThat(scoring.apply(null, "重大舆情 监控覆盖率")).hasValueSatisfying(
                    sg -> assertThat(sg).containsExactly("WX-0101", "每减少1%，扣分值的10%"));
            assertThat(scoring.apply("GX-0002", "whatever")).hasValueSatisfying(sg -> assertThat(sg[0]).isEqualTo("GX-0002"));
            assertThat(scoring.apply(null, "不在库中的指标")).isEmpty();
        }
    }

    static void workbook(Path file, List<String> header, List<String> row) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            Row h = sheet.createRow(0);
            Row r = sheet.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                r.createCell(i).setCellValue(row.get(i));
            }
            wb.write(out);
        }
    }
}
