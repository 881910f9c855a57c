package io.jixiao.workbook;

import java.util.List;

/**
 * What a filled actuals template holds, as cell texts with their places; {@link TemplateReader} makes
 * it, {@code load.ActualsWorkbookLoader} turns it into the actuals model. Rows and columns are 1-based.
 *
 * @param profile the built-in profile the template was made with (its hidden cell), or null
 */
public record FilledWorkbook(List<Sheet> tables, List<String> sheetNames, String profile) {

    public FilledWorkbook {
        tables = List.copyOf(tables);
        sheetNames = List.copyOf(sheetNames);
    }

    public FilledWorkbook(List<Sheet> tables, List<String> sheetNames) {
        this(tables, sheetNames, null);
    }

    /**
     * One cell: its text (numbers written out, percent cells as "96%"), or why it cannot be read.
     *
     * @param formula the cell's formula (without '='), null when it holds a value; its text is then the value
     *                the spreadsheet saved with it, and {@code problem} says when it saved none
     * @param percent true when the cell is formatted as a percent (0.96 shown as 96%)
     */
    public record Cell(int row, int column, String text, String problem, String formula, boolean percent) {

        public Cell(int row, int column, String text, String problem) {
            this(row, column, text, problem, null, false);
        }

        public boolean blank() {
            return problem == null && text.isBlank();
        }
    }

    /**
     * One indicator row: its hidden key and unit, what the template shows of its target (一级/二级/三级指标,
     * 年度指标值, 评（扣）分标准, 绩效指标描述 — the targets the template was made from), and the two cells the
     * department fills in.
     */
    public record Row(int row, String key, String unit, String label, Cell actual, Cell reason, Cell level1,
                      Cell level2, Cell name, Cell target, Cell deduction, Cell description, Cell written,
                      boolean suggested) {

        public Row(int row, String key, String unit, String label, Cell actual, Cell reason) {
            this(row, key, unit, label, actual, reason, null, null, null, null, null, null, null, false);
        }
    }

    /**
     * A row below the headers that the template did not make (no hidden key) but that holds something: an
     * indicator typed in, or a copied row.
     *
     * @param first the first cell of the row that is not blank
     * @param name  the row's 三级指标 cell
     */
    public record Stray(int row, Cell first, Cell name) {
    }

    /**
     * One table sheet of the template.
     *
     * @param budget     the 年初预算数 cell the template was made with (validate of the workbook alone reads it)
     * @param adjusted   the 全年预算数 cell (blank in workbooks made before it was asked for)
     * @param evaluation the sheet is the 部门整体支出绩效评价's (docs/scoring.md#evaluation): no budget cells
     * @param budgetPoints the 预算执行率分值 the targets file wrote (hidden; blank when the profile's)
     * @param projectBudget the department's 项目支出 the targets file wrote (hidden, on the 部门整体 sheet)
     * @param strays     rows the template did not make that hold something (an indicator typed in, a copied row)
     */
    public record Sheet(String name, boolean overall, Cell department, Cell year, Cell table, Cell spent,
                        Cell actualHeader, List<Row> rows, Cell budget, Cell adjusted, boolean evaluation,
                        List<Stray> strays, Cell budgetPoints, Cell projectBudget) {

        public Sheet {
            rows = List.copyOf(rows);
            strays = List.copyOf(strays);
        }

        public Sheet(String name, boolean overall, Cell department, Cell year, Cell table, Cell spent,
                     Cell actualHeader, List<Row> rows) {
            this(name, overall, department, year, table, spent, actualHeader, rows, null, null, false, List.of(), null, null);
        }
    }
}
