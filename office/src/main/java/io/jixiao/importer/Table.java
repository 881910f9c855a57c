package io.jixiao.importer;

import java.util.List;

/** A table of the disclosure: rows top to bottom. */
public record Table(List<Row> rows, int line) implements Block {

    public Table {
        rows = List.copyOf(rows);
    }
}
