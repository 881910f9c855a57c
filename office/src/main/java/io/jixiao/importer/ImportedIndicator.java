package io.jixiao.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One indicator as imported: the texts as they stand in the document (null when the column is absent or
 * the cell empty, except {@code target}, "" when empty). {@code deductionReadable} false writes the
 * 评（扣）分标准 as a comment; {@code notes} become comments above the indicator.
 */
record ImportedIndicator(String id, String level1, String level2, String name, String description, String target,
                         String deduction, boolean deductionReadable, String points, String basis, int line,
                         List<String> notes) implements TableEntry {

    ImportedIndicator {
        notes = List.copyOf(notes);
    }

    /** What actuals refer to: the id, else the name, else the description. */
    String key() {
        if (id != null) {
            return id;
        }
        return name != null ? name : description;
    }

    ImportedIndicator withId(String newId, String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new ImportedIndicator(newId, level1, level2, name, description, target, deduction, deductionReadable,
                points, basis, line, n);
    }
}
