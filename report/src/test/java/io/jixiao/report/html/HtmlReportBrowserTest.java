package io.jixiao.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jixiao.report.ScoredDepartment;
import io.jixiao.report.Seeds;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report opened in headless Chromium as a reader opens it: the score is on the page, the charts are
 * drawn (bars of the grade colours cover real pixels in the screenshot) and the console stays silent. The
 * screenshot is kept as report/target/jixiao-report.png. Without a chromium binary the test is skipped with a
 * message, except where CI=true: there .ci/run installs chromium and the test must run.
 */
class HtmlReportBrowserTest {

    static final Path SCREENSHOT = Path.of("target", "jixiao-report.png");
    private static final int WIDTH = 1280;
    private static Chromium chromium;
    private static Path work;
    private static Path page;
    private static ScoredDepartment scored;
    private static final String SKIP = "SKIPPED HtmlReportBrowserTest: no chromium on PATH (apt-get install chromium"
            + " fonts-wqy-microhei to run it; CI=true makes it required)";

    @BeforeAll
    static void browser() throws IOException {
        work = Files.createDirectories(Path.of("target", "browser-test"));
        Optional<Chromium> found = Chromium.find(work);
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but no chromium on PATH: .ci/run installs Debian's chromium; the browser test must run");
            }
            System.err.println(SKIP);
            return;
        }
        chromium = found.get();
        scored = Seeds.scored("guangyang/2023");
        page = work.resolve("report.html");
        Files.writeString(page, HtmlReport.render(scored), StandardCharsets.UTF_8);
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, SKIP);
    }

    @Test
    void theRenderedPageShowsTheScoreAndGrade() throws Exception {
        Chromium.Result r = chromium.run(List.of("--dump-dom"), page.toUri().toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("id=\"department-score\">90.78<span>分</span>")
                .contains("id=\"department-grade\">优</div>")
                .contains("中共廊坊市广阳区委网络安全和信息化委员会办公室");
        assertThat(r.console()).as("console messages").isEmpty();
    }

    @Test
    void theConsoleCheckSeesWhatAPageLogs() throws Exception {
        // the probe shows that console output would be caught, so the silence above means something
        Path probe = work.resolve("probe.html");
        Files.writeString(probe, "<!DOCTYPE html><html><head><link rel=\"icon\" href=\"data:,\"></head><body>"
                + "<script>console.error('probe-error'); missingFunction();</script></body></html>");
        Chromium.Result r = chromium.run(List.of("--dump-dom"), probe.toUri().toString());
        assertThat(r.console()).anyMatch(l -> l.contains("probe-error"))
                .anyMatch(l -> l.contains("Uncaught ReferenceError"));
    }

    @Test
    void theChartsAreDrawnAndTheScreenshotIsKept() throws Exception {
        int indicators = scored.score().tables().stream().mapToInt(t -> t.indicators().size()).sum();
        int height = 900 + 420 * scored.score().tables().size() + 56 * indicators;
        Path shot = work.resolve("full.png");
        Chromium.Result r = chromium.run(List.of("--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + WIDTH + "," + height, "--screenshot=" + shot.toAbsolutePath()), page.toUri().toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.console()).as("console messages").isEmpty();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);

        // 优 bars (#1b7f3b): 部门整体 90.78 and the monitoring project 97.00, each ~470×22 px in the overview;
        // 良 (#1f6fb2): the platform project 83.47 (~434×22 px) plus the blue category bars of each table.
        assertThat(count(image, 0x1b7f3b)).as("green 优 bar pixels").isGreaterThan(2 * 400 * 18);
        assertThat(count(image, 0x1f6fb2)).as("blue 良 / category bar pixels").isGreaterThan(400 * 18);
        // amber category bars (a category that lost more than a tenth of its points): 效益 22.50/30 of 部门整体
        assertThat(count(image, 0xc77c02)).as("amber category bar pixels").isGreaterThan(100 * 14);

        BufferedImage cropped = image.getSubimage(0, 0, WIDTH, contentHeight(image));
        Files.createDirectories(SCREENSHOT.getParent());
        ImageIO.write(cropped, "png", SCREENSHOT.toFile());
        assertThat(cropped.getHeight()).as("the page was not cut off: blank rows remain below it").isLessThan(height);
        System.err.println("HtmlReportBrowserTest: screenshot " + SCREENSHOT.toAbsolutePath());
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Height down to the last row that is not all page background. */
    private static int contentHeight(BufferedImage img) {
        int background = img.getRGB(0, img.getHeight() - 1);
        for (int y = img.getHeight() - 1; y > 0; y--) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) != background) {
                    return Math.min(img.getHeight(), y + 24);
                }
            }
        }
        return img.getHeight();
    }
}
