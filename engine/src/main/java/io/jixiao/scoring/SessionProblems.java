package io.jixiao.scoring;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of what-if changes to an open scoring session (KPI-0350…0354), raised by {@link ScoringSession}
 * and by {@code io.jixiao.api} (jixiao whatif). Texts in {@code io/jixiao/scoring/session.properties}.
 */
public final class SessionProblems {

    private static final Catalogue M = Catalogue.of(SessionProblems.class, "session");

    private SessionProblems() {
    }

    public static Finding whatifSetSyntax(Location at, String text) {
        return M.error("KPI-0350", at, "text", text);
    }

    public static Finding whatifUnknownTable(Location at, String table, Collection<String> known) {
        return M.error("KPI-0351", at, "table", table, "known", Catalogue.list(known));
    }

    public static Finding whatifUnknownIndicator(Location at, String table, String indicator,
                                                 Collection<String> known) {
        return M.error("KPI-0352", at, "indicator", indicator, "table", table, "known", Catalogue.list(known));
    }

    public static Finding whatifBadGoal(Location at, String text, Collection<String> grades) {
        return grades.isEmpty() ? M.error("KPI-0353.noGrades", at, "text", text)
                : M.error("KPI-0353", at, "text", text, "grades", Catalogue.list(grades));
    }

    public static Finding whatifSpentSyntax(Location at, String text) {
        return M.error("KPI-0354", at, "text", text);
    }

    /** A --spent of the right form whose amount is negative. */
    public static Finding whatifSpentNegative(Location at, String text) {
        return M.error("KPI-0354.negative", at, "text", text);
    }
}
