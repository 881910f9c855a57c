package io.jixiao.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.report.Seeds;
import io.jixiao.report.browser.BrowserTests;
import io.jixiao.report.browser.Chromium;
import io.jixiao.report.monitor.BureauHtml;
import io.jixiao.report.monitor.MonitorHtml;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitoring pages opened in headless Chromium as a department's officer and a bureau open them: the one-page
 * traffic-light view of {@code jixiao monitor -o F.html} (kaiping's illustrative progress at month 6) and the bureau's
 * ranking of {@code jixiao monitor DIR -o F.html} (the four bundled departments). The numbers are on the page, the
 * lamps and the 预算执行率 bars are drawn in the lights' colours, the console stays silent. Screenshots are kept as
 * report/target/jixiao-monitor.png and jixiao-bureau.png. Skipped without chromium, except where CI=true.
 */
class MonitorPagesBrowserTest {

    private static final int WIDTH = 1280;
    private static final int RED = 0xc0392b;
    private static final int GREEN = 0x1b7f3b;
    private static Chromium chromium;
    private static Path work;
    private static Path department;
    private static Path bureau;

    @BeforeAll
    static void pages() throws IOException {
        work = Path.of("target", "browser-test");
        chromium = BrowserTests.chromium("MonitorPagesBrowserTest", work);
        if (chromium == null) {
            return;
        }
        department = work.resolve("monitor.html");
        Files.writeString(department, MonitorHtml.render(monitor("kaiping/2025")), StandardCharsets.UTF_8);
        List<MonitoredDepartment> all = new ArrayList<>();
        for (String seed : Seeds.ALL) {
            all.add(MonitoredDepartment.of(seed, monitor(seed)));
        }
        bureau = work.resolve("bureau.html");
        Files.writeString(bureau, BureauHtml.render(BureauMonitoring.of("indicators", null, all)),
                StandardCharsets.UTF_8);
    }

    private static DepartmentMonitoring monitor(String seed) {
        return new Pipeline(Options.defaults()).monitor(Source.file(Seeds.targetsFile(seed)),
                Source.file(Seeds.ROOT.resolve("indicators/" + seed + "/progress-example.yaml"))).monitoring();
    }

    @BeforeEach
    void needsChromium() {
        BrowserTests.assumeChromium("MonitorPagesBrowserTest", chromium);
    }

    @Test
    void theDepartmentsPageShowsTheProjectedScoreAndTheLamps() throws Exception {
        Chromium.Result r = chromium.run(List.of("--dump-dom"), department.toUri().toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        // kaiping at month 6: two red tables, no yellow, one green; projected 95.67 优 (budget-weighted mean of the
        // projects' 2-place projected scores, rounded once: docs/scoring.md#arithmetic; BundledProgressTest)
        assertThat(r.stdout()).contains("<div class=\"score\">95.67 <small>优</small></div>")
                .contains("<b class=\"red\">2</b>").contains("<b class=\"yellow\">0</b>")
                .contains("<b class=\"green\">1</b>").contains("本级网络宣传和信息化工作经费")
                .contains("预算执行率 = spent to month 6 3.2万元 / adjusted budget (调整后预算数) 12万元 = 26.67%");
        assertThat(r.console()).as("console messages").isEmpty();
    }

    @Test
    void theLampsAndTheBarsAreDrawnInTheLightsColours() throws Exception {
        BufferedImage image = screenshot(department, "monitor.png", 5200, "jixiao-monitor.png");
        // red (#c0392b): the red lamp, a 54 px disc (π·27² ≈ 2290 px, less the white "2" and its anti-aliased edge:
        // at least 1700), and 本级网络宣传和信息化工作经费's 预算执行率 bar, 26.67% of a track of at most 520 px, 12 px
        // high (0.2667 × 520 × 12 ≈ 1660 px; the track may be narrower, so at least 1000); the dots come on top.
        // Without the bar the red would stay under 1700 + 5 dots × π·7² ≈ 2470 px.
        assertThat(BrowserTests.count(image, RED)).as("red lamp and red 预算执行率 bar pixels").isGreaterThan(1700 + 1000);
        // green (#1b7f3b): the green lamp (≥ 1700) and the two green budgets' bars, 46.00% and 44.85% of the track
        // (≈ 2870 + 2800 px at 520 px; at least 2 × 1700 on a narrower track)
        assertThat(BrowserTests.count(image, GREEN)).as("green lamp and green 预算执行率 bars pixels").isGreaterThan(1700 + 3400);
    }

    @Test
    void theBureausPageRanksTheDepartmentsByRedThenYellow() throws Exception {
        Chromium.Result r = chromium.run(List.of("--dump-dom"), bureau.toUri().toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        String dom = r.stdout();
        // luancheng 4 red, guangyang 3 red, shifeng 2 red 1 yellow, kaiping 2 red 0 yellow (docs/monitoring.md#bureau)
        List<String> order = List.of("luancheng/2020", "guangyang/2023", "shifeng/2023", "kaiping/2025");
        List<Integer> at = order.stream().map(f -> dom.indexOf("<td>" + f + "</td>")).toList();
        assertThat(at).doesNotContain(-1).isSorted();
        assertThat(dom).contains("<b class=\"red\">11</b>").contains("<b class=\"yellow\">3</b>")
                .contains("<b class=\"green\">4</b>");
        assertThat(r.console()).as("console messages").isEmpty();
        BufferedImage image = screenshot(bureau, "bureau.png", 1600, "jixiao-bureau.png");
        // the red lamp (≥ 1700 px) and one red dot per red table in the ranking: 11 × π·7² ≈ 1690 px (at least 1000)
        assertThat(BrowserTests.count(image, RED)).as("red lamp and dots").isGreaterThan(1700 + 1000);
    }

    private static BufferedImage screenshot(Path page, String name, int height, String kept) throws Exception {
        Path shot = work.resolve(name);
        Chromium.Result r = chromium.screenshot(page, shot, WIDTH, height);
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.console()).as("console messages").isEmpty();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        ImageIO.write(image, "png", Path.of("target", kept).toFile());
        return image;
    }
}
