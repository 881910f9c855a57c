package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Deduction;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import io.jixiao.scoring.CaseFinding;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules "deduction-step" and "deduction-step-unit-mismatch" (rules/deduction/deduction.drl,
 * docs/scoring.md#deduction-step):
 * f = max(0, 1 − ⌊gap/per⌋ × deduct%), the gap counted in the target's unit, in percentage points (percent
 * target, step in %), or relative to the target (step in % on a non-percent target); a completion below
 * zeroBelow scores 0; never below 0 (扣完为止). The one indicator holds 100 points: score = 100 × f.
 */
class DeductionStepRuleTest {

    private static final String PER_10_TIAO = "每减少10条，扣减数量分值的1%";
    private static final String PER_POINT = "每减少1%，减数量分值的10%";
    private static final String RELATIVE = "每增加1%，减数量分值的10%";
    private static final String PER_HOUR = "每减少1小时，减数量分值的10%";
    private static final String ZERO_BELOW = "达到指标目标值得满分，每下降1%，扣权重分值的2.5%，低于60%不得分";

    @ParameterizedTest(name = "{0} / {1} / actual {2} → {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # target     | deduction   | actual    | rule           | status  | score | explanation
            # ---- steps in the target's unit: every 10条 short takes 1% ----
            # exactly at target
            ≥2万条       | PER_10_TIAO | 20000条   | deduction-step | MET     | 100   | 实际20000条 ≥ 目标20000条，达标得满分 → 100.00×1=100.00
            ≥2万条       | PER_10_TIAO | 2.15万条  | deduction-step | MET     | 100   | 实际21500条 ≥ 目标20000条，达标得满分
            # one step short: ⌊10/10⌋ = 1 step × 1% → f = 0.99 → 99
            ≥2万条       | PER_10_TIAO | 19990条   | deduction-step | PARTIAL | 99    | 实际19990条 < 目标20000条，相差10条；每10条扣1% → 扣1% → 100.00×0.99=99.00
            # less than a step short: ⌊5/10⌋ = 0 steps → full points, target still not met
            ≥2万条       | PER_10_TIAO | 19995条   | deduction-step | PARTIAL | 100   | 相差5条；每10条扣1% → 扣0% → 100.00×1=100.00
            # ⌊50/10⌋ = 5 steps → 95
            ≥2万条       | PER_10_TIAO | 19950条   | deduction-step | PARTIAL | 95    | 相差50条；每10条扣1% → 扣5% → 100.00×0.95=95.00
            # ⌊59/10⌋ = 5 steps → 95 (steps are whole)
            ≥2万条       | PER_10_TIAO | 19941条   | deduction-step | PARTIAL | 95    | 相差59条；每10条扣1% → 扣5%
            # far short: ⌊1000/10⌋ = 100 steps → 100% → 0, 扣完为止
            ≥2万条       | PER_10_TIAO | 19000条   | deduction-step | MISSED  | 0     | 相差1000条；每10条扣1% → 扣100%，扣完为止 → 100.00×0=0.00
            # zero: 2000 steps → 2000%, never below 0
            ≥2万条       | PER_10_TIAO | 0条       | deduction-step | MISSED  | 0     | 扣2000%，扣完为止 → 100.00×0=0.00
            # a lone N/A indicator: status na (the table then has nothing to score)
            ≥2万条       | PER_10_TIAO | 不适用    | not-applicable | NA      | 0     | 不适用
            # ---- percent target, step in %: percentage points ----
            ≥95%         | PER_POINT   | 95%       | deduction-step | MET     | 100   | 实际95% ≥ 目标95%，达标得满分
            # one point short: 1 step × 10% → 90
            ≥95%         | PER_POINT   | 94%       | deduction-step | PARTIAL | 90    | 相差1个百分点；每1%扣10% → 扣10% → 100.00×0.9=90.00
            # half a point: ⌊0.5/1⌋ = 0 steps
            ≥95%         | PER_POINT   | 94.5%     | deduction-step | PARTIAL | 100   | 相差0.5个百分点；每1%扣10% → 扣0%
            # 2 points → 80
            ≥95%         | PER_POINT   | 93%       | deduction-step | PARTIAL | 80    | 相差2个百分点；每1%扣10% → 扣20% → 100.00×0.8=80.00
            # 10 points → 100% → 0
            ≥95%         | PER_POINT   | 85%       | deduction-step | MISSED  | 0     | 相差10个百分点；每1%扣10% → 扣100%，扣完为止
            ≥95%         | PER_POINT   | 0%        | deduction-step | MISSED  | 0     | 相差95个百分点；每1%扣10% → 扣950%，扣完为止
            # ---- step in % on a non-percent target: relative to the target (30分钟) ----
            ≤30分钟      | RELATIVE    | 30分钟    | deduction-step | MET     | 100   | 实际30分钟 ≤ 目标30分钟，达标得满分
            ≤30分钟      | RELATIVE    | 0.5小时   | deduction-step | MET     | 100   | 实际30分钟 ≤ 目标30分钟，达标得满分
            ≤30分钟      | RELATIVE    | 0分钟     | deduction-step | MET     | 100   | 达标得满分
            # 0.3/30 = 1% over → 1 step → 90
            ≤30分钟      | RELATIVE    | 30.3分钟  | deduction-step | PARTIAL | 90    | 实际30.3分钟 > 目标30分钟，偏离目标1%；每1%扣10% → 扣10% → 100.00×0.9=90.00
            # 1/30 = 3.3333% → 3 steps → 70
            ≤30分钟      | RELATIVE    | 31分钟    | deduction-step | PARTIAL | 70    | 偏离目标3.3333%；每1%扣10% → 扣30% → 100.00×0.7=70.00
            # 3/30 = 10% → 10 steps → 0
            ≤30分钟      | RELATIVE    | 33分钟    | deduction-step | MISSED  | 0     | 偏离目标10%；每1%扣10% → 扣100%，扣完为止
            # far over: 15/30 = 50% → 500% → 0
            ≤30分钟      | RELATIVE    | 45分钟    | deduction-step | MISSED  | 0     | 偏离目标50%；每1%扣10% → 扣500%，扣完为止
            # ---- 每减少1小时 on a rate target in 小时/天 ----
            ≥16小时/天   | PER_HOUR    | 16小时/天 | deduction-step | MET     | 100   | 达标得满分
            ≥16小时/天   | PER_HOUR    | 15小时/天 | deduction-step | PARTIAL | 90    | 相差1小时/天；每1小时扣10% → 扣10% → 100.00×0.9=90.00
            # ⌊1.5/1⌋ = 1 step
            ≥16小时/天   | PER_HOUR    | 14.5小时/天 | deduction-step | PARTIAL | 90  | 相差1.5小时/天；每1小时扣10% → 扣10%
            # 6 steps → 40
            ≥16小时/天   | PER_HOUR    | 10小时/天 | deduction-step | PARTIAL | 40    | 相差6小时/天；每1小时扣10% → 扣60% → 100.00×0.4=40.00
            ≥16小时/天   | PER_HOUR    | 0小时/天  | deduction-step | MISSED  | 0     | 扣160%，扣完为止
            # ---- 每减少1小时 on =24小时: a gap either side counts ----
            =24小时      | PER_HOUR    | 24小时    | deduction-step | MET     | 100   | 实际24小时 = 目标24小时，达标得满分
            =24小时      | PER_HOUR    | 23小时    | deduction-step | PARTIAL | 90    | 实际23小时 ≠ 目标24小时，相差1小时；每1小时扣10% → 扣10%
            =24小时      | PER_HOUR    | 25小时    | deduction-step | PARTIAL | 90    | 实际25小时 ≠ 目标24小时，相差1小时
            # ---- zeroBelow: 2.5% per point short; completion under 60% scores 0 ----
            ≥90%         | ZERO_BELOW  | 90%       | deduction-step | MET     | 100   | 达标得满分
            # 1 point → 97.5
            ≥90%         | ZERO_BELOW  | 89%       | deduction-step | PARTIAL | 97.5  | 相差1个百分点；每1%扣2.5% → 扣2.5% → 100.00×0.975=97.50
            # 10 points → 25% → 75
            ≥90%         | ZERO_BELOW  | 80%       | deduction-step | PARTIAL | 75    | 扣25% → 100.00×0.75=75.00
            # 35 points → 87.5% → 12.5 (completion 55/90 = 61.11% ≥ 60%)
            ≥90%         | ZERO_BELOW  | 55%       | deduction-step | PARTIAL | 12.5  | 相差35个百分点；每1%扣2.5% → 扣87.5% → 100.00×0.125=12.50
            # completion 54/90 = 60% exactly: not below; 36 points → 90% → 10
            ≥90%         | ZERO_BELOW  | 54%       | deduction-step | PARTIAL | 10    | 扣90% → 100.00×0.1=10.00
            # completion 53/90 = 58.89% < 60% → 0
            ≥90%         | ZERO_BELOW  | 53%       | deduction-step | MISSED  | 0     | 实际53% < 目标90%，完成率58.8889% 低于60%，不得分 → 100.00×0=0.00
            ≥90%         | ZERO_BELOW  | 0%        | deduction-step | MISSED  | 0     | 完成率0% 低于60%，不得分
            """)
    void scoresStepDeductions(String target, String deduction, String actual, String rule, Status status,
                              String score, String explanation) {
        DepartmentScore d = TestDepartment.single("数量指标", target, phrase(deduction), actual).score();
        assertLine(only(d), rule, status, score, explanation);
        assertThat(codes(d)).doesNotContain("KPI-0313");
    }

    @ParameterizedTest(name = "structured {1} on {0}, actual {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # target  | structured deduction                        | actual   | score | explanation
            # same as 每减少10条，扣减数量分值的1%: 50 short → 5 steps → 95
            ≥2万条    | {per: 10, unit: 条, deduct: 1%}              | 19950条  | 95    | 相差50条；每10条扣1% → 扣5%
            # unit taken from per: 10条
            ≥2万条    | {per: 10条, deduct: 1%}                      | 19950条  | 95    | 每10条扣1%
            # relative: 1/30 = 3.33% → 3 steps × 10% → 70
            ≤30分钟   | {per: 1%, relative: true, deduct: 10%}       | 31分钟   | 70    | 偏离目标3.3333%
            # relative on a percent target: 5% of 95 = 4.75 points; 4/95 = 4.21% → 4 steps × 5% → 80
            ≥95%      | {per: 1%, relative: true, deduct: 5%}        | 91%      | 80    | 偏离目标4.2105%；每1%扣5% → 扣20%
            # zeroBelow: 53/90 = 58.9% < 60% → 0
            ≥90%      | {per: 1%, deduct: 2.5%, zeroBelow: 60%}      | 53%      | 0     | 低于60%，不得分
            ≥90%      | {per: 1%, deduct: 2.5%, zeroBelow: 60%}      | 80%      | 75    | 扣25%
            # the step converts to the target's unit: 1小时 = 60分钟; 70 over → 1 step × 50% → 50
            ≤30分钟   | {per: 1小时, deduct: 50%}                    | 100分钟  | 50    | 相差70分钟；每1小时扣50% → 扣50%
            """)
    void structuredFormScoresLikeTheText(String target, String structured, String actual, String score,
                                         String explanation) {
        DepartmentScore d = TestDepartment.create().project(TestDepartment.PROJECT)
                .output("数量指标", "指标", target).deductionYaml(structured).actual(actual).score();
        assertLine(only(d), "deduction-step", Status.of(false, new java.math.BigDecimal(score).movePointLeft(2)),
                score, explanation);
    }

    /** A deduction replaces the default method outright: only one rule scores the case (ScoringCase.deductionScores). */
    @ParameterizedTest(name = "{1} on {0}, actual {2}: scored by {3} only")
    @CsvSource(delimiter = '|', textBlock = """
            # target | deduction                       | actual   | the one result
            ≥2万条   | 每减少10条，扣减数量分值的1%    | 19950条  | deduction-step
            ≥2万条   | 达标得满分，不达标不得分        | 19950条  | deduction-pass-fail
            有效改善 | 达标得满分，不达标不得分        | 部分达成 | deduction-pass-fail
            # no deduction: the default method
            ≥2万条   |                                 | 19950条  | at-least
            """)
    void theDefaultMethodLeavesTheCasesADeductionScores(String target, String deduction, String actual,
                                                        String rule) {
        List<String> rules = TestDepartment.single("数量指标", target, deduction, actual).fire().stream()
                .filter(IndicatorResult.class::isInstance).map(f -> ((IndicatorResult) f).rule()).toList();
        assertThat(rules).containsExactly(rule);
    }

    /**
     * Rule "deduction-step-unit-mismatch": the loader refuses a step in another unit (KPI-0129), so only a case
     * built through the API meets it — the step cannot apply, the default method scores, KPI-0313 says why.
     */
    @Test
    void aStepThatDoesNotConvertLeavesTheCaseToTheDefaultMethod() {
        TestDepartment dept = TestDepartment.single("数量指标", "≥90个", "每减少10个，扣减数量分值的1%", "80个");
        ScoringCase valid = dept.fire().stream().filter(ScoringCase.class::isInstance).map(ScoringCase.class::cast)
                .findFirst().orElseThrow();
        Deduction d = valid.deduction();
        Deduction inTiao = new Deduction(d.text(), d.per(), "条", d.relative(), d.deduct(), d.passFail(),
                d.zeroBelow(), d.location());
        ScoringCase c = valid.withDeduction(inTiao);
        assertThat(c.deductionScores()).isFalse();
        List<Object> derived = RuleRun.run(RuleBook.packaged(), List.of(ProfileLoader.load("national", null), c));
        assertThat(derived).filteredOn(IndicatorResult.class::isInstance)
                .extracting(f -> ((IndicatorResult) f).rule()).containsExactly("at-least");
        assertThat(derived).filteredOn(CaseFinding.class::isInstance)
                .extracting(f -> ((CaseFinding) f).finding().code()).containsExactly("KPI-0313");
    }

    @ParameterizedTest(name = "{1} on {0}: unit mismatch")
    @CsvSource(delimiter = '|', textBlock = """
            # target | deduction                       | actual
            # 条 and 个 are different counts
            ≥90个    | 每减少10条，扣减数量分值的1%    | 80个
            # 小时 is no percent
            ≥95%     | 每减少1小时，减数量分值的10%    | 76%
            # 天 on a count
            ≤10个    | 每超过1天，扣该项分值的20%      | 20个
            """)
    void aStepInAnotherUnitIsAnErrorWhenTheTargetsLoad(String target, String deduction, String actual) {
        // refused where the deduction is written (KPI-0129), before any actual is scored
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> TestDepartment.single("数量指标", target, deduction, actual).score())
                .isInstanceOf(io.jixiao.problem.KpiException.class)
                .hasMessageContaining("KPI-0129").hasMessageContaining(deduction).hasMessageContaining("Maybe");
    }

    /**
     * A step in another unit than the target's: the actual and the step are converted to the target's unit,
     * where 1小时 = 1/24天 does not terminate. Whole steps must still count as whole steps.
     */
    @ParameterizedTest(name = "{1} on {0}, actual {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # target | deduction                     | actual  | score | explanation
            # 50小时 = 2天2小时: 2 hours over → 2 steps × 10% → 80
            ≤2天     | 每超过1小时，扣该项分值的10%  | 50小时  | 80    | 扣20% → 100.00×0.8=80.00
            # 49小时: 1 hour over → 90
            ≤2天     | 每超过1小时，扣该项分值的10%  | 49小时  | 90    | 扣10% → 100.00×0.9=90.00
            # 22小时 of ≥1天: 2 hours short → 80
            ≥1天     | 每减少1小时，扣该项分值的10%  | 22小时  | 80    | 扣20% → 100.00×0.8=80.00
            # 17小时 of ≥1天: 7 hours short → 30
            ≥1天     | 每减少1小时，扣该项分值的10%  | 17小时  | 30    | 扣70% → 100.00×0.3=30.00
            # 10分钟 per step on hours: 1小时 = 60分钟 short of 2小时 → 6 steps × 5% → 70
            ≥2小时   | 每减少10分钟，扣该项分值的5%  | 60分钟  | 70    | 扣30%
            # 20分钟 steps on 小时: 100分钟 short of 3小时 (= 80分钟) → 4 steps × 5% → 80
            ≥3小时   | 每减少20分钟，扣该项分值的5%  | 100分钟 | 80    | 扣20%
            """)
    void wholeStepsCountAcrossUnits(String target, String deduction, String actual, String score, String explanation) {
        DepartmentScore d = TestDepartment.single("时效指标", target, deduction, actual).score();
        assertLine(only(d), "deduction-step", Status.PARTIAL, score, explanation);
    }

    @Test
    void neverBelowZeroWhateverTheShortfall() {
        // 每减少1条扣50%: 1000 short → 50000% → max(0, 1 − 500) = 0
        DepartmentScore d = TestDepartment.single("数量指标", "≥1000条", "每减少1条，扣该项分值的50%", "0条").score();
        assertLine(only(d), "deduction-step", Status.MISSED, "0", "扣50000%，扣完为止");
    }

    static String phrase(String name) {
        return switch (name) {
            case "PER_10_TIAO" -> PER_10_TIAO;
            case "PER_POINT" -> PER_POINT;
            case "RELATIVE" -> RELATIVE;
            case "PER_HOUR" -> PER_HOUR;
            case "ZERO_BELOW" -> ZERO_BELOW;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
