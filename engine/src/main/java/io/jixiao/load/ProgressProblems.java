package io.jixiao.load;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of progress files (绩效运行监控, KPI-0601…0609): the month, 完成目标可能性, the money spent so far, and
 * pairing a progress file with its targets. The rest of reading one — YAML, keys, values, units, unknown indicators
 * and projects — is loading's ({@link LoadProblems}), as for an actuals file. Texts in
 * {@code io/jixiao/load/progress.properties}.
 */
public final class ProgressProblems {

    private static final Catalogue M = Catalogue.of(ProgressProblems.class, "progress");

    private ProgressProblems() {
    }

    /** month: (监控截至月份) that is not a month 1–12. */
    public static Finding badMonth(Location at, String text) {
        return M.error("KPI-0601", at, "text", text);
    }

    /** 完成目标可能性 that is not one of the form's words. */
    public static Finding unknownLikelihood(Location at, String indicator, String text, Collection<String> words) {
        return M.error("KPI-0602", at, "text", text, "indicator", indicator, "words", Catalogue.list(words));
    }

    public static Finding departmentMismatch(Location at, String progress, String targets) {
        return M.error("KPI-0604", at, "progress", progress, "targets", targets);
    }

    public static Finding yearMismatch(Location at, int progress, int targets) {
        return M.error("KPI-0605", at, "progress", progress, "targets", targets);
    }

    /** A table of the targets without progress: monitoring covers every table. */
    public static Finding missingTable(Location at, String table) {
        return M.error("KPI-0606", at, "table", table);
    }

    /** A table without 1–N月执行数 (spentToDate). */
    public static Finding missingSpent(Location at, String table) {
        return M.error("KPI-0607", at, "table", table);
    }

    /** A monitoring workbook whose sheets give different months. */
    public static Finding monthsDiffer(Location at, int month, int first, String firstSheet) {
        return M.error("KPI-0608", at, "month", month, "first", first, "firstSheet", firstSheet);
    }
}
