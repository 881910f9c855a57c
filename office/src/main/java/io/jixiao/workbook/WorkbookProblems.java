package io.jixiao.workbook;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of actuals workbooks (KPI-0181…0189, 0191, 0192): the template and filled workbooks. A workbook that cannot
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

    /** A workbook larger than a template ever is inside: a part unpacked, all parts, or a sheet's rows. */
    public static Finding workbookTooLargeInside(String file, String what, long amount, long limit) {
        return M.error("KPI-0185.inside", Location.of(file), "what", what, "amount", amount, "limit", limit);
    }

    /** A row typed into a table sheet (no hidden key): an indicator the targets do not have. */
    public static Finding rowNotInTemplate(Location at, String name, String table) {
        return M.error("KPI-0187", at, "name", name, "table", table);
    }

    /** A value cell holding a formula saved without its value: jixiao does not compute formulas. */
    public static Finding formulaWithoutValue(Location at, String column, String formula) {
        return M.error("KPI-0188", at, "column", column, "formula", formula);
    }

    /** A value cell holding a formula: the value saved with it is used. */
    public static Finding formulaValueUsed(Location at, String column, String formula, String value) {
        return M.info("KPI-0189", at, "column", column, "formula", formula, "value", value);
    }

    /** An indicator's row twice in one sheet (a copied row): the second would silently win. */
    public static Finding rowTwice(Location at, String indicator, String table, int firstRow) {
        return M.error("KPI-0191", at, "indicator", indicator, "table", table, "firstRow", firstRow);
    }

    /** validate of a workbook without its targets file: checked against the targets the template holds. */
    public static Finding checkedAgainstTemplate(String file) {
        return M.info("KPI-0192", Location.of(file));
    }
}
