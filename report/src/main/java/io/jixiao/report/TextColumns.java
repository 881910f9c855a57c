package io.jixiao.report;

import java.util.List;

/**
 * Rows of cells as aligned columns for the terminal: each column as wide as its widest cell ({@link TextWidth}: a
 * Chinese character takes two), two spaces between columns, the last cell unpadded, no trailing spaces. The store's
 * listings and {@code history} lay out their tables with it.
 */
public final class TextColumns {

    private TextColumns() {
    }

    /** The rows, each line started by {@code indent} and ended by a newline. */
    public static String render(List<List<String>> rows, String indent) {
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[n];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], TextWidth.of(r.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.size(); i++) {
                line.append(i == r.size() - 1 ? r.get(i) : TextWidth.padRight(r.get(i), width[i]) + "  ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
