package io.jixiao.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small writes into a sheet: text, numbers (as numbers), merged blocks. */
final class Cells {

    private Cells() {
    }

    /** When every entry of a workbook is dated: the earliest time a zip file can hold, 1980-01-01 00:00. */
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * The workbook as .xlsx bytes (closing it), ready for AtomicFiles. The same workbook gives the same bytes,
     * whenever it is written: no creation date (POI would write the clock's), creator "jixiao", and every zip entry
     * dated {@link #ZIP_EPOCH} (POI dates them now).
     */
    static byte[] bytes(XSSFWorkbook wb) {
        try (XSSFWorkbook w = wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            POIXMLProperties.CoreProperties core = w.getProperties().getCoreProperties();
            core.setCreated(Optional.empty());
            core.setCreator("jixiao");
            w.write(out);
            return undated(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zip {@code zip} with the same entries in the same order, each dated {@link #ZIP_EPOCH}. */
    static byte[] undated(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_EPOCH);
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
