package io.jixiao.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Language;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.report.Seeds;
import io.jixiao.report.browser.BrowserTests;
import io.jixiao.report.browser.Chromium;
import io.jixiao.report.recheck.ReviewHtml;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report a director signs and the review page, opened in headless Chromium as a reader opens them, and
 * printed to PDF there (A4) as a reader's "Save as PDF" does. On screen: the score is on the page, the charts are
 * drawn (bars of the grade colours cover real pixels) and the console stays silent; the ranking sorts when a heading
 * is clicked. In print: A4 pages, numbered "第 n 页，共 N 页", the signature block on the last page, and every chart on
 * one page with its caption "图n" and its note "图n说明" (the PDF's text per page, read with PDFBox).
 *
 * <p>Kept as build artefacts under report/target/: jixiao-report.png and jixiao-review.png (screenshots),
 * jixiao-report.pdf and jixiao-review.pdf, and a PNG of every printed page (jixiao-report.pdf-page-1.png …). The
 * pages are rendered in Chinese (the product's default). Without a chromium binary the test is skipped with a
 * message, except where CI=true: there .ci/run installs chromium and the test must run.
 */
class HtmlReportBrowserTest {

    static final Path SCREENSHOT = Path.of("target", "jixiao-report.png");
    static final Path REPORT_PDF = Path.of("target", "jixiao-report.pdf");
    static final Path REVIEW_SCREENSHOT = Path.of("target", "jixiao-review.png");
    static final Path REVIEW_PDF = Path.of("target", "jixiao-review.pdf");
    private static final int WIDTH = 1280;
    private static final Pattern FIGURE = Pattern.compile("<figcaption>(图(\\d+)　[^<]*)</figcaption>");
    private static Chromium chromium;
    private static Path work;
    private static Path page;
    private static Path reviewPage;
    private static ScoredDepartment scored;
    private static String html;
    private static String reviewHtml;

    @BeforeAll
    static void browser() throws IOException {
        work = Path.of("target", "browser-test");
        chromium = BrowserTests.chromium("HtmlReportBrowserTest", work);
        if (chromium == null) {
            return;
        }
        Language before = Language.current();
        Language.use(Language.ZH);
        try {
            // scored and reviewed in Chinese too, so that the findings on the pages are in the language of the run
            scored = Seeds.scored("guangyang/2023");
            BureauReport review = Seeds.review();
            html = HtmlReport.render(scored, LocalDate.of(2024, 3, 31));
            reviewHtml = ReviewHtml.render(review);
        } finally {
            Language.use(before);
        }
        page = work.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        reviewPage = work.resolve("review.html");
        Files.writeString(reviewPage, reviewHtml, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void needsChromium() {
        BrowserTests.assumeChromium("HtmlReportBrowserTest", chromium);
    }

    @Test
    void theRenderedPageShowsTheScoreAndGrade() throws Exception {
        Chromium.Result r = chromium.run(List.of("--dump-dom"), page.toUri().toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("id=\"department-score\">90.78<span>分</span>")
                .contains("id=\"department-grade\">优</div>")
                .contains("中共廊坊市广阳区委网络安全和信息化委员会办公室")
                .contains("<span id=\"evaluation-date\">2024年3月31日</span>");
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
        // the tables and the 部门整体支出绩效评价 sheet (guangyang has one)
        List<io.jixiao.scoring.TableScore> sections = new java.util.ArrayList<>(scored.score().tables());
        if (scored.score().evaluation() != null) {
            sections.add(scored.score().evaluation());
        }
        int indicators = sections.stream().mapToInt(t -> t.indicators().size()).sum();
        int height = 2200 + 700 * sections.size() + 90 * indicators;
        Path shot = work.resolve("full.png");
        Chromium.Result r = chromium.screenshot(page, shot, WIDTH, height);
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.console()).as("console messages").isEmpty();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);

        // 优 bars (#1b7f3b): 部门整体 90.78 and the monitoring project 97.00, each ~470×22 px in the overview;
        // 良 (#1f6fb2): the platform project 83.82 (~436×22 px) plus the blue category bars of each table.
        assertThat(BrowserTests.count(image, 0x1b7f3b)).as("green 优 bar pixels").isGreaterThan(2 * 400 * 18);
        assertThat(BrowserTests.count(image, 0x1f6fb2)).as("blue 良 / category bar pixels").isGreaterThan(400 * 18);
        // amber category bars (a category that lost more than a tenth of its points): 效益 22.50/30 of 部门整体
        assertThat(BrowserTests.count(image, 0xc77c02)).as("amber category bar pixels").isGreaterThan(100 * 14);

        keep(image, height, SCREENSHOT);
    }

    @Test
    void printedToA4EveryPageIsNumberedAndNoChartIsSplit() throws Exception {
        Chromium.Result r = chromium.printToPdf(page, REPORT_PDF);
        assertThat(r.exit()).as(r.stderr()).isZero();
        Pdf pdf = Pdf.read(REPORT_PDF, REPORT_PDF, 96);
        System.err.println("HtmlReportBrowserTest: " + REPORT_PDF.toAbsolutePath() + " (" + pdf.pageCount() + " pages)");

        // the hero, the information and the overview; each of the three tables starts a page (one to three pages
        // each for 13, 8 and 8 indicators); the signatures close the last page
        assertThat(pdf.pageCount()).isBetween(5, 14);
        a4(pdf);
        numbered(pdf);
        assertThat(pdf.text(1)).contains("绩效自评报告").contains("90.78").contains("评价日期").contains("2024年3月31日")
                .contains("数据来源");
        assertThat(pdf.text(pdf.pageCount())).contains("填报人").contains("审核人").contains("单位负责人").contains("（盖章）");
        // each table's section begins a page: its kicker is on a page of its own
        assertThat(pdf.pageOf("部门整体支出绩效自评表")).hasValue(pdf.pageOf("图2").orElseThrow());
        chartsAreWhole(html, pdf, 5);   // the overview, the three tables and the 部门整体支出绩效评价 sheet
    }

    @Test
    void theReviewPageDrawsItsChartsAndItsScreenshotIsKept() throws Exception {
        Path shot = work.resolve("review-full.png");
        int height = 3600;
        Chromium.Result r = chromium.screenshot(reviewPage, shot, WIDTH, height);
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.console()).as("console messages").isEmpty();
        BufferedImage image = ImageIO.read(shot.toFile());
        // the grade distribution: 优 3 of 4 departments, a green bar of 3/4 × 380 px × 18 px
        assertThat(BrowserTests.count(image, 0x1b7f3b)).as("green 优 bar pixels").isGreaterThan(250 * 16);
        // the category averages: 产出 91.91% and 预算执行率 94.77% blue (≥ 90%), 效益 72.97% and 满意度 88.41% amber
        assertThat(BrowserTests.count(image, 0x1f6fb2)).as("blue bar pixels").isGreaterThan(2 * 330 * 16);
        assertThat(BrowserTests.count(image, 0xc77c02)).as("amber bar pixels").isGreaterThan(2 * 260 * 16);
        keep(image, height, REVIEW_SCREENSHOT);
    }

    @Test
    void theReviewRankingSortsWhenAHeadingIsClickedAndLinksToEachDepartment() throws Exception {
        // the page as it is, then a click on 得分 (highest first) and one on 部门 (by name), read back from the DOM
        String probe = reviewHtml.replace("</body>", """
                <script>
                function order() {
                  return Array.prototype.map.call(document.querySelectorAll('table.ranking tbody tr'),
                      function (tr) { return tr.cells[0].textContent; }).join(',');
                }
                var log = [order()];
                var heads = document.querySelectorAll('table.ranking thead th');
                heads[2].click(); log.push(order());
                heads[2].click(); log.push(order());
                heads[0].click(); log.push(order());
                document.body.setAttribute('data-probe', log.join(' | '));
                </script>
                </body>""");
        Path probePage = work.resolve("review-probe.html");
        Files.writeString(probePage, probe, StandardCharsets.UTF_8);
        Chromium.Result r = chromium.run(List.of("--dump-dom"), probePage.toUri().toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.console()).as("console messages").isEmpty();
        // ranks 1..4 as printed; 得分 first click: highest first (1,2,3,4); again: lowest first; 名次: 1..4
        assertThat(r.stdout()).contains("data-probe=\"1,2,3,4 | 1,2,3,4 | 4,3,2,1 | 1,2,3,4\"");
        assertThat(r.stdout()).contains("aria-sort=\"ascending\"");
        // every department of the ranking links to its own section
        Matcher links = Pattern.compile("<a href=\"#(d\\d+)\">").matcher(reviewHtml);
        int n = 0;
        while (links.find()) {
            assertThat(reviewHtml).contains("<section class=\"department\" id=\"" + links.group(1) + "\">");
            n++;
        }
        assertThat(n).isEqualTo(4);
    }

    @Test
    void theReviewPagePrintedToA4IsNumberedWithWholeCharts() throws Exception {
        Chromium.Result r = chromium.printToPdf(reviewPage, REVIEW_PDF);
        assertThat(r.exit()).as(r.stderr()).isZero();
        Pdf pdf = Pdf.read(REVIEW_PDF, REVIEW_PDF, 96);
        System.err.println("HtmlReportBrowserTest: " + REVIEW_PDF.toAbsolutePath() + " (" + pdf.pageCount() + " pages)");
        // summary and charts; the ranking on a page of its own; 16 findings of 4 departments
        assertThat(pdf.pageCount()).isBetween(3, 8);
        a4(pdf);
        numbered(pdf);
        assertThat(pdf.text(1)).contains("等级分布").contains("类别平均");
        // the findings as the 复核 says them in Chinese (KPI-0320), no English sentence among them
        assertThat(pdf.pageOf("重新计算为")).isPresent();
        assertThat(pdf.pageOf("claims")).isEmpty();
        chartsAreWhole(reviewHtml, pdf, 2);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void a4(Pdf pdf) {
        for (int p = 1; p <= pdf.pageCount(); p++) {
            PDRectangle size = pdf.size(p);
            assertThat(size.getWidth()).as("page %d width", p).isCloseTo(Pdf.A4_WIDTH, org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).as("page %d height", p).isCloseTo(Pdf.A4_HEIGHT,
                    org.assertj.core.data.Offset.offset(1f));
        }
    }

    /** "第 p 页，共 N 页" at the foot of every page (the page's own CSS @page rule). */
    private static void numbered(Pdf pdf) {
        for (int p = 1; p <= pdf.pageCount(); p++) {
            assertThat(pdf.text(p).replaceAll("(?U)\\s", "")).as("page %d", p)
                    .contains("第" + p + "页，共" + pdf.pageCount() + "页");
        }
    }

    /** Every figure's caption "图n　…" and its note "图n说明" are on the same printed page, so the chart between is. */
    private static void chartsAreWhole(String page, Pdf pdf, int expected) {
        Matcher m = FIGURE.matcher(page);
        int figures = 0;
        while (m.find()) {
            figures++;
            String caption = m.group(1).replace("&amp;", "&");
            OptionalInt top = pdf.pageOf(caption);
            OptionalInt bottom = pdf.pageOf("图" + m.group(2) + "说明");
            assertThat(top).as("caption %s in the PDF", caption).isPresent();
            assertThat(bottom).as("page of the note of %s", caption).hasValue(top.getAsInt());
        }
        assertThat(figures).as("figures").isEqualTo(expected);
    }

    private static void keep(BufferedImage image, int height, Path where) throws IOException {
        BufferedImage cropped = image.getSubimage(0, 0, WIDTH, BrowserTests.contentHeight(image));
        Files.createDirectories(where.getParent());
        ImageIO.write(cropped, "png", where.toFile());
        assertThat(cropped.getHeight()).as("the page was not cut off: blank rows remain below it").isLessThan(height);
        System.err.println("HtmlReportBrowserTest: screenshot " + where.toAbsolutePath());
    }
}
