package io.jixiao.importer;

/** One piece of a disclosure in document order: a paragraph of text or a table. */
public sealed interface Block permits Para, Table {

    /** The source line where the block starts (1-based; for a .docx, see {@link DocxReader}). */
    int line();
}
