package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Language;
import io.jixiao.report.browser.BrowserTests;
import io.jixiao.report.browser.Chromium;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code jixiao history 广阳 --format html} opened in headless Chromium as a bureau's reader opens it (in Chinese, the
 * default): the chart of the department score by year is drawn, the changes table lists 2024's changes, the console
 * stays silent. The screenshot is kept as store/target/jixiao-history.png. Skipped without chromium, except where
 * CI=true ({@link BrowserTests}).
 */
class HistoryPageBrowserTest {

    private static final String TEST = "HistoryPageBrowserTest";
    private static final int WIDTH = 1280;
    private static final int GREEN = 0x1b7f3b;
    private static Chromium chromium;
    private static Path page;

    @BeforeAll
    static void page() throws Exception {
        Path work = Path.of("target", "browser-test");
        chromium = BrowserTests.chromium(TEST, work);
        if (chromium == null) {
            return;
        }
        String html;
        try (Store s = Store.open(Databases.h2())) {
            ImportTest.importAll(s, Databases.bundled());
            Language.use(Language.ZH);
            try {
                html = HistoryReport.html(new HistoryReader(s).history("广阳"));
            } finally {
                Language.use(Language.EN);
            }
        }
        page = work.resolve("history.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void needsChromium() {
        BrowserTests.assumeChromium(TEST, chromium);
    }

    @Test
    void theChartAndTheChangesAreOnThePage() throws Exception {
        Chromium.Result r = chromium.run(List.of("--dump-dom"), page.toUri().toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.console()).as("console messages").isEmpty();
        String dom = r.stdout();
        // one bar a scored year: 2023 90.78 优, 2024 98.73 优 (ImportTest: the same scores)
        assertThat(dom).contains("aria-label=\"历年部门得分\"");
        Matcher bars = Pattern.compile("<rect class=\"bar\" data-score=\"([0-9.]+)\"").matcher(dom);
        List<String> scores = bars.results().map(m -> m.group(1)).toList();
        assertThat(scores).containsExactly("90.78", "98.73");
        // the changes of 2024 against 2023 (ImportTest): three targets lowered — 全年监测舆情信息数量 ≥2万条 → ≥1.8万条,
        // 舆情监测费用 ≤20万元 → ≤220000元, 维护数量 ≥90个 → ≥85个 — one indicator added, one dropped
        assertThat(rows(dom, "target-lowered")).isEqualTo(3);
        assertThat(rows(dom, "added")).isEqualTo(1);
        assertThat(rows(dom, "dropped")).isEqualTo(1);
        assertThat(dom).contains("<td class=\"kind\">目标降低</td><td>≥2万条</td><td>≥1.8万条</td>");
    }

    @Test
    void theBarsAreDrawnAndTheScreenshotIsKept() throws Exception {
        int height = 3000;
        Path shot = page.resolveSibling("history-full.png");
        Chromium.Result r = chromium.screenshot(page, shot, WIDTH, height);
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.console()).as("console messages").isEmpty();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        // two 优 bars (#1b7f3b) 22 px high on a 520 px plot: 0.9078 × 520 ≈ 472 px and 0.9873 × 520 ≈ 513 px wide,
        // ≈ (472 + 513) × 22 ≈ 21670 px; at least 2 × 400 × 18 whatever the anti-aliasing
        assertThat(BrowserTests.count(image, GREEN)).as("green 优 bar pixels").isGreaterThan(2 * 400 * 18);
        BufferedImage cropped = image.getSubimage(0, 0, WIDTH, BrowserTests.contentHeight(image));
        assertThat(cropped.getHeight()).as("the page was not cut off").isLessThan(height);
        Path kept = Path.of("target", "jixiao-history.png");
        ImageIO.write(cropped, "png", kept.toFile());
        System.err.println(TEST + ": screenshot " + kept.toAbsolutePath());
    }

    private static long rows(String dom, String kind) {
        return Pattern.compile("<tr data-kind=\"" + kind + "\">").matcher(dom).results().count();
    }
}
