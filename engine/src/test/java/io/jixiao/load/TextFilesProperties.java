package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TextFiles#decode} reads UTF-8 with String's own decoder and falls back to a strict CharsetDecoder only when
 * the text holds U+FFFD: for any bytes it must decide exactly as the strict decoders alone did — the same text, the
 * same GB18030 note, the same KPI-0112.
 */
class TextFilesProperties {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Pieces of files: well-formed UTF-8, GBK text, stray and truncated bytes, an encoded U+FFFD, a BOM. */
    private static final List<byte[]> PIECES = List.of(
            "department: 示范市东山区\n".getBytes(StandardCharsets.UTF_8),
            "  - {name: 全年监测舆情信息数量, target: \"≥95%\"}\n".getBytes(StandardCharsets.UTF_8),
            "ascii only: 1.5万元 # comment\n".getBytes(StandardCharsets.UTF_8),
            "\uFFFD".getBytes(StandardCharsets.UTF_8), // EF BF BD: a file may hold the replacement character itself
            "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), // four bytes
            "\uFEFF".getBytes(StandardCharsets.UTF_8),
            "部门整体：预算数".getBytes(GB18030),
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xE4, (byte) 0xB8},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate written as UTF-8 (CESU): malformed
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            new byte[] {(byte) 0x80}, new byte[] {0});

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<byte[]> pieced = Arbitraries.of(PIECES).list().ofMaxSize(8).map(TextFilesProperties::join);
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        return Arbitraries.oneOf(pieced, random);
    }

    @Property(tries = 3000)
    void decodesAsTheStrictDecodersDo(@ForAll("files") byte[] bytes) {
        assertThat(outcome(() -> TextFiles.decode(bytes, "f.yaml"))).isEqualTo(outcome(() -> strictly(bytes)));
    }

    /**
     * A file that is not well-formed UTF-8 is refused at the line of the first byte the strict decoder refuses — also
     * when its only fault is a form the strict decoder alone refuses (a surrogate written in UTF-8, an overlong form,
     * a code point above U+10FFFF), which was "line 0".
     */
    @Property(tries = 3000)
    void aStrayByteIsPlacedAtTheLineOfTheFirstByteTheDecoderRefuses(@ForAll("files") byte[] bytes) {
        int at = firstRefused(bytes);
        if (at < 0) {
            return;
        }
        TextFiles.Utf8Scan scan = TextFiles.Utf8Scan.of(bytes);
        assertThat(scan.firstBadLine()).isEqualTo(lineOf(bytes, at));
        assertThat(scan.invalid()).isPositive();
    }

    @Example
    void aSurrogateWrittenInUtf8IsRefusedAtItsLine() {
        byte[] bytes = join(List.of("department: 示范市东山区\nyear: 2024\nname: ".getBytes(StandardCharsets.UTF_8),
                bytes(0xED, 0xA0, 0x80), "\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome(() -> TextFiles.decode(bytes, "f.yaml"))).startsWith("error KPI-0112");
        assertThat(TextFiles.Utf8Scan.of(bytes).firstBadLine()).isEqualTo(3);
    }

    /** The offset of the first byte a strict UTF-8 decoder refuses, or -1 when it reads them all. */
    private static int firstRefused(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    @Example
    void aFileHoldingTheReplacementCharacterReadsAsUtf8() {
        byte[] bytes = "name: a\uFFFDb\n".getBytes(StandardCharsets.UTF_8);
        assertThat(TextFiles.decode(bytes, "f.yaml").text()).isEqualTo("name: a\uFFFDb\n");
        assertThat(TextFiles.decode(bytes, "f.yaml").note()).isEmpty();
    }

    @Example
    void aStrayByteInUtf8IsStillAnErrorAtItsLine() {
        byte[] bytes = join(List.of("a: 部门\n".getBytes(StandardCharsets.UTF_8), "b: 整体\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF}));
        assertThat(outcome(() -> TextFiles.decode(bytes, "f.yaml"))).startsWith("error KPI-0112");
    }

    /**
     * Sequences of one to four bytes, well-formed and not: the edges of each length, overlong forms, surrogates, what
     * lies above U+10FFFF, truncations, stray continuation bytes, and a BOM.
     */
    private static final List<byte[]> SEQUENCES = List.of(
            bytes(0x41), bytes(0x0A), bytes(0x7F), bytes(0xC2, 0x80), bytes(0xDF, 0xBF), bytes(0xC3, 0xA9),
            bytes(0xE0, 0xA0, 0x80), bytes(0xEF, 0xBF, 0xBF), bytes(0xE4, 0xB8, 0x80), bytes(0xED, 0x9F, 0xBF),
            bytes(0xEE, 0x80, 0x80), bytes(0xEF, 0xBB, 0xBF), bytes(0xF0, 0x90, 0x80, 0x80),
            bytes(0xF4, 0x8F, 0xBF, 0xBF), bytes(0xF3, 0xBF, 0xBF, 0xBF),
            bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0xAF), bytes(0xE0, 0x9F, 0xBF),
            bytes(0xF0, 0x80, 0x80, 0xAF), bytes(0xF0, 0x8F, 0xBF, 0xBF), bytes(0xED, 0xA0, 0x80),
            bytes(0xED, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xF8),
            bytes(0xFE), bytes(0xFF), bytes(0x80), bytes(0xBF), bytes(0xC3), bytes(0xE4, 0xB8), bytes(0xF0, 0x9F),
            bytes(0xF0, 0x9F, 0x98), bytes(0xE4, 0x41, 0x80), bytes(0xF0, 0x9F, 0x41, 0x80));

    @Provide
    Arbitrary<byte[]> sequences() {
        Arbitrary<byte[]> pieced = Arbitraries.of(SEQUENCES).list().ofMaxSize(12).map(TextFilesProperties::join);
        Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(30)
                .map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
        return Arbitraries.oneOf(pieced, text, random, files());
    }

    /**
     * The one-pass decoder gives the characters String's own decoder gives (the BOM dropped) for well-formed UTF-8,
     * and null — {@link TextFiles#decode} then says what the bytes are — exactly for what the strict decoder refuses.
     */
    @Property(tries = 5000)
    void decodesIntoCharactersAsStringDoes(@ForAll("sequences") byte[] bytes) {
        TextFiles.Chars chars = TextFiles.utf8(bytes);
        String expected;
        try {
            expected = strict(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException malformed) {
            assertThat(chars).isNull();
            return;
        }
        assertThat(chars).isNotNull();
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        assertThat(utf8).isEqualTo(expected);
        assertThat(chars.text()).isEqualTo(utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8);
    }

    /**
     * A YAML file read from its bytes gives what it gave when it was decoded to a String first: the same tree, the same
     * GB18030 note, the same KPI-0112 at the same line, the same syntax errors.
     */
    @Property(tries = 2000)
    void aFileReadsAsWhenDecodedToAStringFirst(@ForAll("yamlFiles") byte[] bytes) {
        assertThat(read(() -> YamlReader.readNoted(Source.bytes("f.yaml", bytes)))).isEqualTo(read(() -> {
            TextFiles.Decoded d = TextFiles.decode(bytes, "f.yaml");
            return new YamlReader.Read(YamlReader.parse("f.yaml", d.text()), d.note().map(List::of).orElse(List.of()));
        }));
    }

    @Provide
    Arbitrary<byte[]> yamlFiles() {
        List<byte[]> lines = List.of(
                "department: 示范市东山区\n".getBytes(StandardCharsets.UTF_8),
                "projects:\n".getBytes(StandardCharsets.UTF_8),
                "  - name: \"设备购置\"\n".getBytes(StandardCharsets.UTF_8),
                "    target: ≥95%\n".getBytes(StandardCharsets.UTF_8),
                "    \"报送信息数量\": {forecast: \"2733条\", likelihood: 确定能}\n".getBytes(StandardCharsets.UTF_8),
                "  # a comment 注释\n".getBytes(StandardCharsets.UTF_8),
                "\tbad: tab\n".getBytes(StandardCharsets.UTF_8),
                "key: 'it''s'\n".getBytes(StandardCharsets.UTF_8),
                "\uFEFF".getBytes(StandardCharsets.UTF_8),
                "部门整体：预算数\n".getBytes(GB18030));
        Arbitrary<byte[]> pieced = Arbitraries.of(lines).list().ofMaxSize(8).map(TextFilesProperties::join);
        Arbitrary<byte[]> spoilt = Arbitraries.oneOf(pieced, Arbitraries.just(new byte[0])).flatMap(b -> Arbitraries.of(
                SEQUENCES).map(q -> join(List.of(b, q))));
        return Arbitraries.oneOf(pieced, spoilt);
    }

    private static String read(java.util.function.Supplier<YamlReader.Read> read) {
        try {
            YamlReader.Read r = read.get();
            return "tree " + r.root() + " notes " + r.notes().stream().map(Finding::render).toList();
        } catch (KpiException e) {
            return String.join("\n", e.findings().stream().map(f -> f.severity().name().toLowerCase() + " "
                    + f.code() + " " + f.location() + " " + f.render()).toList());
        }
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    /** What TextFiles did before its fast path: both decoders strict. */
    private static TextFiles.Decoded strictly(byte[] bytes) {
        try {
            String s = strict(bytes, StandardCharsets.UTF_8);
            return new TextFiles.Decoded(s.startsWith("\uFEFF") ? s.substring(1) : s, Optional.empty());
        } catch (CharacterCodingException notUtf8) {
            TextFiles.Utf8Scan scan = TextFiles.Utf8Scan.of(bytes);
            if (scan.valid() > scan.invalid()) {
                throw new KpiException(LoadProblems.unreadable("f.yaml", LoadTexts.text("file.strayByte", "line",
                        scan.firstBadLine())));
            }
            try {
                return new TextFiles.Decoded(strict(bytes, GB18030), Optional.of(LoadProblems.decodedAsGb18030("f.yaml")));
            } catch (CharacterCodingException neither) {
                throw new KpiException(LoadProblems.unreadable("f.yaml", LoadTexts.text("file.notText")));
            }
        }
    }

    private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The text and note, or the findings of the error, as one comparable string. */
    private static String outcome(java.util.function.Supplier<TextFiles.Decoded> decode) {
        try {
            TextFiles.Decoded d = decode.get();
            return "text " + d.text() + " note " + d.note().map(Finding::render).orElse("-");
        } catch (KpiException e) {
            return String.join("\n", e.findings().stream().map(f -> f.severity().name().toLowerCase() + " "
                    + f.code() + " " + f.render()).toList());
        }
    }

    private static byte[] join(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
