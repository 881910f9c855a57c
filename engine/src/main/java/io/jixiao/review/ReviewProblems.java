package io.jixiao.review;

import static io.jixiao.problem.Catalogue.clip;
import static io.jixiao.problem.Catalogue.list;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of the target review, 审核 (KPI-0401…0428; KPI-0440…0442 across years and against the 指标库,
 * raised by the store's checks): built by rules/review/*.drl (one rule per code) and
 * the helpers of {@code review.check}. Warnings or info only: a review finding never stops loading or scoring
 * and never changes a score. KPI-0448/0449 are for users' own review rules ({@link #userNote},
 * {@link #userCheck}). KPI-0423…0425 are retired (docs/codes.md#retired): 偏离度 and spending above budget are
 * scoring's findings, 预算执行率 below the floor the 复核's. Texts in {@code io/jixiao/review/messages.properties}.
 */
public final class ReviewProblems {

    private static final Catalogue M = Catalogue.of(ReviewProblems.class);

    private ReviewProblems() {
    }

    /** A 评分标准 that awards more than the indicator's 分值 (docs/scoring.md#point-standards). */
    public static Finding reviewStandardAbovePoints(Location at, String table, String indicator, String top,
                                                    String points) {
        return M.warning("KPI-0426", at, "table", table, "indicator", clip(indicator), "top", top, "points", points);
    }

    /** Bands of a 评分标准 that overlap. */
    public static Finding reviewStandardOverlap(Location at, String table, String indicator, String bands) {
        return M.warning("KPI-0427", at, "table", table, "indicator", clip(indicator), "bands", bands);
    }

    /** Bands of a 评分标准 that leave a gap between them. */
    public static Finding reviewStandardGap(Location at, String table, String indicator, String gap) {
        return M.warning("KPI-0428", at, "table", table, "indicator", clip(indicator), "gap", gap);
    }

    public static Finding reviewMissingCategory(Location at, String table, String category) {
        return M.warning("KPI-0401", at, "table", table, "category", category);
    }

    public static Finding reviewMissingLevel2(Location at, String table, String level1, Collection<String> missing) {
        return M.warning("KPI-0402", at, "table", table, "level1", level1, "missing", String.join("/", missing),
                "each", String.join(", ", missing));
    }

    public static Finding reviewLevel2NotInLevel1(Location at, String indicator, String level2, String level1,
                                                  Collection<String> accepted) {
        return level2 == null || level2.isBlank()
                ? M.warning("KPI-0403.empty", at, "indicator", clip(indicator), "level1", level1,
                        "accepted", list(accepted))
                : M.warning("KPI-0403", at, "indicator", clip(indicator), "level2", level2, "level1", level1,
                        "accepted", list(accepted));
    }

    public static Finding reviewUnmeasurableTarget(Location at, String indicator, String level2, String target) {
        return M.warning("KPI-0404", at, "indicator", clip(indicator), "level2", level2, "target", target);
    }

    public static Finding reviewVagueTarget(Location at, String indicator, String target, String word) {
        return M.warning("KPI-0405", at, "indicator", clip(indicator), "target", target, "word", word);
    }

    public static Finding reviewGradingScaleTarget(Location at, String indicator, String target) {
        return M.warning("KPI-0406", at, "indicator", clip(indicator), "target", target);
    }

    public static Finding reviewMissingComparator(Location at, String indicator, String target) {
        return M.warning("KPI-0407", at, "indicator", clip(indicator), "target", target);
    }

    public static Finding reviewTargetWithoutUnit(Location at, String indicator, String target, String example) {
        return M.warning("KPI-0408", at, "indicator", clip(indicator), "target", target, "example", example);
    }

    public static Finding reviewNameContradictsTarget(Location at, String indicator, String named, String target) {
        return M.warning("KPI-0409", at, "indicator", clip(indicator), "named", named, "target", target);
    }

    public static Finding reviewCostAboveBudget(Location at, String indicator, String table, String cost,
                                                String budget) {
        return M.warning("KPI-0410", at, "indicator", clip(indicator), "cost", cost, "budget", budget, "table", table);
    }

    public static Finding reviewProjectBudgetsDoNotAddUp(Location at, String sum, int projects, String projectBudget) {
        return M.warning("KPI-0411", at, "projects", projects, "sum", sum, "projectBudget", projectBudget);
    }

    /** @param other the 项目支出 the targets may add up to instead, or null */
    public static Finding reviewCostTargetsDoNotAddUp(Location at, String table, String sum, String budget,
                                                      String other) {
        return other == null ? M.warning("KPI-0412", at, "table", table, "sum", sum, "budget", budget)
                : M.warning("KPI-0412.orProjects", at, "table", table, "sum", sum, "budget", budget, "other", other);
    }

    public static Finding reviewPercentAboveCeiling(Location at, String indicator, String target, String ceiling) {
        return M.warning("KPI-0413", at, "indicator", clip(indicator), "target", target, "ceiling", ceiling);
    }

    public static Finding reviewMalformedValue(Location at, String indicator, String target, String note,
                                               String corrected) {
        return M.warning("KPI-0414", at, "indicator", clip(indicator), "target", target, "note", note,
                "corrected", corrected);
    }

    public static Finding reviewZeroAtLeast(Location at, String indicator, String target) {
        return M.warning("KPI-0415", at, "indicator", clip(indicator), "target", target);
    }

    public static Finding reviewRepeatedIndicator(Location at, String indicator, String table, int firstLine) {
        return M.warning("KPI-0416", at, "indicator", clip(indicator), "table", table, "firstLine", firstLine);
    }

    public static Finding reviewOverallProjectMismatch(Location at, String indicator, String project, String target,
                                                       String overallTarget, int overallLine) {
        return M.warning("KPI-0417", at, "indicator", clip(indicator), "target", target, "project", project,
                "overallTarget", overallTarget, "overallLine", overallLine);
    }

    public static Finding reviewSpendingPlanShort(Location at, String table, String step, String percent, String end) {
        return M.warning("KPI-0418", at, "table", table, "step", step, "percent", percent, "end", end);
    }

    public static Finding reviewSpendingPlanNotMonotone(Location at, String table, String step, String percent,
                                                        String earlier, String earlierPercent) {
        return M.warning("KPI-0419", at, "table", table, "earlierPercent", earlierPercent, "earlier", earlier,
                "percent", percent, "step", step);
    }

    public static Finding reviewSpendingPlanUnreadable(Location at, String table, String step, String text) {
        return M.warning("KPI-0420", at, "table", table, "step", step, "text", text);
    }

    /** @param without how many indicators of the table have no 分值 (0: every one has) */
    public static Finding reviewPointsDoNotAddUp(Location at, String table, String sum, String share, long without) {
        return without == 0 ? M.warning("KPI-0421", at, "table", table, "sum", sum, "share", share)
                : M.warning("KPI-0421.without", at, "table", table, "sum", sum, "share", share, "without", without);
    }

    public static Finding reviewSelfScoreAbovePoints(Location at, String table, String indicator, String claimed,
                                                     String points) {
        return M.warning("KPI-0422", at, "claimed", claimed, "indicator", clip(indicator), "table", table,
                "points", points);
    }

    // across years and against the indicator library (审核 with a store: docs/review.md#across-years)

    /** A target less demanding than the same indicator's target of the year before (KPI-0440). */
    public static Finding reviewTargetLowered(Location at, String indicator, String table, String target,
                                              int lastYear, String lastTarget) {
        return M.warning("KPI-0440", at, "indicator", clip(indicator), "table", table, "target", target,
                "lastYear", lastYear, "lastTarget", lastTarget);
    }

    /** A target less demanding than what the indicator achieved the year before (KPI-0441). */
    public static Finding reviewTargetBelowLastActual(Location at, String indicator, String table, String target,
                                                      int lastYear, String lastActual) {
        return M.warning("KPI-0441", at, "indicator", clip(indicator), "table", table, "target", target,
                "lastYear", lastYear, "lastActual", lastActual);
    }

    /** A target less demanding than the indicator library's standard value for the indicator (KPI-0442). */
    public static Finding reviewTargetBelowLibrary(Location at, String indicator, String target, String libraryId,
                                                   String standard) {
        return M.warning("KPI-0442", at, "indicator", clip(indicator), "target", target, "libraryId", libraryId,
                "standard", standard);
    }

    /**
     * For users' own review rules (--rules): a note, with the rule's name in front of the message; a hint that
     * starts with neither "Maybe" nor "建议" gets the lead-in of the run's language (建议 …, Maybe …).
     */
    public static Finding userNote(Location at, String rule, String message, String hint) {
        if (hint == null || hint.isBlank()) {
            return M.info("KPI-0448.noHint", at, "rule", rule, "message", message);
        }
        return hasLeadIn(hint) ? M.info("KPI-0448.maybe", at, "rule", rule, "message", message, "hint", hint)
                : M.info("KPI-0448", at, "rule", rule, "message", message, "hint", hint);
    }

    /**
     * For users' own review rules (--rules): a warning, with the rule's name in front of the message; a hint
     * that starts with neither "Maybe" nor "建议" gets the lead-in of the run's language.
     */
    public static Finding userCheck(Location at, String rule, String message, String hint) {
        if (hint == null || hint.isBlank()) {
            return M.warning("KPI-0449.noHint", at, "rule", rule, "message", message);
        }
        return hasLeadIn(hint)
                ? M.warning("KPI-0449.maybe", at, "rule", rule, "message", message, "hint", hint)
                : M.warning("KPI-0449", at, "rule", rule, "message", message, "hint", hint);
    }

    /** A user's hint that already says "Maybe …" or "建议…" (a rule's author writes in either language). */
    private static boolean hasLeadIn(String hint) {
        return hint.startsWith("Maybe") || hint.startsWith("建议");
    }
}
