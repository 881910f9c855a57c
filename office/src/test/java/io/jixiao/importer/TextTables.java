package io.jixiao.importer;

import java.util.List;

/** Builds text exports for tests: paragraphs and rows of cells in the seeds' format. */
final class TextTables {

    private final StringBuilder sb = new StringBuilder();

    TextTables paragraph(String text) {
        sb.append(text).append('\n');
        return this;
    }

    TextTables row(String... cells) {
        return row(List.of(cells));
    }

    TextTables row(List<String> cells) {
        for (String c : cells) {
            sb.append('\t').append(c).append('\n');
        }
        sb.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
