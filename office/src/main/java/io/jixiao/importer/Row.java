package io.jixiao.importer;

import java.util.ArrayList;
import java.util.List;

/** One table row: its cells left to right and the source line where it starts. */
public record Row(List<Cell> cells, int line) {

    public Row {
        cells = List.copyOf(cells);
    }

    public int size() {
        return cells.size();
    }

    /** The cell text at index {@code i}, "" past the end. */
    public String text(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).text() : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(Cell::blank);
    }

    /** The grid column each cell starts at (cumulative spans). */
    public int[] starts() {
        int[] s = new int[cells.size()];
        int pos = 0;
        for (int i = 0; i < cells.size(); i++) {
            s[i] = pos;
            pos += cells.get(i).span();
        }
        return s;
    }

    /** Grid columns the row covers. */
    public int gridWidth() {
        return cells.stream().mapToInt(Cell::span).sum();
    }

    /** The cell starting at grid column {@code column}, or null. */
    public Cell at(int column) {
        int[] s = starts();
        for (int i = 0; i < s.length; i++) {
            if (s[i] == column) {
                return cells.get(i);
            }
        }
        return null;
    }

    /** The non-blank cell texts, for messages and comments. */
    public List<String> texts() {
        List<String> t = new ArrayList<>();
        cells.forEach(c -> t.add(c.text()));
        return t;
    }
}
