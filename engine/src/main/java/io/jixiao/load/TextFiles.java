package io.jixiao.load;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text files as officers save them: UTF-8 (a byte-order mark is dropped), else GB18030 — the GBK of Chinese
 * Windows, Notepad and WPS is a subset — with an info finding saying so. Both decoders are strict: bytes that
 * are neither are KPI-0112, never replacement characters in a department's figures. A file that is mostly
 * well-formed UTF-8 with a stray byte is KPI-0112 at that byte's line, not GB18030: read that way its Chinese
 * would silently become other characters.
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
            Utf8Scan scan = Utf8Scan.of(bytes);
            if (scan.valid() > scan.invalid()) {
                // mostly well-formed UTF-8 with a stray byte: GB18030 would turn every Chinese word into others
                throw new KpiException(LoadProblems.unreadable(name, LoadTexts.text("file.strayByte", "line",
                        scan.firstBadLine())));
            }
            try {
                return new Decoded(strict(bytes, GB18030), Optional.of(LoadProblems.decodedAsGb18030(name)));
            } catch (CharacterCodingException neither) {
                throw new KpiException(LoadProblems.unreadable(name, LoadTexts.text("file.notText")));
            }
        }
    }

    /** Well-formed UTF-8 multi-byte sequences and bytes that fit none, and the line of the first such byte. */
    record Utf8Scan(int valid, int invalid, int firstBadLine) {

        static Utf8Scan of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int line = 1;
            int firstBad = 0;
            for (int i = 0; i < b.length; ) {
                int c = b[i] & 0xFF;
                int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                        : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (n > 0 && continuations(b, i + 1, n)) {
                    valid++;
                    i += n + 1;
                    continue;
                }
                if (n != 0) {
                    invalid++;
                    firstBad = firstBad == 0 ? line : firstBad;
                } else if (c == '\n') {
                    line++;
                }
                i++;
            }
            return new Utf8Scan(valid, invalid, firstBad);
        }

        private static boolean continuations(byte[] b, int from, int n) {
            if (from + n > b.length) {
                return false;
            }
            for (int k = from; k < from + n; k++) {
                if ((b[k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
        if (cs == StandardCharsets.UTF_8) {
            // String's own UTF-8 decoding is several times faster than a CharsetDecoder's, and gives the same text
            // for well-formed input; it replaces what is malformed with U+FFFD, so a text with U+FFFD in it (a
            // malformed file, or the rare file that holds that character) is decoded again strictly to tell which
            String fast = new String(bytes, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
