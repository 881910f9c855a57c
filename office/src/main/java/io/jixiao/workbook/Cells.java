package io.jixiao.workbook;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Small writes into a sheet: text, numbers (as numbers), merged blocks. */
final class Cells {

    private Cells() {
    }

    /** The time every entry of a workbook written here carries: the same bytes for the same content. */
    private static final java.time.LocalDateTime ENTRY_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * The workbook as .xlsx bytes (closing it), ready for AtomicFiles: deterministic — the same content gives the same
     * bytes — so no creation time in its properties and one fixed time on every zip entry (POI writes the clock's).
     */
    static byte[] bytes(org.apache.poi.xssf.usermodel.XSSFWorkbook wb) {
        wb.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook w = wb;
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            w.write(out);
            return fixedTimes(out.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same zip with every entry, in the same order, at {@link #ENTRY_TIME}. */
    private static byte[] fixedTimes(byte[] zip) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(zip.length);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTimeLocal(ENTRY_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Row row(Sheet s, int r) {
        Row row = s.getRow(r);
        return row == null ? s.createRow(r) : row;
    }

    static Cell cell(Sheet s, int r, int c, CellStyle style) {
        Row row = row(s, r);
        Cell cell = row.getCell(c);
        if (cell == null) {
            cell = row.createCell(c);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    static Cell text(Sheet s, int r, int c, String value, CellStyle style) {
        Cell cell = cell(s, r, c, style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A numeric cell; blank (styled) when {@code value} is null. */
    static Cell number(Sheet s, int r, int c, BigDecimal value, CellStyle style) {
        Cell cell = cell(s, r, c, style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    /**
     * Makes row {@code r} tall enough for {@code text} wrapped in {@code widthChars} character widths (a CJK
     * character is two). Spreadsheets do not grow merged cells to their text, so merged blocks need this.
     */
    static void fitHeight(Sheet s, int r, String text, int widthChars) {
        if (text == null || text.isEmpty() || widthChars <= 0) {
            return;
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(io.jixiao.report.TextWidth.of(line) * 1.1 / widthChars));
        }
        float needed = 15f * lines + 3;
        Row row = row(s, r);
        if (needed > row.getHeightInPoints()) {
            row.setHeightInPoints(needed);
        }
    }

    /**
     * Makes row {@code r} tall enough for the wrapped text of each of its (unmerged) cells, column {@code c} being
     * {@code widthChars[c]} characters wide: not every spreadsheet grows rows to their text when opening a file.
     */
    static void fitRow(Sheet s, int r, int[] widthChars) {
        Row row = row(s, r);
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
            int c = cell.getColumnIndex();
            if (c < widthChars.length && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                fitHeight(s, r, cell.getStringCellValue(), widthChars[c]);
            }
        }
    }

    /** Merges r1..r2 × c1..c2, giving every cell of the block {@code style} so borders are drawn. */
    static void merge(Sheet s, int r1, int r2, int c1, int c2, CellStyle style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(s, r, c, style);
            }
        }
        if (r1 != r2 || c1 != c2) {
            s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }
}
