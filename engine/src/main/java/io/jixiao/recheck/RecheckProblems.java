package io.jixiao.recheck;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/**
 * The findings of the 复核 of a scored department (KPI-0320…0322): claimed 自评得分, low execution, much
 * 不适用. Texts in {@code io/jixiao/recheck/messages.properties}.
 */
public final class RecheckProblems {

    private static final Catalogue M = Catalogue.of(RecheckProblems.class);

    private RecheckProblems() {
    }

    /** @param difference claimed − recomputed, both rounded HALF_UP to 2 places, without sign */
    public static Finding selfScoreDiffers(Location at, String table, String indicator, String claimed,
                                           String recomputed, boolean overClaimed, String difference) {
        return overClaimed
                ? M.warning("KPI-0320", at, "indicator", indicator, "table", table, "claimed", claimed,
                        "recomputed", recomputed, "difference", difference)
                : M.warning("KPI-0320.under", at, "indicator", indicator, "table", table, "claimed", claimed,
                        "recomputed", recomputed, "difference", difference);
    }

    public static Finding lowExecution(Location at, String table, String rate, String threshold) {
        return M.warning("KPI-0321", at, "table", table, "rate", rate, "threshold", threshold);
    }

    public static Finding notApplicableHeavy(Location at, String table, String naPoints) {
        return M.warning("KPI-0322", at, "table", table, "naPoints", naPoints);
    }
}
