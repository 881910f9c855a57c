package io.jixiao.scoring;

import io.jixiao.model.Deduction;
import io.jixiao.model.PointStandard;
import io.jixiao.scoring.method.StepDeduction;
import io.jixiao.value.Comparator;
import io.jixiao.value.GradeLevel;
import java.math.BigDecimal;

/**
 * One indicator ready to be scored: the fact the rules match. Amounts are in the target's unit.
 * Immutable; the rules derive {@link IndicatorResult}s from it and never change it.
 *
 * @param id           table name + "/" + indicator key, unique in a department
 * @param comparator   as written; NONE when the target has none ({@link #direction()} then holds the default)
 * @param target       target amount (a range's low end)
 * @param targetHigh   a range's high end, else null
 * @param actual       the actual in the target's unit; null unless MEASURED or RANGED
 * @param points       the indicator's allocated points (分值)
 * @param deduction    the 评（扣）分标准, or null
 * @param grade        the actual's grade when GRADED
 * @param gradePercent the explicit percent of a grade, or null
 * @param direction    which way a measured case is scored: the comparator as written, else the reading of
 *                     docs/scoring.md#direction, decided in {@link Direction}
 * @param reading      why it reads that way ({@link Direction.Reason#WRITTEN} when the comparator is written)
 * @param readingWord  the lower-is-better word of the indicator's name when {@code reading} is LOWER_WORD, else null
 * @param notApplicableMark the actual is a mark read as 不适用 (无, /, —, -: docs/scoring.md#not-applicable-marks)
 * @param givenPoints  the 分值 written for the indicator (null when none): a 评分标准 in points is written for it, and
 *                     what it awards is capped at it and scaled to {@code points}
 * @param standardEntry the entry of the indicator's 评分标准 in points that holds the actual (the band, the option, the
 *                     grade: docs/scoring.md#point-standards), -1 when none does or it has none
 * @param overAchievementFlag the profile's {@code overAchievementFlag} (percent): the rule "over-achievement" reads it
 *                     from the case, so that it matches the case alone, not the case joined with the profile's fact
 */
public record ScoringCase(String id, String table, String key, String level2, CaseKind kind, String targetText,
                          String actualText, Comparator comparator, BigDecimal target, BigDecimal targetHigh,
                          BigDecimal actual, String unit, boolean percentTarget, boolean costIndicator,
                          boolean quantitativeTarget, BigDecimal points, Deduction deduction, GradeLevel grade,
                          BigDecimal gradePercent, Comparator direction, Direction.Reason reading, String readingWord,
                          boolean notApplicableMark, BigDecimal givenPoints, int standardEntry,
                          BigDecimal overAchievementFlag) {

    /** The same case with another 评（扣）分标准 (tests and the API build such variants). */
    public ScoringCase withDeduction(Deduction other) {
        return new ScoringCase(id, table, key, level2, kind, targetText, actualText, comparator, target, targetHigh,
                actual, unit, percentTarget, costIndicator, quantitativeTarget, points, other, grade, gradePercent,
                direction, reading, readingWord, notApplicableMark, givenPoints, standardEntry, overAchievementFlag);
    }

    /**
     * True when a 评（扣）分标准 scores this case in place of the default method (docs/scoring.md#deductions): pass/fail on a
     * measured or graded actual, or a step whose unit converts to the target's on a measured one. The deduction rules
     * score exactly these cases and the default methods leave them alone (a step in a unit that does not convert is a
     * finding, and the default method scores).
     */
    public boolean deductionScores() {
        if (deduction == null) {
            return false;
        }
        PointStandard st = deduction.standard();
        if (st instanceof PointStandard.Bands || st instanceof PointStandard.Steps) {
            return actual != null && (kind == CaseKind.MEASURED || kind == CaseKind.RANGED || kind == CaseKind.MISMATCH);
        }
        if (st instanceof PointStandard.Choices) {
            return kind == CaseKind.TEXT;
        }
        if (st instanceof PointStandard.Grades) {
            return kind == CaseKind.GRADED;
        }
        if (st != null) {
            return false; // 按完成比例计分: the default method
        }
        if (deduction.passFail()) {
            return kind == CaseKind.MEASURED || kind == CaseKind.GRADED;
        }
        return kind == CaseKind.MEASURED && stepDeduction() && !StepDeduction.unitMismatch(this);
    }

    /** True when a 评（扣）分标准 with a step applies. */
    public boolean stepDeduction() {
        return deduction != null && !deduction.passFail() && deduction.per() != null;
    }

    /** True when the 评分标准 is bands on the actual (docs/scoring.md#deduction-bands). */
    public boolean pointBands() {
        return deduction != null && deduction.standard() instanceof PointStandard.Bands;
    }

    /** True when the 评分标准 is a standard with a deduction in points (docs/scoring.md#deduction-point-steps). */
    public boolean pointSteps() {
        return deduction != null && deduction.standard() instanceof PointStandard.Steps;
    }

    /** True when the 评分标准 is options of wording (docs/scoring.md#deduction-choices). */
    public boolean choiceStandard() {
        return deduction != null && deduction.standard() instanceof PointStandard.Choices;
    }

    /** True when the 评分标准 gives grades points (docs/scoring.md#deduction-grade-points). */
    public boolean gradeStandard() {
        return deduction != null && deduction.standard() instanceof PointStandard.Grades;
    }

    /** True when a pass/fail 评（扣）分标准 applies. */
    public boolean passFail() {
        return deduction != null && deduction.passFail();
    }
}
