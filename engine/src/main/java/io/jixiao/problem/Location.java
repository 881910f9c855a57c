package io.jixiao.problem;

/**
 * A place in a source file: 1-based line and column, or a workbook cell ({@link #cell}).
 * {@link #UNKNOWN} when there is no file.
 */
public record Location(String file, int line, int column) {

    public static final Location UNKNOWN = new Location("", 0, 0);

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /**
     * A cell of a workbook sheet: rendered the way spreadsheets name cells, {@code book.xlsx:Sheet!E7}
     * (row and column are 1-based, so a finding sorts by them like by line and column).
     */
    public static Location cell(String workbook, String sheet, int row, int column) {
        return new Location(workbook + "[" + sheet + "]", row, column);
    }

    public boolean known() {
        return line > 0;
    }

    @Override
    public String toString() {
        if (!known()) {
            return file.isEmpty() ? "<input>" : file;
        }
        int open = file.lastIndexOf('[');
        if (file.endsWith("]") && open > 0 && file.regionMatches(true, open - 5, ".xlsx", 0, 5)) {
            return file.substring(0, open) + ":" + sheetRef(file.substring(open + 1, file.length() - 1))
                    + "!" + columnLetters(column) + line;
        }
        return file + ":" + line + ":" + column;
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
}
