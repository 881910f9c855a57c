package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.recheck.BureauReport;
import io.jixiao.store.StoredReview;
import io.jixiao.store.Users.Role;
import io.jixiao.value.Numbers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overview of a year on the demo store: the ranking with change, 结果应用 and monitoring lights, the review's
 * category averages, the filters, and the ranking as CSV and as a workbook (the same bytes twice).
 */
class OverviewTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SHIFENG = "中共株洲市石峰区委网络安全和信息化委员会办公室";
    static final String LUANCHENG = "中共石家庄市栾城区委网络安全和信息化委员会办公室";

    static Served served;
    static Served.Client bureau;
    static Served.Client department;

    @BeforeAll
    static void start() throws Exception {
        served = new Served();
        bureau = served.login(served.demo.login(Role.BUREAU, null));
        department = served.login(served.demo.login(Role.DEPARTMENT, WorkbenchApiTest.GUANGYANG));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static JsonNode overview(Served.Client c, String query) throws Exception {
        HttpResponse<String> r = c.get("/api/overview?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void theRankingHasTheChangeTheUseOfResultsAndTheLights() throws Exception {
        // ImportTest: shifeng 2023 scores 91.59 (优), guangyang 2023 90.78 (优); national.yaml: 优 → 优先保障, 0% cut
        JsonNode y2023 = overview(bureau, "year=2023").get("ranking");
        List<Object> rows = new ArrayList<>();
        y2023.forEach(r -> rows.add(tuple(r.get("rank").asInt(), r.get("name").asText(), r.get("score").decimalValue()
                .toPlainString(), r.get("grade").asText(), r.get("resultUse").asText(), r.get("change").isNull())));
        assertThat(rows).containsExactly(tuple(1, SHIFENG, "91.59", "优", "优先保障", true),
                tuple(2, WorkbenchApiTest.GUANGYANG, "90.78", "优", "优先保障", true));
        // guangyang 2024 against 2023: 98.73 − 90.78 = 7.95
        JsonNode g2024 = overview(bureau, "year=2024").get("ranking").get(0);
        assertThat(g2024.get("change").decimalValue()).isEqualByComparingTo("7.95");
        // luancheng 2020 is 良 (84.91): 保障, nothing cut
        JsonNode l2020 = overview(bureau, "year=2020").get("ranking").get(0);
        assertThat(l2020.get("name").asText()).isEqualTo(LUANCHENG);
        assertThat(l2020.get("resultUse").asText()).isEqualTo("保障");
        assertThat(l2020.get("reduction").decimalValue()).isEqualByComparingTo("0");

        // each department's light is the worst light of its monitoring: the monitor endpoint's count of red, yellow
        // and green tables for the same stored progress file
        for (JsonNode r : y2023) {
            JsonNode lights = JSON.readTree(bureau.get("/api/departments/" + r.get("id").asLong()
                    + "/years/2023/monitor").body()).get("lights");
            String worst = lights.get("red").asInt() > 0 ? "red" : lights.get("yellow").asInt() > 0 ? "yellow"
                    : "green";
            assertThat(r.get("light").asText()).as(r.get("name").asText()).isEqualTo(worst);
        }
        JsonNode counts = overview(bureau, "year=2023").get("lights");
        assertThat(counts.get("red").asInt() + counts.get("yellow").asInt() + counts.get("green").asInt()).isEqualTo(2);
        assertThat(counts.get("none").asInt()).isZero();
    }

    @Test
    void theCategoriesAreTheReviewsAverages() throws Exception {
        JsonNode categories = overview(bureau, "year=2023").get("categories");
        BureauReport review = new StoredReview(served.demo.store()).review(2023).report();
        List<Object> expected = review.categories().stream().map(c -> tuple(c.level1(), c.tables(),
                Numbers.text(c.rate()))).map(Object.class::cast).toList();
        List<Object> shown = new ArrayList<>();
        categories.forEach(c -> shown.add(tuple(c.get("name").asText(), c.get("tables").asInt(),
                Numbers.text(c.get("rate").decimalValue()))));
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(shown).extracting(t -> ((org.assertj.core.groups.Tuple) t).toList().get(0))
                .contains("产出指标", "效益指标", "满意度指标");
        // a rate is the share of the points scored: within 0…100
        categories.forEach(c -> assertThat(c.get("rate").decimalValue()).isBetween(BigDecimal.ZERO,
                new BigDecimal("100")));
    }

    @Test
    void aDepartmentUserSeesItsOwnLineAndItsOwnAverages() throws Exception {
        JsonNode mine = overview(department, "year=2023");
        assertThat(mine.get("ranking")).hasSize(1);
        assertThat(mine.get("ranking").get(0).get("name").asText()).isEqualTo(WorkbenchApiTest.GUANGYANG);
        assertThat(mine.get("ranking").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(mine.get("grades").get("优").asInt()).isEqualTo(1);
        assertThat(mine.toString()).doesNotContain(SHIFENG);
        // the page too
        String page = department.get("/?year=2023").body();
        assertThat(page).contains(WorkbenchApiTest.GUANGYANG).doesNotContain(SHIFENG);
        assertThat(new String(department.getBytes("/ranking.csv?year=2023").body(),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(SHIFENG);
    }

    @Test
    void theFiltersKeepWhatTheyName() throws Exception {
        assertThat(overview(bureau, "year=2023&grade=良").get("ranking")).isEmpty();
        assertThat(overview(bureau, "year=2023&grade=优").get("ranking")).hasSize(2);
        JsonNode all = overview(bureau, "year=2023").get("ranking");
        for (String light : List.of("red", "yellow", "green", "none")) {
            long expected = 0;
            for (JsonNode r : all) {
                expected += r.get("light").asText().equals(light) ? 1 : 0;
            }
            assertThat(overview(bureau, "year=2023&light=" + light).get("ranking")).as(light).hasSize((int) expected);
        }
        long with = 0;
        for (JsonNode r : all) {
            with += r.get("findings").asInt() > 0 ? 1 : 0;
        }
        assertThat(overview(bureau, "year=2023&findings=with").get("ranking")).hasSize((int) with);
        assertThat(overview(bureau, "year=2023&findings=without").get("ranking")).hasSize(2 - (int) with);
        // the page filters the same way
        String page = bureau.get("/?year=2023&grade=良").body();
        assertThat(page).doesNotContain(SHIFENG + "</a>").doesNotContain(WorkbenchApiTest.GUANGYANG + "</a>");
        assertThat(bureau.get("/?year=2023").body()).contains(SHIFENG + "</a>").contains("id=\"categories\"")
                .contains("id=\"lights\"");
    }

    @Test
    void theRankingExportsAsCsvAndAsTheSameWorkbookTwice() throws Exception {
        HttpResponse<byte[]> x1 = bureau.getBytes("/ranking.xlsx?year=2023");
        assertThat(x1.statusCode()).isEqualTo(200);
        assertThat(x1.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        Thread.sleep(1100);
        assertThat(bureau.getBytes("/ranking.xlsx?year=2023").body()).isEqualTo(x1.body());
        JsonNode ranking = overview(bureau, "year=2023").get("ranking");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x1.body()))) {
            XSSFSheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            // row 0 title, row 1 headers, then the ranking in its order
            for (int i = 0; i < ranking.size(); i++) {
                assertThat(f.formatCellValue(s.getRow(2 + i).getCell(1))).isEqualTo(ranking.get(i).get("name").asText());
                assertThat(BigDecimal.valueOf(s.getRow(2 + i).getCell(3).getNumericCellValue()))
                        .isEqualByComparingTo(ranking.get(i).get("score").decimalValue());
            }
            assertThat(s.getLastRowNum()).isEqualTo(1 + ranking.size());
        }
        // filtered: the export keeps the filters
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                bureau.getBytes("/ranking.xlsx?year=2023&grade=良").body()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        String csv = new String(bureau.getBytes("/ranking.csv?year=2023").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        // tests run in English: the header's words are the English labels
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.lines().toList().get(0)).contains("Rank").contains("Department").contains("Light");
        assertThat(csv.lines().toList().get(1)).startsWith("1," + SHIFENG + ",2023,91.59,优,");
        assertThat(bureau.get("/ranking.xlsx").statusCode()).isEqualTo(400);
        assertThat(served.anonymous().get("/ranking.xlsx?year=2023").statusCode()).isEqualTo(302);
    }
}
