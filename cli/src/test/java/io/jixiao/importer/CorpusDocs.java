package io.jixiao.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** .docx fixtures of the bad-input corpus (io.jixiao.cli.BadInputManifestTest), made with the importer tests' builder. */
public final class CorpusDocs {

    private CorpusDocs() {
    }

    /** A text export (one cell per TAB-led line) written as a real .docx. */
    public static byte[] docx(Path textExport) throws IOException {
        return DocxBuilder.docx(TextExportReader.read(textExport.toString(), Files.readString(textExport)).blocks());
    }

    /** The .docx protected with a password, as Word saves it. */
    public static byte[] encrypted(byte[] docx) {
        return DocxBuilder.encrypted(docx, "secret");
    }
}
