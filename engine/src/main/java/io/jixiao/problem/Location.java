package io.jixiao.problem;

import java.util.Objects;

/**
 * A place in a source file: 1-based line and column, or a workbook cell ({@link #cell}).
 * {@link #UNKNOWN} when there is no file.
 *
 * @param file   the file's name as given (a workbook cell's holds the sheet: {@code book.xlsx[Sheet]}); empty when
 *               unknown
 * @param line   1-based; 0 for a whole file (for a workbook cell, the row)
 * @param column 1-based; 0 for a whole file or line (for a workbook cell, the column: 1 is A)
 */
public record Location(String file, int line, int column) {

    /** The name of a file read from standard input ({@code jixiao score - …}); its cells render as a workbook's. */
    public static final String STDIN = "<stdin>";

    /** No place: a finding about no file in particular. */
    public static final Location UNKNOWN = new Location("", 0, 0);

    /**
     * A whole file.
     *
     * @param file the file's name as given
     * @return the location, line and column 0
     */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /**
     * A cell of a workbook sheet: rendered the way spreadsheets name cells, {@code book.xlsx:Sheet!E7}
     * (row and column are 1-based, so a finding sorts by them like by line and column).
     *
     * @param workbook the workbook's name as given
     * @param sheet    the sheet's name
     * @param row      1-based
     * @param column   1-based: 1 is A
     * @return the location
     */
    public static Location cell(String workbook, String sheet, int row, int column) {
        return new Location(workbook + "[" + sheet + "]", row, column);
    }

    /**
     * Whether the location names a line (or a cell), not only a file.
     *
     * @return true when {@link #line()} is 1 or more
     */
    public boolean known() {
        return line > 0;
    }

    /**
     * The location as messages show it.
     *
     * @return {@code file:line:col}, {@code book.xlsx:Sheet!E7}, the file alone, or {@code <input>} when unknown
     */
    @Override
    public String toString() {
        if (!known()) {
            return file.isEmpty() ? "<input>" : shown(file);
        }
        int open = file.lastIndexOf('[');
        if (file.endsWith("]") && open > 0 && (file.regionMatches(true, open - 5, ".xlsx", 0, 5)
                || file.regionMatches(true, open - 5, ".xlsm", 0, 5) || file.startsWith(STDIN + "["))) {
            return shown(file.substring(0, open)) + ":" + sheetRef(Catalogue.quote(file.substring(open + 1,
                    file.length() - 1))) + "!" + columnLetters(column) + line;
        }
        return shown(file) + ":" + line + ":" + column;
    }

    /** The longest file name shown whole; a longer one (a hostile folder tree) keeps its start and its end. */
    static final int SHOWN_LIMIT = 200;

    /** {@code file}, or its first 60 and last 120 characters around "…" when it is longer than 200. */
    static String shown(String file) {
        if (file.length() <= SHOWN_LIMIT) {
            return file;
        }
        return file.substring(0, 60) + "…" + file.substring(file.length() - 120);
    }

    /** A sheet name as a formula would write it: quoted when it holds anything but letters, digits and _. */
    private static String sheetRef(String sheet) {
        return sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_') ? sheet
                : "'" + sheet.replace("'", "''") + "'";
    }

    /** 1 → A, 26 → Z, 27 → AA. */
    static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    /**
     * The record's equality and hash code, written out (docs/performance.md#record-methods): a record's own, made by
     * {@code ObjectMethods} from method handles when first called, spins a dozen classes at run time (a tenth of the
     * classes a cold {@code monitor DIR} generates) and runs through method handles under C1. Same components, same
     * results: the hash code is the record's ({@code 31 × h + component}, in order; {@code RecordMethodsProperties}).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Location l && line == l.line && column == l.column
                && Objects.equals(file, l.file);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hashCode(file) + line) + column;
    }
}
