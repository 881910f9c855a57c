package io.jixiao.scoring;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.assertNumber;
import static io.jixiao.scoring.TestDepartment.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.InChinese;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples, end to end: one project of each other seed department (indicators/kaiping/2025,
 * luancheng/2020, shifeng/2023 with their actuals-example.yaml, profile national), every indicator worked out
 * by hand, then the table and the department totals and grades.
 */
@InChinese
class SeedProjectsWorkedExampleTest {

    /**
     * 本级网络宣传和信息化工作经费 (budget 12, spent 11.85). OUTPUT 4 → 12.5 each, OUTCOME 4 → 7.5 each,
     * SATISFACTION 10, BUDGET 10.
     */
    @Nested
    class Kaiping {

        private final DepartmentScore d = TestDepartment.scoreSeed("kaiping/2025");
        private final TableScore t = TestDepartment.table(d, "本级网络宣传和信息化工作经费");

        @ParameterizedTest(name = "{0} → {2}")
        @CsvSource(delimiter = '|', textBlock = """
                # key                         | points | score     | rule     | status  | explanation
                # 2个 has no comparator → ≥ (KPI-0309); 1/2 = 0.5 → 12.5 × 0.5 = 6.25
                系统开发数量（个/套）         | 12.5   | 6.25      | at-least | PARTIAL | 实际1个 < 目标2个，完成率50.00% → 12.50×0.5=6.25
                全年网络可用率                | 12.5   | 12.5      | at-least | MET     | 实际99.2% ≥ 目标95%，达标
                项目按计划完成率（%）         | 12.5   | 12.5      | at-least | MET     | 实际100% ≥ 目标95%，达标
                项目总成本                    | 12.5   | 12.5      | at-most  | MET     | 实际11.85万元 ≤ 目标12万元，达标
                # 2/5 = 0.4 → 7.5 × 0.4 = 3
                生产效率提高率（％）          | 7.5    | 3         | at-least | PARTIAL | 完成率40.00% → 7.50×0.4=3.00
                社会稳定水平                  | 7.5    | 7.5       | at-least | MET     | 达标
                # strict <5% missed by 6%: 5/6 = 0.833333 → 7.5 × 0.833333 = 6.25
                资源消耗                      | 7.5    | 6.25      | at-most  | PARTIAL | 实际6% > 目标5%，目标/实际=83.33% → 7.50×0.8333=6.25
                # 88/90 = 0.977778 → 0.9778 as printed → 7.5 × 0.9778 = 7.3335 → 7.33
                监测产品对舆论导向的引导力    | 7.5    | 7.33      | at-least | PARTIAL | 完成率97.78% → 7.50×0.9778=7.33
                服务群体满意度                | 10     | 10        | at-least | MET     | 实际91% ≥ 目标90%
                """)
        void everyIndicator(String key, String points, String score, String rule, Status status, String explanation) {
            IndicatorScore line = indicator(t, key);
            assertNumber(line.points(), points);
            assertLine(line, rule, status, score, explanation);
        }

        @Test
        void tableAndDepartment() {
            // every part a 2-place amount (docs/scoring.md#arithmetic):
            // indicators 6.25 + 3 × 12.5 = 43.75; 3 + 7.5 + 6.25 + 7.33 = 24.08; + 10 → 77.83;
            // budget 11.85/12 = 98.75% → 10 × 0.9875 = 9.875 → 9.88; total 77.83 + 9.88 = 87.71, 良
            assertNumber(t.categories().get(0).score(), "43.75");
            assertNumber(t.categories().get(1).score(), "24.08");
            assertNumber(t.budgetExecution().score(), "9.88");
            assertNumber(t.score(), "87.71");
            assertThat(t.explanation()).isEqualTo("指标得分77.83 + 预算执行9.88 = 87.71");
            assertThat(t.grade()).isEqualTo("良");
            assertThat(t.findings()).extracting(Finding::code).containsExactly("KPI-0309");
            // no overall table → budget-weighted mean of the three projects (budgets 10, 12, 68):
            //   本级网络安全工作经费: 3 × 12.5 + 12.5 × 0.9789 (93/95) = 12.24 + 22.5 (生产效率 N/A) + 10 + 9.8 = 92.04,
            //     × 100 / (100 − 7.5) = 99.5027 → 99.50
            //   本级网络宣传和信息化工作经费: 87.71
            //   本级网络舆情监测与处置经费: 50 + 22.5 + 7.5 × 0.7778 (70/90) = 5.83 + 10 × 0.9789 = 9.79 + 9.75 = 97.87
            //   (99.50 × 10 + 87.71 × 12 + 97.87 × 68) / 90 = 8702.68 / 90 = 96.6964 → 96.70 → 优
            assertNumber(TestDepartment.table(d, "本级网络安全工作经费").score(), "99.50");
            assertNumber(TestDepartment.table(d, "本级网络舆情监测与处置经费").score(), "97.87");
            assertThat(d.method()).isEqualTo("budget-weighted");
            assertNumber(d.score(), "96.70");
            assertThat(d.explanation()).contains("8702.68/90 = 96.70");
            assertThat(d.grade()).isEqualTo("优");
        }
    }

    /**
     * 互联网专业培训 (budget 10, spent 6.2). One OUTPUT indicator → 50; one OUTCOME indicator and no SATISFACTION →
     * OUTCOME 30 + 10 = 40; BUDGET 10.
     */
    @Nested
    class Luancheng {

        private final DepartmentScore d = TestDepartment.scoreSeed("luancheng/2020");
        private final TableScore t = TestDepartment.table(d, "互联网专业培训");

        @ParameterizedTest(name = "{0} → {2}")
        @CsvSource(delimiter = '|', textBlock = """
                # key                | points | score | rule     | status  | explanation
                # ≥10 (no unit), actual 4: 4/10 = 0.4 → 50 × 0.4 = 20
                培训次数             | 50     | 20    | at-least | PARTIAL | 实际4 < 目标10，完成率40.00% → 50.00×0.4=20.00
                # target 优.良.中.差, actual 良 → 80% → 40 × 0.8 = 32
                通过培训,弘扬主旋律  | 40     | 32    | grade    | PARTIAL | 实际「良」(良，评级80%)，目标「优.良.中.差」 → 40.00×0.8=32.00
                """)
        void everyIndicator(String key, String points, String score, String rule, Status status, String explanation) {
            IndicatorScore line = indicator(t, key);
            assertNumber(line.points(), points);
            assertLine(line, rule, status, score, explanation);
        }

        @Test
        void tableAndDepartment() {
            // 20 + 32 = 52; budget 6.2/10 = 62% → 6.2; total 58.2 → 差 (< 60)
            assertThat(t.categories()).extracting(CategoryScore::category).containsExactly("OUTPUT", "OUTCOME");
            assertNumber(t.categories().get(1).points(), "40");
            assertNumber(t.budgetExecution().rate(), "62");
            assertNumber(t.budgetExecution().score(), "6.2");
            assertNumber(t.score(), "58.2");
            assertThat(t.grade()).isEqualTo("差");
            assertThat(t.explanation()).isEqualTo("指标得分52.00 + 预算执行6.20 = 58.20");
            // budget-weighted over 9 projects, Σ budget = 183.65:
            //   20 × 89.2 + 10 × 58.2 + 10.65 × 99 + 40 × 89.63 (80 + 10 × 0.9625 = 9.625 → 9.63) + 10 × 100
            //   + 20 × 99.92 (59.95 × 100/60 = 99.9167) + 33 × 61.15 (52 + 10 × 0.9152 = 9.15) + 5 × 98.2 + 35 × 88
            //   = 15592.9; 15592.9 / 183.65 = 84.9055 → 84.91 → 良
            assertNumber(TestDepartment.table(d, "网络设备维护").score(), "99.92");
            assertNumber(TestDepartment.table(d, "网络宣传管理").score(), "61.15");
            assertThat(d.method()).isEqualTo("budget-weighted");
            assertNumber(d.score(), "84.91");
            assertThat(d.grade()).isEqualTo("良");
            assertThat(d.explanation()).contains("15592.9/183.65 = 84.91");
        }
    }

    /**
     * 网络安全应急实战演练工作经费 (budget 10, spent 10). OUTPUT 4 → 12.5 each; OUTCOME 4 → 7.5 each (满意度 under
     * 效益指标 is SATISFACTION → 10); BUDGET 10.
     */
    @Nested
    class Shifeng {

        private final DepartmentScore d = TestDepartment.scoreSeed("shifeng/2023");
        private final TableScore t = TestDepartment.table(d, "网络安全应急实战演练工作经费");

        @ParameterizedTest(name = "{0} → {2}")
        @CsvSource(delimiter = '|', textBlock = """
                # key                                        | points | score     | rule           | status  | explanation
                # 1次 (no comparator → ≥), actual 1次 → 12.5
                开展网络安全攻防演练                         | 12.5   | 12.5      | at-least       | MET     | 实际1次 ≥ 目标1次，达标
                # 不断提升, 部分达成 → 70% → 8.75
                加强对网络突发事件的应急处置能力             | 12.5   | 8.75      | grade          | PARTIAL | (部分达成，默认70%)，目标「不断提升」 → 12.50×0.7=8.75
                # empty target, 达成 → 12.5
                1年                                          | 12.5   | 12.5      | grade          | MET     | (达成，默认100%)，目标「」
                # ≤10万元, exactly 10万元 → 12.5
                不超年度预算                                 | 12.5   | 12.5      | at-most        | MET     | 实际10万元 ≤ 目标10万元，达标
                # 40/90 = 0.444444 → 0.4444 as printed → 7.5 × 0.4444 = 3.333 → 3.33
                带动经济效益增长                             | 7.5    | 3.33      | at-least       | PARTIAL | 完成率44.44% → 7.50×0.4444=3.33
                提高政府部门工作效率，方便人民群众办事需求   | 7.5    | 7.5       | grade          | MET     | (达成，默认100%)
                无直接生态效益                               | 7.5    | 0         | not-applicable | NA      | 不适用：本项7.50分剔除
                # 未达成 → 30% → 2.25 (keyed by its id)
                可持续-应急处置能力                          | 7.5    | 2.25      | grade          | PARTIAL | (未达成，默认30%)，目标「不断加强」 → 7.50×0.3=2.25
                社会公众及服务对象满意度                     | 10     | 10        | at-least       | MET     | 实际96% ≥ 目标95%
                """)
        void everyIndicator(String key, String points, String score, String rule, Status status, String explanation) {
            IndicatorScore line = indicator(t, key);
            assertNumber(line.points(), points);
            assertLine(line, rule, status, score, explanation);
        }

        @Test
        void tableAndDepartment() {
            // OUTPUT 12.5 + 8.75 + 12.5 + 12.5 = 46.25; OUTCOME 3.33 + 7.5 + 0 + 2.25 = 13.08; SAT 10;
            // budget 10/10 → 10; raw 79.33; N/A 7.5 → 79.33 × 100 / 92.5 = 85.7622 → 85.76 → 良
            assertNumber(t.categories().get(0).score(), "46.25");
            assertNumber(t.categories().get(1).score(), "13.08");
            assertNumber(t.rawScore(), "79.33");
            assertNumber(t.naPoints(), "7.5");
            assertNumber(t.score(), "85.76");
            assertThat(t.grade()).isEqualTo("良");
            // the department has a 部门整体 table: its score is the department's.
            //   OUTPUT (6.25 each): 5 met = 31.25; 开展网评员培训 1次/2次 → 3.125 → 3.13; 回复率 98.5% → 6.25 × 0.985
            //   = 6.15625 → 6.16; 不超年度预算 ≤49.92 with 50.6 → 6.25 × 0.9866 (49.92/50.6) = 6.16625 → 6.17 → 46.71
            //   OUTCOME (7.5 each): N/A + 达成 7.5 + 0.6667 (60/90) → 5.00 + 部分达成 75% → 5.625 → 5.63 = 18.13;
            //   SATISFACTION 10; indicators 46.71 + 18.13 + 10 = 74.84
            //   budget 51.2/51.8 = 0.9884 → 9.884 → 9.88; raw 84.72; N/A 7.5 → 84.72 × 100/92.5 = 91.5892 → 91.59 → 优
            // (before the 2-place rule the report printed 46.70 + 18.13 + 10.00 against 74.82: issue 14)
            TableScore overall = d.overall();
            assertNumber(overall.categories().get(0).score(), "46.71");
            assertNumber(overall.categories().get(1).score(), "18.13");
            assertNumber(overall.rawScore(), "84.72");
            assertNumber(overall.score(), "91.59");
            assertThat(overall.explanation())
                    .isEqualTo("指标得分74.84 + 预算执行9.88 = 84.72；不适用剔除7.50分 → 84.72×100/(100−7.50) = 91.59");
            assertThat(d.method()).isEqualTo("overall");
            assertNumber(d.score(), "91.59");
            assertThat(d.grade()).isEqualTo("优");
        }
    }
}
