package io.jixiao.load;

import io.jixiao.model.Finding;
import io.jixiao.model.KpiException;
import io.jixiao.model.Problems;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text files as officers save them: UTF-8 (a byte-order mark is dropped), else GB18030 — the GBK of Chinese
 * Windows, Notepad and WPS is a subset — with an info finding saying so. Both decoders are strict: bytes that
 * are neither are KPI-0112, never replacement characters in a department's figures.
 */
public final class TextFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextFiles() {
    }

    /** The text, and the note when it was not UTF-8. */
    public record Decoded(String text, Optional<Finding> note) {
    }

    public static Decoded decode(byte[] bytes, String name) {
        try {
            String s = strict(bytes, StandardCharsets.UTF_8);
            return new Decoded(s.startsWith("\uFEFF") ? s.substring(1) : s, Optional.empty());
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(strict(bytes, GB18030), Optional.of(Problems.decodedAsGb18030(name)));
            } catch (CharacterCodingException neither) {
                throw new KpiException(Problems.unreadable(name, "neither UTF-8 nor GB18030 (GBK) text"));
            }
        }
    }

    private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
