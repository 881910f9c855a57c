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

    /**
     * The characters of a well-formed UTF-8 file (a byte-order mark dropped), decoded in one pass straight into an
     * array, or null when the bytes are not well-formed UTF-8 — then {@link #decode} says what they are (GB18030 with
     * its note, or KPI-0112 at the stray byte's line). For well-formed bytes the characters are exactly those of
     * {@code new String(bytes, UTF_8)}, which the readers of YAML would copy into an array again; the strict rules are
     * the JDK decoder's: no overlong form, no surrogate, nothing above U+10FFFF, no truncated sequence
     * (TextFilesProperties).
     */
    static Chars utf8(byte[] b) {
        int n = b.length;
        int i = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        char[] out = new char[n - i];
        int k = 0;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                out[k++] = (char) c;
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2) {
                return null; // a continuation byte alone, or an overlong two-byte form
            }
            if (c < 0xE0) {
                if (i + 1 >= n) {
                    return null;
                }
                int c1 = b[i + 1];
                if ((c1 & 0xC0) != 0x80) {
                    return null;
                }
                out[k++] = (char) (((c & 0x1F) << 6) | (c1 & 0x3F));
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= n) {
                    return null;
                }
                int c1 = b[i + 1] & 0xFF;
                int c2 = b[i + 2];
                if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) {
                    return null; // not continued, overlong, or a surrogate
                }
                out[k++] = (char) (((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F));
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= n) {
                    return null;
                }
                int c1 = b[i + 1] & 0xFF;
                int c2 = b[i + 2];
                int c3 = b[i + 3];
                if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80 || (c == 0xF0 && c1 < 0x90)
                        || (c == 0xF4 && c1 >= 0x90)) {
                    return null; // not continued, overlong, or above U+10FFFF
                }
                int cp = ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
                out[k++] = Character.highSurrogate(cp);
                out[k++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return null;
            }
        }
        return new Chars(out, k);
    }

    /** The first {@code length} characters of {@code chars} are a file's text. */
    record Chars(char[] chars, int length) {

        String text() {
            return new String(chars, 0, length);
        }
    }

    /**
     * Well-formed UTF-8 multi-byte sequences and bytes that fit none, and the line of the first such byte: the line of
     * the first byte the strict decoder refuses, whenever it refuses one (TextFilesProperties).
     */
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
                if (n > 0 && continuations(b, i + 1, n) && inRange(c, b[i + 1] & 0xFF)) {
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

        /**
         * The second byte's range for the lead bytes that restrict it — the strict decoder's rules, as in
         * {@link #utf8}: no overlong three- or four-byte form, no surrogate (ED A0–BF: CESU), nothing above U+10FFFF.
         */
        private static boolean inRange(int lead, int second) {
            return switch (lead) {
                case 0xE0 -> second >= 0xA0;
                case 0xED -> second < 0xA0;
                case 0xF0 -> second >= 0x90;
                case 0xF4 -> second < 0x90;
                default -> true;
            };
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
