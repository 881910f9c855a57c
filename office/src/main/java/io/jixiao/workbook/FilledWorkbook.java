package io.jixiao.workbook;

import java.util.List;

/**
 * What a filled actuals template holds, as cell texts with their places; {@link TemplateReader} makes
 * it, {@code load.ActualsWorkbookLoader} turns it into the actuals model. Rows and columns are 1-based.
 */
public record FilledWorkbook(List<Sheet> tables, List<String> sheetNames) {

    public FilledWorkbook {
        tables = List.copyOf(tables);
        sheetNames = List.copyOf(sheetNames);
    }

    /** One cell: its text (numbers written out, percent cells as "96%"), or why it cannot be read. */
    public record Cell(int row, int column, String text, String problem) {

        public boolean blank() {
            return problem == null && text.isBlank();
        }
    }

    /** One indicator row: its hidden key and unit, and the two cells the department fills in. */
    public record Row(int row, String key, String unit, String label, Cell actual, Cell reason) {
    }

    /**
     * One table sheet of the template.
     *
     * @param adjusted   the 全年预算数 cell (blank in workbooks made before it was asked for)
     * @param evaluation the sheet is the 部门整体支出绩效评价's (docs/scoring.md#evaluation): no budget cells
     */
    public record Sheet(String name, boolean overall, Cell department, Cell year, Cell table, Cell spent,
                        Cell actualHeader, List<Row> rows, Cell adjusted, boolean evaluation) {

        public Sheet {
            rows = List.copyOf(rows);
        }
    }
}
