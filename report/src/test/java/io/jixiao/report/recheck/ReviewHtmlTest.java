package io.jixiao.report.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Language;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.Seeds;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review page of the four seed departments as text: one self-contained file (a small inline script sorts the
 * ranking; nothing is fetched), charts of the grade distribution and the category averages, a ranking whose rows
 * link to each department's section, in Chinese and in English; the text and CSV formats in the run's language.
 */
class ReviewHtmlTest {

    private static BureauReport review;
    private static String html;
    private static String english;

    @BeforeAll
    static void render() {
        // reviewed in the language it is rendered in, as the command does: the findings are in that language too
        review = in(Language.ZH, Seeds::review);
        html = in(Language.ZH, () -> ReviewHtml.render(review));
        english = in(Language.EN, () -> ReviewHtml.render(Seeds.review()));
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
        assertThat(html).doesNotContain(" src=", "<link rel=\"stylesheet\"", "@import", "url(");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
        assertThat(Pattern.compile("href=\"(?!#|data:)").matcher(html).find()).as("only in-page links").isFalse();
        // one inline script, at the end: the page is complete before it runs
        assertThat(html.split("<script>", -1)).hasSize(2);
        assertThat(html).contains("</main>\n<script>");
    }

    @Test
    void chartsTheGradeDistributionAndTheCategoryAverages() {
        // 优 3, 良 1, 中 0, 差 0, 未能评分 0
        assertThat(html).contains("<svg class=\"chart grades\"").contains("<svg class=\"chart categories\"")
                .contains("<figcaption>图1　各等级部门数</figcaption>")
                .contains("<figcaption>图2　各类指标得分率（各表得分之和 / 分值之和）</figcaption>")
                .contains("3 个（75.00%）").contains("1 个（25.00%）");
        assertThat(html).containsPattern("<rect class=\"bar\" data-value=\"3\"[^>]*fill=\"#1b7f3b\"/>");
        // 产出 45.95 / 50 on average = 91.91%
        assertThat(html).contains("91.91%（平均 45.95 / 50.00）");
    }

    @Test
    void theRankingIsSortableAndLinksToEachDepartmentsSection() {
        assertThat(html).contains("<table class=\"ranking sortable\">").contains("data-sort=\"number\"")
                .contains("<td class=\"department\"><a href=\"#d1\">中共唐山市开平区委网络安全和信息化委员会办公室</a></td>")
                .contains("<section class=\"department\" id=\"d1\">")
                .contains("<section class=\"department\" id=\"d4\">")
                .contains("<td class=\"num strong\" data-value=\"96.70\">96.70</td>");
        // the method in words, not "budget-weighted"
        assertThat(html).contains("<td class=\"method\">预算加权</td>").doesNotContain(">budget-weighted<");
    }

    @Test
    void eachDepartmentSectionListsItsFindingsByKindAndTable() {
        assertThat(html).contains("<h2>各部门复核发现（16 条）</h2>")
                .contains("<span class=\"sev\">自评得分与复核不符</span> <code>KPI-0320</code>")
                .contains("【政务网络平台项目经费】").contains("↑ 返回排名");
    }

    @Test
    void inEnglishTheWordsAreEnglish() {
        assertThat(english).contains("<html lang=\"en\">").contains("<h2>Grade distribution</h2>")
                .contains("<h2>Ranking</h2>").contains(">budget-weighted<");
        assertThat(english).doesNotContain("等级分布", "排名", "返回排名");
    }

    @Test
    void theTextAndCsvFormatsSpeakTheRunsLanguage() {
        String zh = in(Language.ZH, () -> ReviewText.render(review));
        assertThat(zh).contains("■ 排名").contains("■ 等级分布").contains("得分率").doesNotContain("ranking", "grades");
        String csvEn = in(Language.EN, () -> ReviewCsv.render(review));
        assertThat(csvEn.lines().findFirst().orElseThrow()).isEqualTo("rank,folder,department,year,score,grade,method,"
                + "tables,indicators,selfScore,overAchievement,overspent,lowExecution,notApplicable,"
                + "completedWithoutNumber,suspect,status,error"); // suspect: issue 13
        assertThat(csvEn).contains(",budget-weighted,").contains(",scored,");
        String csvZh = in(Language.ZH, () -> ReviewCsv.render(review));
        assertThat(csvZh.lines().findFirst().orElseThrow()).startsWith("名次,文件夹,部门,年度,得分,自评等级,计算方法,表数,指标数,"
                + "自评得分与复核不符,");
        assertThat(csvZh).contains(",预算加权,").contains(",已评分,");
    }

    @Test
    void theSameReviewGivesTheSameBytes() {
        assertThat(in(Language.ZH, () -> ReviewHtml.render(Seeds.review()))).isEqualTo(html);
    }

    @Test
    void theFindingsAreInTheLanguageOfTheRun() {
        // KPI-0320 as the 复核 says it in Chinese, and in English
        assertThat(html).contains("KPI-0320").contains("重新计算为").doesNotContain("claims");
        assertThat(english).contains("KPI-0320").contains("claims").doesNotContain("重新计算为");
    }
}
