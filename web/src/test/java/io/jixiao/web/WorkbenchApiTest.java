package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.api.Input;
import io.jixiao.api.Scenario;
import io.jixiao.load.Source;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import io.jixiao.report.JsonReport;
import io.jixiao.store.Users.Role;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON API over HTTP on the demo store: the authorisation matrix (each role × each endpoint), CSRF on every
 * POST, the score document, what-if, submissions (located errors, limits, path traversal), login throttling.
 */
class WorkbenchApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String GUANGYANG = "中共廊坊市广阳区委网络安全和信息化委员会办公室";
    static final Path G2023 = Served.INDICATORS.resolve("guangyang/2023");

    static Served served;
    static Map<String, Served.Client> clients = new HashMap<>();
    static long guangyang;
    static long other;
    static int otherYear;

    @BeforeAll
    static void start() throws Exception {
        served = new Served();
        clients.put("admin", served.login(served.demo.login(Role.ADMIN, null)));
        clients.put("bureau", served.login(served.demo.login(Role.BUREAU, null)));
        clients.put("department", served.login(served.demo.login(Role.DEPARTMENT, GUANGYANG)));
        clients.put("anonymous", served.anonymous());
        JsonNode all = JSON.readTree(clients.get("bureau").get("/api/departments").body());
        for (JsonNode d : all) {
            if (d.get("name").asText().equals(GUANGYANG)) {
                guangyang = d.get("id").asLong();
            } else if (d.get("score").isNumber()) {
                other = d.get("id").asLong();
                otherYear = d.get("year").asInt();
            }
        }
        assertThat(guangyang).isPositive();
        assertThat(other).isPositive();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static String own(String rest) {
        return "/api/departments/" + guangyang + rest;
    }

    static String others(String rest) {
        return "/api/departments/" + other + rest.replace("{year}", String.valueOf(otherYear));
    }

    static byte[] actuals() throws Exception {
        return Files.readAllBytes(G2023.resolve("actuals-example.yaml"));
    }

    /** Role × endpoint → status. A department user is 广阳's; "other" is another department. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                // endpoint                                           admin bureau dept anonymous
                row("GET", "/api/departments",                         200, 200, 200, 401),
                row("GET", own("/years/2023/score"),                    200, 200, 200, 401),
                row("GET", others("/years/{year}/score"),               200, 200, 403, 401),
                row("GET", own("/history"),                             200, 200, 200, 401),
                row("GET", others("/history"),                          200, 200, 403, 401),
                row("GET", own("/years/2023/monitor"),                  200, 200, 200, 401),
                row("GET", others("/years/{year}/monitor"),             200, 200, 403, 401),
                row("POST", own("/years/2023/whatif"),                  200, 200, 200, 401),
                row("POST", others("/years/{year}/whatif"),             200, 200, 403, 401),
                row("UPLOAD", own("/years/2023/actuals"),               403, 403, 200, 401),
                row("UPLOAD", others("/years/{year}/actuals"),          403, 403, 403, 401),
                row("GET", own("/years/2023/notes"),                    200, 200, 200, 401),
                row("GET", others("/years/{year}/notes"),               200, 200, 403, 401),
                row("NOTE", own("/years/2023/notes"),                   403, 201, 403, 401),
                row("NOTE", others("/years/{year}/notes"),              403, 201, 403, 401),
                row("NOTE", "/api/departments/999999/years/2023/notes", 404, 404, 404, 401),
                row("GET", "/api/overview?year=2023",                   200, 200, 200, 401),
                row("GET", "/api/users",                                200, 403, 403, 401),
                row("GET", "/api/departments/999999/years/2023/score",  404, 404, 404, 401),
                row("GET", own("/years/1999/score"),                    404, 404, 404, 401));
    }

    static Arguments row(String method, String path, int admin, int bureau, int department, int anonymous) {
        return Arguments.of(method, path, Map.of("admin", admin, "bureau", bureau, "department", department,
                "anonymous", anonymous));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void authorisationMatrix(String method, String path, Map<String, Integer> expected) throws Exception {
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            Served.Client c = clients.get(e.getKey());
            HttpResponse<String> r = switch (method) {
                case "GET" -> c.get(path);
                case "POST" -> c.postJson(path, "{\"set\": {}}");
                case "NOTE" -> c.postJson(path, "{\"text\": \"matrix\"}");
                default -> c.upload(path, "actuals-example.yaml", actuals());
            };
            assertThat(r.statusCode()).as("%s %s as %s: %s", method, path, e.getKey(), r.body())
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void aDepartmentUserListsItsOwnDepartmentAlone() throws Exception {
        JsonNode mine = JSON.readTree(clients.get("department").get("/api/departments").body());
        // 广阳 has 2023 and 2024 in indicators/
        assertThat(mine).hasSize(2);
        mine.forEach(d -> assertThat(d.get("name").asText()).isEqualTo(GUANGYANG));
        JsonNode all = JSON.readTree(clients.get("bureau").get("/api/departments?year=2023").body());
        all.forEach(d -> assertThat(d.get("year").asInt()).isEqualTo(2023));
    }

    @Test
    void theScoreIsExactlyTheScoreJsonOfTheStoredFiles() throws Exception {
        HttpResponse<String> r = clients.get("department").get(own("/years/2023/score"));
        byte[] targets = Files.readAllBytes(G2023.resolve("targets.yaml"));
        var e = new Pipeline(Options.defaults()).evaluate(Source.bytes("targets.yaml", targets),
                Source.bytes("actuals-example.yaml", actuals()), Stage.ALL);
        assertThat(r.body()).isEqualTo(JsonReport.render(e.score()));
        // docs/store.md: 广阳 2023 scores 90.78 (优)
        assertThat(JSON.readTree(r.body()).toString()).contains("90.78").contains("优");
    }

    @Test
    void everyPostButTheLoginNeedsTheCsrfHeader() throws Exception {
        Served.Client c = clients.get("department");
        assertThat(c.postJson(own("/years/2023/whatif"), "{\"set\": {}}", null).statusCode()).isEqualTo(403);
        assertThat(c.postJson(own("/years/2023/whatif"), "{\"set\": {}}", "wrong").statusCode()).isEqualTo(403);
        assertThat(c.upload(own("/years/2023/actuals"), "a.yaml", actuals(), null).statusCode()).isEqualTo(403);
        assertThat(c.postJson("/api/logout", "{}", null).statusCode()).isEqualTo(403);
        Served.Client b = clients.get("bureau");
        assertThat(b.postJson(own("/years/2023/notes"), "{\"text\": \"x\"}", null).statusCode()).isEqualTo(403);
        assertThat(b.postJson("/departments/" + guangyang + "/years/2023/notes", "", null).statusCode())
                .isEqualTo(403);
        // another session's token is no token for this one
        String bureauToken = clients.get("bureau").csrf;
        assertThat(c.postJson(own("/years/2023/whatif"), "{\"set\": {}}", bureauToken).statusCode()).isEqualTo(403);
        // the page forms are POSTs too
        assertThat(c.postJson("/departments/" + guangyang + "/years/2023/whatif", "", null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        Demo.Login l = served.demo.login(Role.BUREAU, null);
        HttpResponse<String> r = served.anonymous().postJson("/api/login", "{\"user\":\"" + l.name()
                + "\",\"password\":\"" + l.password() + "\"}", null);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(Workbench.COOKIE + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void whatIfMovesTheTableThatChangedAndStoresNothing() throws Exception {
        Served.Client c = clients.get("bureau");
        String before = c.get(own("/years/2023/score")).body();
        // 19950条 of ≥2万条 is 50条 short: 5 steps of 1% of its points lost (actuals-example.yaml); 20000条 meets it
        HttpResponse<String> r = c.postJson(own("/years/2023/whatif"),
                "{\"set\": {\"部门整体/全年监测舆情信息数量\": \"20000条\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode d = JSON.readTree(r.body());
        JsonNode line = null;
        for (JsonNode i : JSON.readTree(before).path("overall").path("indicators")) {
            if (i.path("name").asText().equals("全年监测舆情信息数量")) {
                line = i;
            }
        }
        assertThat(line).as("the indicator in the score JSON").isNotNull();
        BigDecimal points = line.get("points").decimalValue();
        // the table gains 5 × 1% of the indicator's points: 6.25 × 0.05 = 0.3125 (in the national profile); the
        // before and after table scores are each rounded to 2 places, so their difference is within 0.01 of it
        BigDecimal gain = points.multiply(new BigDecimal("0.05"));
        JsonNode overall = null;
        for (JsonNode t : d.get("tables")) {
            if (t.get("name").asText().equals("部门整体")) {
                overall = t;
            } else {
                assertThat(t.get("delta").decimalValue()).as(t.get("name").asText()).isEqualByComparingTo("0");
            }
        }
        assertThat(overall.get("delta").decimalValue().subtract(gain).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(d.get("delta").decimalValue()).isEqualByComparingTo(overall.get("delta").decimalValue());
        assertThat(d.get("stored").asBoolean()).isFalse();
        // the same as the API's Scenario on the files
        BigDecimal expected = Scenario.of(Input.file(G2023.resolve("targets.yaml")),
                        Input.file(G2023.resolve("actuals-example.yaml")), io.jixiao.api.Options.defaults())
                .with("部门整体", "全年监测舆情信息数量", "20000条").score().rounded();
        assertThat(d.get("after").get("score").decimalValue()).isEqualByComparingTo(expected);
        // nothing stored
        assertThat(c.get(own("/years/2023/score")).body()).isEqualTo(before);
    }

    @Test
    void everyWhatIfAnswerCarriesTheServersTimeAndItsCpu() throws Exception {
        HttpResponse<String> r = clients.get("bureau").postJson(own("/years/2023/whatif"),
                "{\"set\": {\"部门整体/全年监测舆情信息数量\": \"19950条\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        // whatif;dur=0.312, cpu;dur=0.250: the thread's CPU is part of the wall time
        String timing = r.headers().firstValue("Server-Timing").orElseThrow();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^whatif;dur=([0-9.]+), cpu;dur=([0-9.]+)$")
                .matcher(timing);
        assertThat(m.matches()).as(timing).isTrue();
        assertThat(Double.parseDouble(m.group(2))).isLessThanOrEqualTo(Double.parseDouble(m.group(1)) + 0.001);
    }

    @Test
    void thePagesWhatIfFormAnswersTheFragmentWithTheSameTiming() throws Exception {
        // a login of its own: its own what-if, no other test's changes in it
        Served.Client c = served.login(served.demo.login(Role.BUREAU, null));
        // the page posts the whole form; here one input, 20000条 (meets ≥2万条): the department score rises from
        // 90.78 by the indicator's 5 × 1% (see whatIfMovesTheTableThatChangedAndStoresNothing)
        HttpResponse<String> r = c.postForm("/departments/" + guangyang + "/years/2023/whatif",
                "v:部门整体/全年监测舆情信息数量=20000条");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Server-Timing").orElseThrow()).startsWith("whatif;dur=");
        BigDecimal expected = Scenario.of(Input.file(G2023.resolve("targets.yaml")),
                        Input.file(G2023.resolve("actuals-example.yaml")), io.jixiao.api.Options.defaults())
                .with("部门整体", "全年监测舆情信息数量", "20000条").score().rounded();
        assertThat(r.body()).contains("id=\"whatif-score\">" + expected.toPlainString() + "<")
                .contains("Department score 90.78");
        // a value that does not parse: the fragment names it (tests run in English: the engine's English message)
        HttpResponse<String> bad = c.postForm("/departments/" + guangyang + "/years/2023/whatif",
                "v:部门整体/全年监测舆情信息数量=12..5条");
        assertThat(bad.body()).contains("id=\"whatif-error\"").contains("KPI-0109");
    }

    @Test
    void refusalsAreInTheWorkbenchsLanguage() throws Exception {
        // tests run in English: every refusal of the API in English, none of Javalin's own texts
        Served.Client bureau = clients.get("bureau");
        assertThat(bureau.get("/api/departments/999999/years/2023/score").body())
                .contains("No such department: 999999");
        assertThat(bureau.get("/api/no-such-endpoint").body()).contains("Nothing here: /api/no-such-endpoint");
        assertThat(served.anonymous().get("/api/departments").body()).contains("Please log in first");
        assertThat(bureau.postJson(own("/years/2023/whatif"), "[1]").body())
                .contains("The body should be a JSON object");
        assertThat(JSON.readTree(bureau.postJson(own("/years/2023/whatif"), "{\"set\": {\"部门整体\": \"1\"}}")
                .body()).get("message").asText()).isEqualTo("\"部门整体\" should be written table/indicator");
        for (String body : java.util.List.of(bureau.get("/api/departments/999999/years/2023/score").body(),
                bureau.get("/api/no-such-endpoint").body())) {
            assertThat(body).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void whatIfOnAnIndicatorThatDoesNotExistIs422() throws Exception {
        HttpResponse<String> r = clients.get("bureau").postJson(own("/years/2023/whatif"),
                "{\"set\": {\"部门整体/没有这个指标\": \"1\"}}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("KPI-");
    }

    @Test
    void aSubmissionWithAMistakeIsRefusedWithItsLineAndNothingIsStored() throws Exception {
        Served.Client c = served.login(served.demo.login(Role.DEPARTMENT, GUANGYANG));
        String before = c.get(own("/years/2023/score")).body();
        // line 16 of actuals-example.yaml is 网速达标率: "93%"; misspelt, it names no indicator
        String text = new String(actuals(), StandardCharsets.UTF_8).replace("网速达标率: \"93%\"", "网速达标律: \"93%\"");
        HttpResponse<String> r = c.upload(own("/years/2023/actuals"), "actuals.yaml",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode findings = JSON.readTree(r.body()).get("findings");
        assertThat(findings).isNotEmpty();
        assertThat(findings.toString()).contains("actuals.yaml:16");
        assertThat(c.get(own("/years/2023/score")).body()).isEqualTo(before);
    }

    @Test
    void aCorrectSubmissionIsScoredAndStoredAtOnce() throws Exception {
        Served.Client c = served.login(served.demo.login(Role.DEPARTMENT, GUANGYANG));
        String text = new String(actuals(), StandardCharsets.UTF_8).replace("\"19950条\"", "\"20000条\"");
        HttpResponse<String> r = c.upload(own("/years/2023/actuals"), "actuals.yaml",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode stored = JSON.readTree(r.body());
        assertThat(stored.get("stored").asBoolean()).isTrue();
        assertThat(stored.get("revision").asInt()).isGreaterThan(1);
        JsonNode score = JSON.readTree(c.get(own("/years/2023/score")).body());
        assertThat(score.toString()).doesNotContain("19950条").contains("20000条");
        // the audit log has it: who, what
        assertThat(new io.jixiao.store.Users(served.demo.store()).events()).anySatisfy(ev -> {
            assertThat(ev.action()).isEqualTo("submit");
            assertThat(ev.user()).isEqualTo(served.demo.login(Role.DEPARTMENT, GUANGYANG).name());
            assertThat(ev.department()).isEqualTo(GUANGYANG);
        });
        // put back what the other tests expect
        assertThat(c.upload(own("/years/2023/actuals"), "actuals-example.yaml", actuals()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aFileNameWithAPathIsRefused() throws Exception {
        Served.Client c = clients.get("department");
        for (String name : new String[] {"../../etc/actuals.yaml", "..\\actuals.yaml", "/tmp/actuals.yaml"}) {
            HttpResponse<String> r = c.upload(own("/years/2023/actuals"), name, actuals());
            assertThat(r.statusCode()).as(name).isEqualTo(422);
        }
        assertThat(c.upload(own("/years/2023/actuals"), "actuals.exe", actuals()).statusCode()).isEqualTo(422);
    }

    @Test
    void anUploadLargerThanTheLoadersAcceptIs413() throws Exception {
        Served.Client c = clients.get("department");
        // YAML: 8 MiB at most (YamlReader.MAX_BYTES); one byte more is refused
        byte[] big = new byte[(int) io.jixiao.load.YamlReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        HttpResponse<String> r = c.upload(own("/years/2023/actuals"), "actuals.yaml", big);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("message");
        // a request beyond the workbook limit is refused before it is read (by its Content-Length): 413, or — when the
        // server's answer and closing the connection beat the client's sending of the body, as on a busy machine —
        // the connection closed under the client; either way nothing is stored
        int listed = JSON.readTree(c.get("/api/departments").body()).findValues("id").size();
        byte[] huge = new byte[(int) Workbench.MAX_REQUEST_BYTES + 1];
        String before = c.get(own("/years/2023/score")).body();
        try {
            HttpResponse<String> h = c.upload(own("/years/2023/actuals"), "actuals.xlsx", huge);
            assertThat(h.statusCode()).isEqualTo(413);
        } catch (java.io.IOException closed) {
            assertThat(closed).as("the server closed the connection").hasMessageContaining("received no bytes");
        }
        assertThat(c.get(own("/years/2023/score")).body()).isEqualTo(before);
        assertThat(JSON.readTree(c.get("/api/departments").body()).findValues("id")).hasSize(listed);
    }

    @Test
    void aZipBombWorkbookIsRefusedWith422() throws Exception {
        // a workbook whose one entry inflates 1000-fold (64 MiB of zeros): POI's zip-bomb guard refuses it
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        HttpResponse<String> r = clients.get("department").upload(own("/years/2023/actuals"), "actuals.xlsx",
                out.toByteArray());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("findings").toString()).contains("KPI-");
    }

    @Test
    void loginIsThrottledAfterFiveFailures() throws Exception {
        Demo.Login l = served.demo.login(Role.ADMIN, null);
        Served.Client c = served.anonymous();
        String wrong = "{\"user\":\"" + l.name() + "\",\"password\":\"wrong\"}";
        for (int i = 0; i < Throttle.FAILURES; i++) {
            assertThat(c.postJson("/api/login", wrong, null).statusCode()).isEqualTo(401);
        }
        // the right password is refused too while the name waits
        HttpResponse<String> r = c.postJson("/api/login", "{\"user\":\"" + l.name() + "\",\"password\":\""
                + l.password() + "\"}", null);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(new io.jixiao.store.Users(served.demo.store()).events())
                .anySatisfy(ev -> assertThat(ev.action()).isEqualTo("login-failed"));
    }

    @Test
    void aBureauNoteOnAnIndicatorIsStoredAuditedAndShownToTheDepartment() throws Exception {
        Served.Client b = clients.get("bureau");
        HttpResponse<String> r = b.postJson(own("/years/2023/notes"),
                "{\"indicator\": \"部门整体/全年监测舆情信息数量\", \"text\": \"19950条 未达 2万条，扣分无误\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode note = JSON.readTree(r.body());
        assertThat(note.get("author").asText()).isEqualTo(served.demo.login(Role.BUREAU, null).name());
        assertThat(note.get("table").asText()).isEqualTo("部门整体");
        assertThat(note.get("revision").asInt()).isPositive();

        // the department sees it, in the API and on its page (under the indicator's name)
        JsonNode seen = JSON.readTree(clients.get("department").get(own("/years/2023/notes")).body());
        assertThat(seen).anySatisfy(n -> assertThat(n.get("text").asText()).isEqualTo("19950条 未达 2万条，扣分无误"));
        String page = clients.get("department").get("/departments/" + guangyang + "/years/2023").body();
        assertThat(page).contains("19950条 未达 2万条，扣分无误").contains("部门整体/全年监测舆情信息数量")
                .doesNotContain("id=\"note-form\"");
        assertThat(clients.get("bureau").get("/departments/" + guangyang + "/years/2023").body())
                .contains("id=\"note-form\"");
        // in the audit log: who, which department-year, what
        assertThat(new io.jixiao.store.Users(served.demo.store()).events()).anySatisfy(ev -> {
            assertThat(ev.action()).isEqualTo("note");
            assertThat(ev.department()).isEqualTo(GUANGYANG);
            assertThat(ev.year()).isEqualTo(2023);
            assertThat(ev.detail()).contains("扣分无误");
        });
        // the department cannot add one, on the page either
        Served.Client d = clients.get("department");
        assertThat(d.postJson(own("/years/2023/notes"), "{\"text\": \"我们同意\"}").statusCode()).isEqualTo(403);
        assertThat(d.postForm("/departments/" + guangyang + "/years/2023/notes", "text=我们同意").statusCode())
                .isEqualTo(403);
        assertThat(d.get(own("/years/2023/notes")).body()).doesNotContain("我们同意");
    }

    @Test
    void aNoteOnAnUnknownIndicatorOrWithoutWordsIs422WithItsCode() throws Exception {
        Served.Client b = clients.get("bureau");
        HttpResponse<String> r = b.postJson(own("/years/2023/notes"),
                "{\"indicator\": \"部门整体/没有这个指标\", \"text\": \"x\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("KPI-0532");
        HttpResponse<String> empty = b.postJson(own("/years/2023/notes"), "{\"text\": \"  \"}");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("KPI-0533");
        // the page's form shows the finding in its fragment
        assertThat(b.postForm("/departments/" + guangyang + "/years/2023/notes", "indicator=&text=").body())
                .contains("id=\"note-error\"").contains("KPI-0533");
    }

    @Test
    void theOpenApiDocumentNamesEveryEndpoint() throws Exception {
        JsonNode doc = JSON.readTree(served.anonymous().get("/api/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/departments/{id}/years/{year}/whatif")).isTrue();
        assertThat(doc.get("paths").has("/api/departments/{id}/years/{year}/actuals")).isTrue();
        assertThat(doc.get("paths").has("/api/login")).isTrue();
        assertThat(doc.get("paths").has("/api/departments/{id}/years/{year}/notes")).isTrue();
        assertThat(doc.get("paths").has("/api/overview")).isTrue();
    }
}
