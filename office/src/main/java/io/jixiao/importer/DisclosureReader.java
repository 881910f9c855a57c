package io.jixiao.importer;

import io.jixiao.load.InputFiles;
import io.jixiao.load.LoadProblems;
import io.jixiao.load.LoadTexts;
import io.jixiao.load.YamlReader;
import io.jixiao.problem.Location;
import io.jixiao.problem.KpiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a disclosure by its content: a .docx (ZIP), an encrypted or old binary Office file (refused with a
 * coded error), or the text export (UTF-8, else GB18030 with a note).
 */
public final class DisclosureReader {

    /** Larger inputs are refused: no disclosure comes near it. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private DisclosureReader() {
    }

    /**
     * Reads a disclosure through the one reader of input files: streamed and stopped one byte past
     * {@link #MAX_BYTES}, so that {@code /dev/zero} or a pipe that never ends is refused (KPI-0163) without filling
     * the memory.
     */
    public static SourceDoc read(Path path) {
        String file = path.toString();
        byte[] bytes = InputFiles.read(path, MAX_BYTES, n -> ImportProblems.importNotText(file,
                ImportTexts.text("reader.tooLarge", "mb", MAX_BYTES / 1024 / 1024)));
        return read(file, bytes);
    }

    public static SourceDoc read(String file, byte[] bytes) {
        return checked(readUnchecked(file, bytes));
    }

    /**
     * The document, unless a table cell holds more than a value may (KPI-0136 at its line): a cell of megabytes is
     * pasted by mistake, and written into the YAML it would be refused there anyway.
     */
    private static SourceDoc checked(SourceDoc doc) {
        for (Block b : doc.blocks()) {
            if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    for (Cell c : r.cells()) {
                        if (c.text().length() > YamlReader.MAX_VALUE_CHARS) {
                            throw new KpiException(LoadProblems.valueTooLong(new Location(doc.file(), c.line(), 1),
                                    c.text().length(), YamlReader.MAX_VALUE_CHARS));
                        }
                    }
                }
            } else if (b instanceof Para p && p.text().length() > YamlReader.MAX_LINE_CHARS) {
                throw new KpiException(LoadProblems.lineTooLong(new Location(doc.file(), p.line(), 1),
                        p.text().length(), YamlReader.MAX_LINE_CHARS));
            }
        }
        return doc;
    }

    private static SourceDoc readUnchecked(String file, byte[] bytes) {
        FileMagic magic = magic(bytes);
        if (magic == FileMagic.OOXML) {
            return DocxReader.read(file, bytes);
        }
        if (magic == FileMagic.OLE2) {
            throw new KpiException(encrypted(bytes) ? ImportProblems.importEncrypted(file)
                    : ImportProblems.importLegacyDoc(file));
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx") || lower.endsWith(".docm") || lower.endsWith(".dotx")) {
            throw new KpiException(ImportProblems.importNotDocx(file, ImportTexts.text("reader.notZip")));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new KpiException(ImportProblems.importNotText(file, ImportTexts.text("reader.binary")));
            }
        }
        try {
            return TextExportReader.read(file, decode(bytes, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            return TextExportReader.read(file, gb18030(file, bytes))
                    .withNote(ImportProblems.importDecoded(file, "GB18030"));
        }
    }

    private static FileMagic magic(byte[] bytes) {
        try {
            return FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            return FileMagic.UNKNOWN;
        }
    }

    /** An OLE2 container holding EncryptionInfo: a password-protected OOXML file. */
    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String gb18030(String file, byte[] bytes) {
        try {
            return decode(bytes, Charset.forName("GB18030"));
        } catch (CharacterCodingException e) {
            throw new KpiException(ImportProblems.importNotText(file, ImportTexts.text("reader.notText")));
        }
    }

    private static String decode(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
