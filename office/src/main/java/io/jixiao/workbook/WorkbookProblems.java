package io.jixiao.workbook;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of actuals workbooks (KPI-0181…0186): the template and filled workbooks. A workbook that cannot
 * be read at all is loading's KPI-0180 ({@code io.jixiao.load.LoadProblems.workbookUnreadable}). Texts in
 * {@code io/jixiao/workbook/messages.properties}.
 */
public final class WorkbookProblems {

    private static final Catalogue M = Catalogue.of(WorkbookProblems.class);

    private WorkbookProblems() {
    }

    public static Finding notATemplate(String file, Collection<String> sheets) {
        return M.error("KPI-0181", Location.of(file), "sheets", Catalogue.list(sheets));
    }

    /** A workbook given as progress that has no sheet of {@code jixiao template --monitoring}. */
    public static Finding notAMonitoringTemplate(String file, Collection<String> sheets) {
        return M.error("KPI-0181.monitoring", Location.of(file), "sheets", Catalogue.list(sheets));
    }

    public static Finding cellKind(Location at, String column, String found, String example) {
        return M.error("KPI-0182", at, "column", column, "found", found, "example", example);
    }

    public static Finding templateChanged(Location at, String what) {
        return M.error("KPI-0183", at, "what", what);
    }

    public static Finding duplicateSheet(Location at, String table, String firstSheet) {
        return M.error("KPI-0184", at, "table", table, "firstSheet", firstSheet);
    }

    public static Finding workbookTooLarge(String file, long bytes, long limit) {
        return M.error("KPI-0185", Location.of(file), "bytes", bytes, "limit", limit);
    }

    public static Finding emptyActual(Location at, String table, String indicator) {
        return M.error("KPI-0186", at, "indicator", indicator, "table", table);
    }
}
