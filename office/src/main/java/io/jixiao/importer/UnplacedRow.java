package io.jixiao.importer;

import java.util.List;

/** A row the importer could not turn into an indicator: written into the YAML as a comment, never dropped. */
record UnplacedRow(int line, String reason, List<String> cells) implements TableEntry {

    UnplacedRow {
        cells = List.copyOf(cells);
    }
}
