package io.jixiao.workbook;

import static io.jixiao.workbook.TemplateLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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
    public static class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The workbook is larger than an actuals template ever is, unpacked (a part, all parts) or in rows: refused
     * before POI builds it in memory (a 1,000,000-row sheet is 20 MiB packed and gigabytes as objects).
     *
     * @param what   what is too large, in words ("sheet xl/worksheets/sheet2.xml unpacked", "sheet '项目' rows")
     * @param amount how large it is (at least)
     * @param limit  the most accepted
     */
    public static final class TooLarge extends Unreadable {
        public final String what;
        public final long amount;
        public final long limit;

        TooLarge(String what, long amount, long limit) {
            super(what + ": " + amount + " > " + limit);
            this.what = what;
            this.amount = amount;
            this.limit = limit;
        }
    }

    /** The most bytes one part of the workbook (a sheet, the shared strings) may unpack to. */
    static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    /** The most bytes all parts together may unpack to. */
    static final long MAX_UNPACKED_BYTES = 96L * 1024 * 1024;
    /** The most rows a table sheet may have (a template has one per indicator, after 6 heading rows). */
    static final int MAX_ROWS = 20_000;
    /** What a formula cell without a saved value reads as: a problem, not 0. */
    static final String NO_SAVED_VALUE = "a formula with no value saved with it";

    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);
    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private TemplateReader() {
    }

    /**
     * A workbook file, read through the one reader of input files (streamed, at most
     * {@link io.jixiao.load.ActualsFiles#WORKBOOK_MAX_BYTES}).
     *
     * @throws io.jixiao.problem.KpiException KPI-0185 for a larger file, KPI-0112 when it cannot be read
     */
    public static FilledWorkbook read(Path file) throws Unreadable {
        long max = io.jixiao.load.ActualsFiles.WORKBOOK_MAX_BYTES;
        byte[] bytes = io.jixiao.load.InputFiles.read(file, max,
                n -> WorkbookProblems.workbookTooLarge(file.toString(), n, max));
        return read(bytes);
    }

    /** A workbook from a stream (an upload, a database row); the stream is read to its end, not closed. */
    public static FilledWorkbook read(InputStream in) throws Unreadable {
        try {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new Unreadable(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** A workbook's bytes: its unpacked size checked first, then its cells read. */
    public static FilledWorkbook read(byte[] bytes) throws Unreadable {
        checkUnpacked(bytes);
        return open(new java.io.ByteArrayInputStream(bytes), wb -> {
            List<FilledWorkbook.Sheet> tables = new ArrayList<>();
            List<String> names = new ArrayList<>();
            String profile = null;
            for (Sheet s : wb) {
                names.add(s.getSheetName());
                String marker = text(s, MARKER_ROW, MARKER_COL);
                if (marker.startsWith(MARKER)) {
                    if (s.getLastRowNum() + 1 > MAX_ROWS) {
                        throw new TooLarge(WorkbookTexts.text("tooLarge.rows", "sheet", s.getSheetName()), s.getLastRowNum() + 1L, MAX_ROWS);
                    }
                    tables.add(sheet(s, marker.endsWith(OVERALL), marker.endsWith(EVALUATION)));
                    String p = text(s, MARKER_ROW, PROFILE_COL).strip();
                    profile = profile == null && !p.isEmpty() ? p : profile;
                }
            }
            return new FilledWorkbook(tables, names, profile);
        });
    }

    /** What {@link #open} reads of a workbook. */
    interface Reading<T> {
        T read(XSSFWorkbook wb) throws Unreadable;
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

    /**
     * Unpacks the workbook's parts without keeping them, counting bytes: a part larger than {@link #MAX_PART_BYTES}
     * or all of them larger than {@link #MAX_UNPACKED_BYTES} is {@link TooLarge}. What is not a zip is left to POI.
     */
    static void checkUnpacked(byte[] bytes) throws TooLarge {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        // commons-compress (POI's own zip reader) takes what spreadsheets write, data descriptors included
        try (org.apache.commons.compress.archivers.zip.ZipArchiveInputStream zip =
                     new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
                             new java.io.ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                long part = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    part += n;
                    total += n;
                    if (part > MAX_PART_BYTES) {
                        throw new TooLarge(WorkbookTexts.text("tooLarge.part", "part", e.getName()), part, MAX_PART_BYTES);
                    }
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new TooLarge(WorkbookTexts.text("tooLarge.all"), total, MAX_UNPACKED_BYTES);
                    }
                }
            }
        } catch (TooLarge e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not a zip, or a broken one: POI says what it is
        }
    }

    /** True when {@code file} opens as a workbook with at least one template sheet. */
    public static boolean isTemplate(Path file) {
        try {
            return !read(file).tables().isEmpty();
        } catch (Unreadable | io.jixiao.problem.KpiException e) {
            return false;
        }
    }

    private static String describe(RuntimeException e) {
        String m = e.getMessage();
        if (m != null && m.contains("OLE2")) {
            return WorkbookTexts.text("unreadable.xls");
        }
        if (m != null && (m.contains("Tried to allocate") || m.contains("Zip bomb") || m.contains("max entry size"))) {
            return WorkbookTexts.text("unreadable.tooLarge");
        }
        return WorkbookTexts.text("unreadable.notXlsx", "detail", m == null ? e.getClass().getSimpleName()
                : m.lines().findFirst().orElse(m));
    }

    private static FilledWorkbook.Sheet sheet(Sheet s, boolean overall, boolean evaluation) {
        List<FilledWorkbook.Row> rows = new ArrayList<>();
        List<FilledWorkbook.Stray> strays = new ArrayList<>();
        for (int r = FIRST_INDICATOR_ROW; r <= s.getLastRowNum(); r++) {
            String key = text(s, r, KEY);
            if (key.isBlank()) {
                stray(s, r).ifPresent(strays::add);
                continue;
            }
            rows.add(new FilledWorkbook.Row(r + 1, key.strip(), text(s, r, UNIT).strip(), text(s, r, NAME).strip(),
                    cell(s, r, ACTUAL), cell(s, r, REASON), cell(s, r, LEVEL1), cell(s, r, LEVEL2), cell(s, r, NAME),
                    cell(s, r, TARGET), cell(s, r, DEDUCTION), cell(s, r, DESCRIPTION), cell(s, r, WRITTEN_POINTS),
                    "1".equals(text(s, r, SUGGESTED).strip())));
        }
        return new FilledWorkbook.Sheet(s.getSheetName(), overall, cell(s, DEPARTMENT_ROW, VALUE_COL),
                cell(s, DEPARTMENT_ROW, YEAR_COL), cell(s, TABLE_ROW, VALUE_COL), cell(s, BUDGET_ROW, SPENT_COL),
                cell(s, HEADER_ROW, ACTUAL), rows, evaluation ? null : cell(s, BUDGET_ROW, BUDGET_COL),
                adjusted(s), evaluation, strays, cell(s, MARKER_ROW, BUDGET_POINTS_COL),
                cell(s, MARKER_ROW, PROJECT_BUDGET_COL));
    }

    /** A row without the template's hidden key that holds something in a column a person sees: typed in. */
    private static java.util.Optional<FilledWorkbook.Stray> stray(Sheet s, int r) {
        for (int c = LEVEL1; c <= HINT; c++) {
            FilledWorkbook.Cell cell = cell(s, r, c);
            if (!cell.blank()) {
                return java.util.Optional.of(new FilledWorkbook.Stray(r + 1, cell, cell(s, r, NAME)));
            }
        }
        return java.util.Optional.empty();
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

    /**
     * A cell as jixiao reads it. jixiao never computes a formula: a formula cell reads as the value the spreadsheet
     * saved with it (noted by the loader), or — saved without one, as some tools write them — as a problem, never
     * as the 0 POI would give.
     */
    static FilledWorkbook.Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return new FilledWorkbook.Cell(r + 1, c + 1, "", null);
        }
        String formula = null;
        if (cell.getCellType() == CellType.FORMULA) {
            formula = formula(cell);
            if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x && !x.getCTCell().isSetV()) {
                return new FilledWorkbook.Cell(r + 1, c + 1, "", NO_SAVED_VALUE, formula, false);
            }
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        FilledWorkbook.Cell read = switch (type) {
            case STRING -> new FilledWorkbook.Cell(r + 1, c + 1, cell.getStringCellValue().strip(), null);
            case NUMERIC -> numeric(cell, r, c);
            case BOOLEAN -> new FilledWorkbook.Cell(r + 1, c + 1, "", WorkbookTexts.text("cell.boolean", "value",
                    String.valueOf(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT)));
            case ERROR -> new FilledWorkbook.Cell(r + 1, c + 1, "", WorkbookTexts.text("cell.formulaError", "value",
                    FormulaError.forInt(cell.getErrorCellValue()).getString()));
            default -> new FilledWorkbook.Cell(r + 1, c + 1, "", null);
        };
        return formula == null ? read
                : new FilledWorkbook.Cell(read.row(), read.column(), read.text(), read.problem(), formula, read.percent());
    }

    private static String formula(Cell cell) {
        try {
            String f = cell.getCellFormula();
            return f == null || f.isBlank() ? "?" : f;
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static FilledWorkbook.Cell numeric(Cell cell, int r, int c) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return new FilledWorkbook.Cell(r + 1, c + 1, "", WorkbookTexts.text("cell.date", "value",
                    FORMATTER.formatCellValue(cell)));
        }
        double d = cell.getNumericCellValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return new FilledWorkbook.Cell(r + 1, c + 1, "", WorkbookTexts.text("cell.notFinite"));
        }
        // 15 significant digits, as Excel shows them: 0.1+0.2 reads 0.3, not 0.30000000000000004
        BigDecimal v = new BigDecimal(d).round(EXCEL_DIGITS);
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return new FilledWorkbook.Cell(r + 1, c + 1, plain(v.movePointRight(2)) + "%", null, null, true);
        }
        return new FilledWorkbook.Cell(r + 1, c + 1, plain(v), null);
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
