package io.jixiao.importer;

import io.jixiao.load.LoadProblems;
import io.jixiao.load.LoadTexts;
import io.jixiao.problem.KpiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    public static SourceDoc read(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new KpiException(ImportProblems.importNotText(file,
                        ImportTexts.text("reader.tooLarge", "mb", MAX_BYTES / 1024 / 1024)));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new KpiException(LoadProblems.unreadable(file, LoadTexts.text("file.failed", "exception",
                    e.getClass().getSimpleName(), "message", e.getMessage())));
        }
        return read(file, bytes);
    }

    public static SourceDoc read(String file, byte[] bytes) {
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
