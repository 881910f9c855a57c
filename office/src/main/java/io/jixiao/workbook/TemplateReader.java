package io.jixiao.workbook;

import static io.jixiao.workbook.TemplateLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the cells of a filled actuals template ({@link TemplateLayout}) without judging them: a cell
 * becomes its text, or a problem when it holds something no value can be read from (a date, TRUE,
 * a formula error). Sheets without the template's marker are left out.
 */
public final class TemplateReader {

    /** The workbook could not be opened as .xlsx; the message says why, in words for the user. */
    public static final class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);
    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private TemplateReader() {
    }

    public static FilledWorkbook read(Path file) throws Unreadable {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new Unreadable(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** A workbook from a stream (an upload, a database row); the stream is read to its end, not closed. */
    public static FilledWorkbook read(InputStream in) throws Unreadable {
        return open(in, wb -> {
            List<FilledWorkbook.Sheet> tables = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Sheet s : wb) {
                names.add(s.getSheetName());
                String marker = text(s, MARKER_ROW, MARKER_COL);
                if (marker.startsWith(MARKER)) {
                    tables.add(sheet(s, marker.endsWith(OVERALL), marker.endsWith(EVALUATION)));
                }
            }
            return new FilledWorkbook(tables, names);
        });
    }

    /** What {@link #open} reads of a workbook. */
    interface Reading<T> {
        T read(XSSFWorkbook wb);
    }

    /**
     * Opens a stream as .xlsx and reads it; every way it can fail to open (an .xls, a renamed text file, a truncated
     * copy, a password) is {@link Unreadable} with the reason in words. The actuals and the monitoring workbooks share it.
     */
    static <T> T open(InputStream in, Reading<T> reading) throws Unreadable {
        try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return reading.read(wb);
        } catch (EncryptedDocumentException e) {
            throw new Unreadable(WorkbookTexts.text("unreadable.encrypted"));
        } catch (IOException e) {
            throw new Unreadable(e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (RuntimeException e) {
            // POI reports a file that is not an .xlsx zip (an .xls, a renamed text file, a truncated copy)
            // with one of several unchecked exceptions; all of them mean the same to the user.
            throw new Unreadable(describe(e));
        }
    }

    /** True when {@code file} opens as a workbook with at least one template sheet. */
    public static boolean isTemplate(Path file) {
        try {
            return !read(file).tables().isEmpty();
        } catch (Unreadable e) {
            return false;
        }
    }

    private static String describe(RuntimeException e) {
        String m = e.getMessage();
        if (m != null && m.contains("OLE2")) {
            return WorkbookTexts.text("unreadable.xls");
        }
        return WorkbookTexts.text("unreadable.notXlsx", "detail", m == null ? e.getClass().getSimpleName()
                : m.lines().findFirst().orElse(m));
    }

    private static FilledWorkbook.Sheet sheet(Sheet s, boolean overall, boolean evaluation) {
        List<FilledWorkbook.Row> rows = new ArrayList<>();
        for (int r = FIRST_INDICATOR_ROW; r <= s.getLastRowNum(); r++) {
            String key = text(s, r, KEY);
            if (key.isBlank()) {
                continue;
            }
            rows.add(new FilledWorkbook.Row(r + 1, key.strip(), text(s, r, UNIT).strip(), text(s, r, NAME).strip(),
                    cell(s, r, ACTUAL), cell(s, r, REASON)));
        }
        return new FilledWorkbook.Sheet(s.getSheetName(), overall, cell(s, DEPARTMENT_ROW, VALUE_COL),
                cell(s, DEPARTMENT_ROW, YEAR_COL), cell(s, TABLE_ROW, VALUE_COL), cell(s, BUDGET_ROW, SPENT_COL),
                cell(s, HEADER_ROW, ACTUAL), rows, adjusted(s), evaluation);
    }

    /**
     * The 全年预算数 cell; blank in a template made before it was asked for (F4 was then the start of the budget
     * row's note, "← …", in either language; now it holds the label, in the language the template was made in).
     */
    private static FilledWorkbook.Cell adjusted(Sheet s) {
        String label = text(s, BUDGET_ROW, ADJUSTED_LABEL_COL);
        return !label.isBlank() && !label.startsWith("←")
                ? cell(s, BUDGET_ROW, ADJUSTED_COL) : new FilledWorkbook.Cell(BUDGET_ROW + 1, ADJUSTED_COL + 1, "", null);
    }

    /** Plain text of a cell, "" when blank or absent (for the template's own locked cells). */
    static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }

    static FilledWorkbook.Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return new FilledWorkbook.Cell(r + 1, c + 1, "", null);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> new FilledWorkbook.Cell(r + 1, c + 1, cell.getStringCellValue().strip(), null);
            case NUMERIC -> numeric(cell, r, c);
            case BOOLEAN -> new FilledWorkbook.Cell(r + 1, c + 1, "", WorkbookTexts.text("cell.boolean", "value",
                    String.valueOf(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT)));
            case ERROR -> new FilledWorkbook.Cell(r + 1, c + 1, "", WorkbookTexts.text("cell.formulaError", "value",
                    FormulaError.forInt(cell.getErrorCellValue()).getString()));
            default -> new FilledWorkbook.Cell(r + 1, c + 1, "", null);
        };
    }

    private static FilledWorkbook.Cell numeric(Cell cell, int r, int c) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return new FilledWorkbook.Cell(r + 1, c + 1, "", WorkbookTexts.text("cell.date", "value",
                    FORMATTER.formatCellValue(cell)));
        }
        // 15 significant digits, as Excel shows them: 0.1+0.2 reads 0.3, not 0.30000000000000004
        BigDecimal v = new BigDecimal(cell.getNumericCellValue()).round(EXCEL_DIGITS);
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return new FilledWorkbook.Cell(r + 1, c + 1, plain(v.movePointRight(2)) + "%", null);
        }
        return new FilledWorkbook.Cell(r + 1, c + 1, plain(v), null);
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
