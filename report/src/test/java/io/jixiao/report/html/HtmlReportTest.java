package io.jixiao.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Language;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.report.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as text: self-contained, the scores it was given, one bar per table, status colours, and what makes
 * it a document a director signs — the 绩效目标, each indicator's 评（扣）分标准, the evaluation date and the data
 * sources, the signature block, the page numbers of print — in Chinese (the product's default) and in English.
 */
class HtmlReportTest {

    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" data-score=\"([0-9.]+)\"[^>]* width=\"([0-9.]+)\"");
    private static String html;
    private static String english;

    @BeforeAll
    static void render() {
        // scored in the language it is rendered in, as the command does: the findings are in that language too
        html = in(Language.ZH, () -> HtmlReport.render(Seeds.scored("guangyang/2023"), LocalDate.of(2024, 3, 31)));
        english = in(Language.EN, () -> HtmlReport.render(Seeds.scored("guangyang/2023")));
    }

    static <T> T in(Language language, Supplier<T> work) {
        Language before = Language.current();
        Language.use(language);
        try {
            return work.get();
        } finally {
            Language.use(before);
        }
    }

    @Test
    void theFileNeedsNothingFromOutside() {
        for (String page : List.of(html, english)) {
            assertThat(page).doesNotContain("<script", "<link rel=\"stylesheet\"", "@import", "url(", " src=");
            // the only URLs are the SVG namespace, which is a name, not a fetch
            assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
            assertThat(Pattern.compile("href=\"(?!#|data:)").matcher(page).find()).as("only in-page links").isFalse();
        }
    }

    @Test
    void showsTheDepartmentScoreAndGrade() {
        assertThat(html).contains("<html lang=\"zh-CN\">")
                .contains("<div class=\"score\" id=\"department-score\">90.78<span>分</span></div>")
                .contains("<div class=\"grade\" id=\"department-grade\">优</div>")
                .contains("<title>中共廊坊市广阳区委网络安全和信息化委员会办公室 2023年度绩效自评报告</title>")
                .contains("部门得分").contains("自评等级");
    }

    @Test
    void oneBarPerTableAsLongAsItsScore() {
        String overview = html.substring(html.indexOf("<svg class=\"chart bars\""), html.indexOf("</svg>") + 6);
        Matcher m = BAR.matcher(overview);
        List<String> scores = new java.util.ArrayList<>();
        while (m.find()) {
            scores.add(m.group(1));
            // the plot is 520 px for 100 points: 90.78 → 472.06, 97 → 504.4, 83.82 → 435.86 (the scores are 2-place)
            assertThat(Double.parseDouble(m.group(2))).isCloseTo(520 * Double.parseDouble(m.group(1)) / 100,
                    org.assertj.core.data.Offset.offset(0.01));
        }
        // 政务网络平台项目经费: 全年预算数 54 (年初 56), 52.8/54 → 9.78 of 10 (docs/scoring.md#adjusted-budget)
        assertThat(scores).containsExactly("90.78", "97.00", "83.82");
        assertThat(overview).contains("fill=\"#1b7f3b\"").contains("fill=\"#1f6fb2\"");    // 优 green, 良 blue
        assertThat(overview).contains(">良 80</text>").contains(">优 90</text>");           // profile thresholds
        assertThat(overview).contains("aria-label=\"各表得分\"").contains("<title>部门整体：90.78分，优</title>");
    }

    @Test
    void eachTableShowsItsCategoriesAgainstTheirPoints() {
        // three tables and the 部门整体支出绩效评价 sheet
        assertThat(count(html, "<svg class=\"chart categories\"")).isEqualTo(4);
        // 网络安全监测项目经费: 产出 50/50, 效益 27.5/30, 满意度 N/A, 预算执行 9.8/10
        assertThat(html).contains("data-score=\"50.00\" data-points=\"50.00\"")
                .contains("data-score=\"27.50\" data-points=\"30.00\"")
                .contains("不适用，10.00分剔除后折算")
                .contains("data-score=\"9.80\" data-points=\"10.00\"");
    }

    @Test
    void everyChartIsAFigureWithItsCaptionAndNote() {
        // the overview, one per table and one for the evaluation sheet: 5 numbered figures, each caption "图n　…" and note "图n说明：…"
        for (int n = 1; n <= 5; n++) {
            assertThat(html).contains("<figure class=\"chart-block\" id=\"figure-" + n + "\">")
                    .contains("<figcaption>图" + n + "　").contains("<p class=\"figure-note\">图" + n + "说明：");
        }
        assertThat(html).contains("<figcaption>图3　网络安全监测项目经费：各类指标得分与分值</figcaption>");
    }

    @Test
    void everyIndicatorIsListedWithHowItWasAchievedInTheWordsOfTheSelfEvaluationTable() {
        // 13 + 8 + 8 indicators, and the 11 rows of the 部门整体支出绩效评价 sheet
        assertThat(count(html, "<tr class=\"met\">") + count(html, "<tr class=\"partial\">")
                + count(html, "<tr class=\"missed\">") + count(html, "<tr class=\"na\">")).isEqualTo(40);
        assertThat(count(html, "<tr class=\"na\">")).isEqualTo(1);
        assertThat(html).contains("<span class=\"status partial\">部分达成</span>")
                .contains("实际19950条 &lt; 目标20000条")
                .contains("<th>年度指标值</th><th>实际完成值</th><th>评（扣）分标准</th>")
                .contains("<th class=\"num\">分值</th><th class=\"num\">得分</th><th>完成情况</th><th>评分依据</th>");
        // 有效提高广阳区经济质量: 未达成 scores its default 30% (status partial) and is labelled 未达成, in red
        assertThat(html).containsPattern("<tr class=\"missed\"><td><span class=\"levels\">[^<]*</span>有效提高广阳区经济质量"
                + "</td>.*<span class=\"status missed\">未达成</span>");
        assertThat(html).doesNotContain("部分完成", ">未完成<", ">达标<");   // the old status words
        // the rule that scored a line in the words of the 自评表, its name (docs/scoring.md) on hover
        assertThat(html).contains("<td class=\"why\"><span class=\"rule\" title=\"deduction-step\">按评（扣）分标准逐档扣分"
                + "</span>：实际19950条 &lt; 目标20000条");
    }

    @Test
    void eachIndicatorShowsItsScoringStandard() {
        // written in the targets: 每减少10条，扣减数量分值的1% (部门整体 / 全年监测舆情信息数量)
        assertThat(html).contains("<td class=\"standard\">每减少10条，扣减数量分值的1%</td>")
                .contains("<td class=\"standard\">达标得满分，不达标不得分</td>");
        // none written (the projects): the default method in words
        assertThat(html).contains("未列；默认：达到指标值得满分，未达到按完成比例计分").contains("未列；按自评等级计分");
    }

    @Test
    void showsTheGoalsOfEachTable() {
        assertThat(html).contains("<h3>绩效目标（年度总体目标）</h3>")
                .contains("<li>通过对全网进行实时监测，掌握舆情状态")
                // the 部门整体 table of 广阳 states no goal: said so, not left out
                .contains("（绩效目标表未列年度总体目标）");
    }

    @Test
    void theEvaluationDateComesFromTheOptionElseALineIsLeftToFillIn(@TempDir Path dir) {
        assertThat(html).contains("<dt>评价日期</dt><dd><span id=\"evaluation-date\">2024年3月31日</span></dd>");
        String blank = in(Language.ZH, () -> HtmlReport.render(Seeds.scored("guangyang/2023")));
        assertThat(blank).contains("<dt>评价日期</dt><dd><span class=\"blank\" id=\"evaluation-date\">"
                + "______年____月____日</span></dd>");
        assertThat(english).contains("<span class=\"blank\" id=\"evaluation-date\">(date to be written by hand)</span>");
        assertThat(in(Language.EN, () -> HtmlReport.render(Seeds.scored("guangyang/2023"), LocalDate.of(2024, 3, 31))))
                .contains("<span id=\"evaluation-date\">3/31/2024</span>");
    }

    @Test
    void namesItsDataSources() {
        assertThat(html).contains("<dt>数据来源</dt>")
                .contains("<li>绩效目标：" + Seeds.targetsFile("guangyang/2023") + "</li>")
                .contains("<li>实际完成值：" + Seeds.actualsFile("guangyang/2023") + "</li>")
                .contains("<li>评分方案：national（优 ≥90，良 ≥80，中 ≥60）</li>");
    }

    @Test
    void endsWithTheSignatureBlock() {
        String sign = html.substring(html.indexOf("<section class=\"card signatures\""));
        assertThat(sign).contains("<h2>签字确认</h2>").contains(">填报人<").contains(">审核人<").contains(">单位负责人<")
                .contains("（盖章）").contains(">日期<");
        assertThat(english).contains(">Prepared by<").contains(">Reviewed by<").contains(">Head of unit<")
                .contains("(seal)");
    }

    @Test
    void printsOnA4WithPageNumbersAndKeepsEachChartWithItsCaption() {
        assertThat(html).contains("@page { size: A4;")
                .contains("@bottom-center { content: \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\";");
        assertThat(english).contains("content: \"Page \" counter(page) \" of \" counter(pages) \"\";");
        assertThat(html).contains("figure.chart-block, .budget, .goals, .signatures, .info, .table-head, tr, "
                + "ul.findings li { break-inside: avoid; }").contains(".card.table { break-before: page; }");
    }

    @Test
    void inEnglishTheWordsAreEnglish() {
        assertThat(english).contains("<html lang=\"en\">")
                .contains("<title>中共廊坊市广阳区委网络安全和信息化委员会办公室: performance self-evaluation report 2023</title>")
                .contains("<span class=\"status missed\">not achieved</span>")
                .contains("<span class=\"status partial\">partly achieved</span>")
                .contains("<th>target</th><th>actual</th><th>Scoring standard (评（扣）分标准)</th>")
                .contains("<h2>Basic information</h2>").contains("Data sources");
        assertThat(english).doesNotContain("签字确认", "基本情况", "评价日期", "本表提示");
    }

    @Test
    void theEvaluationSheetHasItsOwnSectionOutsideTheDepartmentScore() {
        // docs/scoring.md#evaluation: 重点工作任务完成率 93/95 = 0.978947 → fraction 0.9789 → 20×0.9789 = 19.578 → 19.58;
        // 4 + 4.5 + 5 + 10 + 3 + 2 + 6 + 19.58 + 6 + 20 + 8 = 88.08, 良
        String section = html.substring(html.indexOf("<section class=\"card table\" id=\"evaluation\">"));
        assertThat(section).contains("部门整体支出绩效评价（评分表）", "<span class=\"n\">88.08</span>", "不计入部门得分")
                .contains("data-score=\"13.50\" data-points=\"15.00\"")    // 决策 4 + 4.5 + 5
                .contains("实际86% 在「[80%, 90%)」档 → 计4分 = 4.00");
        assertThat(html).contains("id=\"department-score\">90.78<span>分</span>");
    }

    @Test
    void textFromTheFilesIsEscaped(@TempDir Path dir) throws IOException {
        Path targets = dir.resolve("targets.yaml");
        Files.writeString(targets, """
                department: "<b>测试&办</b>"
                year: 2024
                projects:
                  - name: "A<script>alert(1)</script>"
                    budget: 10
                    goals: ["<i>目标</i>"]
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: "次数\\"'", target: "≥2次"}
                """);
        Path actuals = dir.resolve("actuals.yaml");
        Files.writeString(actuals, """
                department: "<b>测试&办</b>"
                year: 2024
                projects:
                  - name: "A<script>alert(1)</script>"
                    spent: 9
                    actuals: {"次数\\"'": 2次}
                """);
        DepartmentTargets t = TargetsLoader.load(targets).orThrow();
        DepartmentActuals a = ActualsLoader.load(actuals).orThrow();
        String page = in(Language.ZH, () -> HtmlReport.render(new ScoredDepartment(t, a, Seeds.NATIONAL, Seeds.score(t, a))));
        assertThat(page).doesNotContain("<script", "<b>", "<i>").contains("&lt;b&gt;测试&amp;办&lt;/b&gt;")
                .contains("次数&quot;&#39;").contains("&lt;i&gt;目标&lt;/i&gt;");
    }

    @Test
    void theSameResultGivesTheSameBytes() {
        assertThat(in(Language.ZH, () -> HtmlReport.render(Seeds.scored("guangyang/2023"), LocalDate.of(2024, 3, 31))))
                .isEqualTo(html);
    }

    private static int count(String page, String s) {
        int n = 0;
        for (int i = page.indexOf(s); i >= 0; i = page.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
