package io.jixiao.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.report.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as text: self-contained, the scores it was given, one bar per table, status colours. */
class HtmlReportTest {

    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\" data-score=\"([0-9.]+)\"[^>]* width=\"([0-9.]+)\"");
    private static String html;

    @BeforeAll
    static void render() {
        html = HtmlReport.render(Seeds.scored("guangyang/2023"));
    }

    @Test
    void theFileNeedsNothingFromOutside() {
        assertThat(html).doesNotContain("<script", "<link rel=\"stylesheet\"", "@import", "url(", " src=");
        // the only URLs are the SVG namespace, which is a name, not a fetch
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
        assertThat(Pattern.compile("href=\"(?!#|data:)").matcher(html).find()).as("only in-page links").isFalse();
    }

    @Test
    void showsTheDepartmentScoreAndGrade() {
        assertThat(html).contains("<div class=\"score\" id=\"department-score\">90.78<span>分</span></div>")
                .contains("<div class=\"grade\" id=\"department-grade\">优</div>")
                .contains("<title>中共廊坊市广阳区委网络安全和信息化委员会办公室 2023年度绩效自评报告</title>");
    }

    @Test
    void oneBarPerTableAsLongAsItsScore() {
        String overview = html.substring(html.indexOf("<svg class=\"chart bars\""), html.indexOf("</svg>") + 6);
        Matcher m = BAR.matcher(overview);
        List<String> scores = new java.util.ArrayList<>();
        while (m.find()) {
            scores.add(m.group(1));
            // the plot is 520 px for 100 points: 90.78 → 472.06, 97 → 504.4, 83.47 → 434.04; the bar is drawn from
            // the unrounded score, the label from the rounded one, which differ by less than 0.005 points = 0.026 px
            assertThat(Double.parseDouble(m.group(2))).isCloseTo(520 * Double.parseDouble(m.group(1)) / 100,
                    org.assertj.core.data.Offset.offset(0.03));
        }
        assertThat(scores).containsExactly("90.78", "97.00", "83.47");
        assertThat(overview).contains("fill=\"#1b7f3b\"").contains("fill=\"#1f6fb2\"");    // 优 green, 良 blue
        assertThat(overview).contains(">良 80</text>").contains(">优 90</text>");           // profile thresholds
    }

    @Test
    void eachTableShowsItsCategoriesAgainstTheirPoints() {
        assertThat(count("<svg class=\"chart categories\"")).isEqualTo(3);
        // 网络安全监测项目经费: 产出 50/50, 效益 27.5/30, 满意度 N/A, 预算执行 9.8/10
        assertThat(html).contains("data-score=\"50.00\" data-points=\"50.00\"")
                .contains("data-score=\"27.50\" data-points=\"30.00\"")
                .contains("不适用，10.00分剔除后折算")
                .contains("data-score=\"9.80\" data-points=\"10.00\"");
    }

    @Test
    void everyIndicatorIsListedWithItsStatusColourAndExplanation() {
        // 13 + 8 + 8 indicators
        assertThat(count("<tr class=\"met\">") + count("<tr class=\"partial\">") + count("<tr class=\"missed\">")
                + count("<tr class=\"na\">")).isEqualTo(29);
        assertThat(count("<tr class=\"na\">")).isEqualTo(1);
        assertThat(html).contains("<span class=\"status partial\">部分完成</span>")
                .contains("实际19950条 &lt; 目标20000条");
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
        String page = HtmlReport.render(new ScoredDepartment(t, a, Seeds.NATIONAL, Seeds.score(t, a)));
        assertThat(page).doesNotContain("<script", "<b>").contains("&lt;b&gt;测试&amp;办&lt;/b&gt;")
                .contains("次数&quot;&#39;");
    }

    @Test
    void theSameResultGivesTheSameBytes() {
        assertThat(HtmlReport.render(Seeds.scored("guangyang/2023"))).isEqualTo(html);
    }

    private static int count(String s) {
        int n = 0;
        for (int i = html.indexOf(s); i >= 0; i = html.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
