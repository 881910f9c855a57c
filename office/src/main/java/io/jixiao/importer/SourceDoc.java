package io.jixiao.importer;

import io.jixiao.problem.Finding;
import java.util.List;

/**
 * A disclosure as read from a .docx ({@code docx}) or its text export: the file name, its blocks in order,
 * and what the reader noted (e.g. a text export that was not UTF-8).
 */
public record SourceDoc(String file, boolean docx, List<Block> blocks, List<Finding> notes) {

    public SourceDoc {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public SourceDoc(String file, List<Block> blocks) {
        this(file, false, blocks, List.of());
    }

    SourceDoc withNote(Finding f) {
        List<Finding> n = new java.util.ArrayList<>(notes);
        n.add(f);
        return new SourceDoc(file, docx, blocks, n);
    }
}
