package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.store.Catalog;
import io.jixiao.store.Users.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench scores a department with the bureau's profile, never one its targets name (KPI-0329), when the demo
 * store is made and when the department submits actuals through the API: the store's importer decides, as in
 * {@code store import} and {@code review} (issue 13's trust boundary).
 */
class BureauProfileApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LUANCHENG = "中共石家庄市栾城区委网络安全和信息化委员会办公室";

    static Served served;
    static Path folder;
    static long luancheng;

    /**
     * 栾城 2020 alone, its targets naming a lenient profile of their own (national's text, calling itself national,
     * with 优 from 50): read, it would make 栾城's 84.91 an 优; national makes it 良 (80 ≤ 84.91 < 90).
     */
    @BeforeAll
    static void start() throws Exception {
        Path root = Files.createTempDirectory("jixiao-own-profile");
        folder = Files.createDirectories(root.resolve("luancheng"));
        Path from = Served.INDICATORS.resolve("luancheng/2020");
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, folder.resolve(p.getFileName().toString()));
            }
        }
        Path targets = folder.resolve("targets.yaml");
        String text = Files.readString(targets, StandardCharsets.UTF_8);
        // line 8, the value at column 10 ("profile: " is 9 characters)
        assertThat(text.lines().toList().get(6)).isEqualTo("year: 2020");
        Files.writeString(targets, text.replace("\nyear: 2020\n", "\nyear: 2020\nprofile: lax.yaml\n"),
                StandardCharsets.UTF_8);
        String national = Files.readString(Served.INDICATORS.resolve("../rules/profiles/national.yaml"),
                StandardCharsets.UTF_8);
        String lax = national.replace("grades: {优: 90, 良: 80, 中: 60}", "grades: {优: 50, 良: 40, 中: 30}");
        assertThat(lax).isNotEqualTo(national);
        Files.writeString(folder.resolve("lax.yaml"), lax, StandardCharsets.UTF_8);
        served = new Served(root, Workbench.Settings.of("127.0.0.1", 0));
        JsonNode all = JSON.readTree(served.login(served.demo.login(Role.BUREAU, null)).get("/api/departments").body());
        luancheng = all.get(0).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static void scoredByNationalWithTheFinding(Served.Client c) throws Exception {
        Catalog.Entry e = new Catalog(served.demo.store()).list(2020).get(0);
        assertThat(e.department()).isEqualTo(LUANCHENG);
        assertThat(e.profile()).isEqualTo("national");
        assertThat(e.grade()).isEqualTo("良");
        HttpResponse<String> score = c.get("/api/departments/" + luancheng + "/years/2020/score");
        assertThat(score.statusCode()).as(score.body()).isEqualTo(200);
        assertThat(score.body()).contains("KPI-0329").contains("targets.yaml:8:10");
        assertThat(JSON.readTree(score.body()).toString()).contains("\"grade\":\"良\"");
    }

    @Test
    void theDemoStoreAndASubmissionScoreWithTheBureausProfileAndSayTheOwnOneWasIgnored() throws Exception {
        Served.Client c = served.login(served.demo.login(Role.DEPARTMENT, LUANCHENG));
        scoredByNationalWithTheFinding(c);
        int before = new Catalog(served.demo.store()).list(2020).get(0).revision();

        // the department submits its actuals again (one more line, the same outcome): stored, scored by national
        byte[] actuals = Files.readAllBytes(folder.resolve("actuals-example.yaml"));
        byte[] changed = (new String(actuals, StandardCharsets.UTF_8) + "# submitted again\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = c.upload("/api/departments/" + luancheng + "/years/2020/actuals",
                "actuals-example.yaml", changed);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("stored").asBoolean()).isTrue();
        assertThat(new Catalog(served.demo.store()).list(2020).get(0).revision()).isEqualTo(before + 1);
        scoredByNationalWithTheFinding(c);
    }
}
