package io.jixiao.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.recheck.BureauReport.CategoryAverage;
import io.jixiao.recheck.BureauReport.Ranked;
import io.jixiao.rules.RuleBook;
import io.jixiao.value.Numbers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 复核 of the four seed departments (a copy of indicators/). Expected numbers are the department scores of
 * `jixiao score` on each, and the 自评得分 differences worked out by hand from the actuals-example files.
 */
class ReviewSeedsTest {

    @TempDir
    static Path dir;
    static BureauReport report;

    @BeforeAll
    static void review() {
        Fixtures.copySeeds(dir);
        report = new Rechecker(new Pipeline(Options.defaults()), 2).run(dir, n -> { });
    }

    @Test
    void ranksTheFourDepartmentsByScore() {
        // kaiping: budget-weighted (99.50×10 + 87.71×12 + 97.87×68)/90 = 8702.68/90 = 96.70; shifeng: overall table
        // 84.72 × 100/92.5 = 91.59; guangyang: overall table 80.94 + 9.84 = 90.78 (its graded rows are pass/fail:
        // 部分达成 scores 0); luancheng: budget-weighted over 9 projects 15592.9/183.65 = 84.91
        // (docs/scoring.md#arithmetic: every part as printed).
        assertThat(report.ranking()).extracting(r -> r.review().folder(), r -> Numbers.text(r.review().score()),
                        r -> r.review().grade(), Ranked::rank)
                .containsExactly(tuple("kaiping/2025", "96.70", "优", 1), tuple("shifeng/2023", "91.59", "优", 2),
                        tuple("guangyang/2023", "90.78", "优", 3), tuple("luancheng/2020", "84.91", "良", 4));
        assertThat(report.failed()).isEmpty();
        assertThat(report.ranking()).extracting(r -> r.review().method())
                .containsExactly("budget-weighted", "overall", "overall", "budget-weighted");
    }

    @Test
    void countsGradesTablesAndIndicators() {
        assertThat(report.grades()).containsExactly(java.util.Map.entry("优", 3), java.util.Map.entry("良", 1),
                java.util.Map.entry("中", 0), java.util.Map.entry("差", 0));
        // tables: guangyang overall + 2, kaiping 3, luancheng 9, shifeng overall + 2 = 18
        assertThat(report.tables()).isEqualTo(18);
        assertThat(report.ranking()).extracting(r -> r.review().indicators()).containsExactly(27, 33, 29, 18);
        assertThat(report.indicators()).isEqualTo(107);
    }

    @Test
    void categoryAveragesCoverEveryScoredTable() {
        // every table has 产出 and 效益 and a known budget; 满意度 only where the table has such indicators
        // (guangyang 3, kaiping 3, shifeng 3; luancheng's 9 tables have none and move the 10 points to 效益)
        assertThat(report.categories()).extracting(CategoryAverage::category, CategoryAverage::tables)
                .containsExactly(tuple("OUTPUT", 18), tuple("OUTCOME", 18), tuple("SATISFACTION", 9),
                        tuple("BUDGET", 18));
        // 效益 points per table: 9 tables × 30 + 9 tables × 40 (luancheng) = 630 → mean 35.00
        assertThat(Numbers.text(report.categories().get(1).points())).isEqualTo("35.00");
        // 满意度: 10 points in each of its 9 tables
        assertThat(Numbers.text(report.categories().get(2).points())).isEqualTo("10.00");
    }

    @Test
    void findsEverySelfScoreThatDiffersAndNoOther() {
        assertThat(findings(RecheckFinding.Kind.SELF_SCORE)).containsExactly(
                // 维护数量 72个 of ≥90个: 12.50 × 72/90 = 10.00 (no 评分标准 in the project table); claimed 12.5
                tuple("guangyang/2023", "政务网络平台项目经费", "'维护数量' of '政务网络平台项目经费' claims 12.50 points but"
                        + " scores 10.00 (over-claimed by 2.50)"),
                // 93% of ≥95%: 12.50 × 93/95 = 12.2368… → 12.24; claimed 12.5
                tuple("kaiping/2025", "本级网络安全工作经费", "'项目按计划完成率（%）' of '本级网络安全工作经费' claims 12.50 points"
                        + " but scores 12.24 (over-claimed by 0.26)"),
                // 1个 of 2个 (no comparator: ≥): 12.50 × 1/2 = 6.25; claimed 12.5
                tuple("kaiping/2025", "本级网络宣传和信息化工作经费", "'系统开发数量（个/套）' of '本级网络宣传和信息化工作经费'"
                        + " claims 12.50 points but scores 6.25 (over-claimed by 6.25)"),
                // 6% against <5%: 7.50 × 5/6 = 6.25; claimed 6 — an under-claim
                tuple("kaiping/2025", "本级网络宣传和信息化工作经费", "'资源消耗' of '本级网络宣传和信息化工作经费' claims 6.00"
                        + " points but scores 6.25 (under-claimed by 0.25)"),
                // 良 = 80% of 50 points = 40; claimed 50
                tuple("luancheng/2020", "网络宣传管理", "'控制舆情' of '网络宣传管理' claims 50.00 points but scores 40.00"
                        + " (over-claimed by 10.00)"),
                // 部分达成 = 70% of 12.50 = 8.75; claimed 10
                tuple("shifeng/2023", "网络安全应急实战演练工作经费", "'加强对网络突发事件的应急处置能力' of '网络安全应急实战演练工作经费'"
                        + " claims 10.00 points but scores 8.75 (over-claimed by 1.25)"),
                // 未达成 = 30% of 7.50 = 2.25; claimed 5
                tuple("shifeng/2023", "网络安全应急实战演练工作经费", "'可持续-应急处置能力' of '网络安全应急实战演练工作经费'"
                        + " claims 5.00 points but scores 2.25 (over-claimed by 2.75)"));
        // guangyang's other claim (全年监测舆情信息数量: 12.5) is what 2.15万条 of ≥20000条 scores: no finding
        assertThat(report.findings()).noneMatch(f -> f.finding().message().contains("'全年监测舆情信息数量'"));
    }

    @Test
    void listsTheOverAchievementsTheRulesFlagged() {
        assertThat(findings(RecheckFinding.Kind.OVER_ACHIEVEMENT)).extracting(t -> t.toList().get(0), t -> t.toList().get(1))
                .containsExactly(
                        tuple("kaiping/2025", "本级网络安全工作经费"),      // 3% against <5%: (5−3)/5 = 40% > 30%
                        tuple("kaiping/2025", "本级网络舆情监测与处置经费"), // 8% against ≥5%: 60%
                        tuple("shifeng/2023", "部门整体"),                  // 12期 against ≥1期: 1100%
                        tuple("shifeng/2023", "业务性专项经费"));            // 2次 against 1次: 100%
        assertThat(report.counts().get(RecheckFinding.Kind.OVER_ACHIEVEMENT)).isEqualTo(4);
    }

    @Test
    void flagsNotApplicableOnMoreThanAQuarterOfTheTable() {
        // 网络设备维护: 确保业务谋划到位 is its only 效益 indicator, 40 points (30 + the absent 满意度's 10) — 40 > 25.
        // The other 不适用 rows hold 10 (guangyang) and 7.50 points (kaiping, shifeng): not flagged.
        assertThat(findings(RecheckFinding.Kind.NOT_APPLICABLE)).containsExactly(tuple("luancheng/2020", "网络设备维护",
                "table '网络设备维护' marks 40.00 of its 100 points 不适用 (more than a quarter); its score is rescaled on"
                        + " the rest"));
    }

    @Test
    void noBudgetFindingsInTheSeeds() {
        // nothing is spent above budget; the lowest execution is 互联网专业培训 6.2/10 = 62%, above 60%
        assertThat(report.counts().get(RecheckFinding.Kind.OVERSPENT)).isZero();
        assertThat(report.counts().get(RecheckFinding.Kind.LOW_EXECUTION)).isZero();
        // 完成 on 24小时, 1个, ≥10 and 100%
        assertThat(report.counts().get(RecheckFinding.Kind.COMPLETED)).isEqualTo(4);
    }

    @Test
    void findingsPointAtTheLineOfTheClaim() {
        RecheckFinding first = report.findings().stream().filter(f -> f.kind() == RecheckFinding.Kind.SELF_SCORE)
                .findFirst().orElseThrow();
        // guangyang actuals-example.yaml line 51: "    selfScores: {维护数量: 12.5}", the value at column 24
        assertThat(first.finding().location().file()).endsWith("guangyang/2023/actuals-example.yaml");
        assertThat(first.finding().location().line()).isEqualTo(51);
        assertThat(first.finding().code()).isEqualTo("KPI-0320");
    }

    private static List<org.assertj.core.groups.Tuple> findings(RecheckFinding.Kind kind) {
        return report.findings().stream().filter(f -> f.kind() == kind)
                .map(f -> tuple(f.folder(), f.table(), f.finding().message().replaceFirst("^复核: ", ""))).toList();
    }
}
