package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code store list}, {@code library list} and {@code history} (table and HTML) are headed in the language of the run
 * (--lang en gives English, Chinese by default): every heading in both bundles, and each output in each language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreLabelsTest {

    private Store store;

    @BeforeAll
    void bundledDepartmentsAndTheExampleLibrary() {
        store = Store.open(Databases.h2());
        ImportTest.importAll(store, Databases.bundled());
        new Library(store).importFile(LibraryTest.EXAMPLE);
    }

    @AfterEach
    void english() {
        Language.use(Language.EN);
    }

    @org.junit.jupiter.api.AfterAll
    void close() {
        store.close();
    }

    @Test
    void everyLabelHasItsTextInBothLanguages() throws IOException {
        Properties en = bundle("labels.properties");
        Properties zh = bundle("labels_zh.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        // the headings the outputs use are among them (a missing key fails the lookup, not silently)
        for (String key : List.of("history.year", "history.score", "history.grade", "history.changes",
                "history.table", "history.indicator", "history.change", "history.from", "history.to", "list.department",
                "list.origin", "library.id", "library.standard", "library.scoring")) {
            assertThat(en.getProperty(key)).as(key).isNotBlank().isNotEqualTo(zh.getProperty(key));
        }
    }

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of(Language.EN, List.of("· history · 2 year(s) (2023, 2024)", "Year", "Department score",
                        "Grade", "Changes", "Indicator", "target lowered", "below last year's actual", "added",
                        "dropped", "target / actual")),
                Arguments.of(Language.ZH, List.of("· 历年绩效 · 2 个年度（2023, 2024）", "年度", "部门得分", "等级", "变化",
                        "指标", "目标降低", "低于上年实际", "新增", "删除", "目标 / 实际")));
    }

    @ParameterizedTest(name = "history table, {0}")
    @MethodSource("outputs")
    void historyTable(Language language, List<String> words) {
        assertThat(in(language, () -> HistoryReport.text(new HistoryReader(store).history("广阳")))).contains(words);
    }

    @ParameterizedTest(name = "history html, {0}")
    @MethodSource("outputs")
    void historyPage(Language language, List<String> words) {
        String html = in(language, () -> HistoryReport.html(new HistoryReader(store).history("广阳")));
        assertThat(html).contains(words.stream().map(io.jixiao.report.HtmlText::esc).toList()).contains(language == Language.EN ? "lang=\"en\"" : "lang=\"zh-CN\"");
    }

    @Test
    void storeListInBothLanguages() {
        List<Catalog.Entry> entries = new Catalog(store).list(2024);
        assertThat(in(Language.EN, () -> Listings.departmentYears(entries)))
                .startsWith("Department").contains("Year", "Score", "Grade", "Revision", "Imported from");
        assertThat(in(Language.ZH, () -> Listings.departmentYears(entries)))
                .startsWith("部门").contains("年度", "得分", "等级", "版次", "来源");
    }

    @Test
    void libraryListInBothLanguages() {
        List<Library.Entry> entries = new Library(store).list();
        assertThat(in(Language.EN, () -> Listings.library(entries)))
                .startsWith("Id").contains("Indicator", "Standard value", "Scoring standard", "common");
        assertThat(in(Language.ZH, () -> Listings.library(entries)))
                .startsWith("编码").contains("指标名称", "标准值", "评分标准", "共性");
    }

    private static String in(Language language, Supplier<String> output) {
        Language.use(language);
        try {
            return output.get();
        } finally {
            Language.use(Language.EN);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StoreLabels.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
