package io.jixiao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text export of a disclosure (the format of each indicators/DEPT/YEAR/disclosure.txt): one table cell per line starting with
 * a TAB, rows separated by a blank line, a cell's own line breaks continue on lines without a TAB; other
 * lines are paragraphs. Tables end at a paragraph or after two or more blank lines. A line starting with an
 * exporter bookmark ("[bookmark: _Toc…]", a heading) is a paragraph even right after a cell.
 *
 * <p>One ambiguity of the format is resolved here: empty paragraphs at the end of a cell look like blank
 * lines. A row cut short by such blank lines is joined with the row after them when together they have
 * exactly the width of the row above (luancheng 2020, lines 323-331).
 */
public final class TextExportReader {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    /** A row as read, before rows are grouped into tables. */
    private record RawRow(List<Cell> cells, int line, int blanksBefore) {
    }

    private TextExportReader() {
    }

    public static SourceDoc read(String file, String text) {
        List<Object> items = rawItems(text);
        return new SourceDoc(file, group(items));
    }

    /** Paragraphs and raw rows in order. */
    private static List<Object> rawItems(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Object> items = new ArrayList<>();
        List<StringBuilder> cells = null;
        List<Integer> cellLines = null;
        int rowLine = 0;
        int blanks = 0;
        int blanksBeforeRow = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith("\t")) {
                if (cells == null) {
                    cells = new ArrayList<>();
                    cellLines = new ArrayList<>();
                    rowLine = no;
                    blanksBeforeRow = blanks;
                }
                cells.add(new StringBuilder(clean(line.substring(1))));
                cellLines.add(no);
                blanks = 0;
            } else if (line.isEmpty()) {
                if (cells != null) {
                    items.add(raw(cells, cellLines, rowLine, blanksBeforeRow));
                    cells = null;
                }
                blanks++;
            } else if (cells != null && !line.stripLeading().startsWith("[bookmark:")) {
                cells.get(cells.size() - 1).append('\n').append(clean(line));
            } else {
                if (cells != null) {
                    items.add(raw(cells, cellLines, rowLine, blanksBeforeRow));
                    cells = null;
                }
                items.add(new Para(clean(line), no));
                blanks = 0;
            }
        }
        if (cells != null) {
            items.add(raw(cells, cellLines, rowLine, blanksBeforeRow));
        }
        return items;
    }

    private static RawRow raw(List<StringBuilder> cells, List<Integer> lines, int line, int blanksBefore) {
        List<Cell> c = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            c.add(new Cell(cells.get(i).toString(), lines.get(i)));
        }
        return new RawRow(c, line, blanksBefore);
    }

    private static String clean(String s) {
        return BOOKMARK.matcher(s).replaceAll("");
    }

    private static List<Block> group(List<Object> items) {
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Para p) {
                flush(rows, blocks);
                blocks.add(p);
                continue;
            }
            RawRow r = (RawRow) item;
            if (!rows.isEmpty() && r.blanksBefore() >= 2) {
                if (completesShortRow(rows, r)) {
                    Row prev = rows.remove(rows.size() - 1);
                    List<Cell> joined = new ArrayList<>(prev.cells());
                    joined.addAll(r.cells());
                    rows.add(new Row(joined, prev.line()));
                    continue;
                }
                flush(rows, blocks);
            }
            rows.add(new Row(r.cells(), r.line()));
        }
        flush(rows, blocks);
        return blocks;
    }

    /** The last row is shorter than the one above it, and {@code next} makes up exactly the difference. */
    private static boolean completesShortRow(List<Row> rows, RawRow next) {
        if (rows.size() < 2) {
            return false;
        }
        int width = rows.get(rows.size() - 2).size();
        int have = rows.get(rows.size() - 1).size();
        return have < width && have + next.cells().size() == width;
    }

    private static void flush(List<Row> rows, List<Block> blocks) {
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows, rows.get(0).line()));
            rows.clear();
        }
    }
}
