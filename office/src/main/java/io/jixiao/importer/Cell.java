package io.jixiao.importer;

/**
 * One table cell: its text (the cell's own line breaks kept as '\n'), the source line where it starts and
 * how many grid columns it spans (a .docx gridSpan; always 1 in the text export, which does not show it).
 */
public record Cell(String text, int line, int span) {

    public Cell {
        text = text == null ? "" : text;
        span = Math.max(1, span);
    }

    public Cell(String text, int line) {
        this(text, line, 1);
    }

    public boolean blank() {
        return text.isBlank();
    }
}
