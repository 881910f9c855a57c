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
