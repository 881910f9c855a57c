package io.jixiao.report.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.Language;
import io.jixiao.report.Seeds;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The monitoring renderings of the 黄石 example (engine's fixtures/monitor/huangshi): labels in the language of the
 * run, numbers and JSON the same in every language, the page self-contained, the same bytes every time.
 */
class MonitorReportsTest {

    private static final Path DIR = Seeds.ROOT.resolve("engine/src/test/resources/fixtures/monitor/huangshi");

    @AfterEach
    void english() {
        Language.use(Language.EN);
    }

    static DepartmentMonitoring huangshi() {
        return new Pipeline(Options.defaults()).monitor(Source.file(DIR.resolve("targets.yaml")),
                Source.file(DIR.resolve("progress.yaml"))).monitoring();
    }

    @Test
    void labelsFollowTheLanguageAndNumbersDoNot() {
        Language.use(Language.EN);
        String en = MonitorText.render(huangshi());
        String json = MonitorJson.render(huangshi());
        Language.use(Language.ZH);
        String zh = MonitorText.render(huangshi());
        assertThat(en).contains("■ 申遗经费  yellow  projected 99.55 优").contains("预算执行率 39.80%")
                .contains("behind by 10.20 ≤ 20 points → yellow");
        assertThat(zh).contains("■ 申遗经费  黄灯  预计得分 99.55 优").contains("预算执行率 39.80%")
                .contains("10 < 落后10.20 ≤ 20个百分点 → 黄灯").contains("序时进度 6/12 = 50.00%");
        assertThat(MonitorJson.render(huangshi())).isEqualTo(json); // JSON keys and words never change
    }

    @Test
    void theJsonIsTheIssuesShape() {
        String json = MonitorJson.render(huangshi());
        // pace and executionRate in percent to 2 places, fraction 0–1 to 4, lights as words
        assertThat(json).contains("\"pace\" : 50.00,").contains("\"executionRate\" : 39.80,")
                .contains("\"budgetLight\" : \"yellow\",").contains("\"fraction\" : 0.9778,")
                .contains("\"projectedScore\" : 99.55,").contains("\"likelihood\" : \"有可能\",")
                .contains("\"lights\" : {\n    \"red\" : 0,\n    \"yellow\" : 1,\n    \"green\" : 0\n  }");
    }

    @Test
    void thePageIsSelfContainedAndDeterministic() {
        String html = MonitorHtml.render(huangshi());
        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=\"http")
                .contains("<b class=\"yellow\">1</b>").contains("申遗经费");
        assertThat(MonitorHtml.render(huangshi())).isEqualTo(html);
        assertThat(MonitorCsv.render(huangshi()).lines().count()).isEqualTo(1 + 3);
    }

    @Test
    void theBureausViewRanksByRedThenYellow() {
        MonitoredDepartment yellow = MonitoredDepartment.of("huangshi", huangshi());
        BureauMonitoring b = BureauMonitoring.of("root", null, List.of(yellow));
        assertThat(BureauJson.render(b)).contains("\"folder\" : \"huangshi\"").contains("\"projectedScore\" : 99.55");
        assertThat(BureauCsv.render(b)).contains("1,huangshi,黄石市文化和旅游局,2019,6,99.55,优,0,1,0,0,1,");
        assertThat(BureauText.render(b)).contains("申遗经费 (yellow)");
        assertThat(BureauHtml.render(b)).doesNotContain("<script").contains("dot yellow");
    }
}
