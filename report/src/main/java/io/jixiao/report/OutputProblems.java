package io.jixiao.report;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/** The findings of output files (KPI-0140, 0141). Texts in {@code io/jixiao/report/messages.properties}. */
public final class OutputProblems {

    private static final Catalogue M = Catalogue.of(OutputProblems.class);

    private OutputProblems() {
    }

    public static Finding outputExists(String file) {
        return M.error("KPI-0140", Location.of(file));
    }

    public static Finding cannotWrite(Location at, String reason) {
        return M.error("KPI-0141", at, "reason", reason);
    }
}
