package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one YAML string quoter against two readers: jixiao's {@link YamlReader} and Jackson's YAML parser. Any
 * string written by {@link YamlText} reads back as exactly that string, as a string, and is written on one line.
 */
class YamlTextProperties {

    private static final YAMLMapper JACKSON = new YAMLMapper();

    /** Pieces that YAML reads as something else, or that a writer must escape. */
    private static final List<String> TRICKY = List.of(
            // line breaks, tabs, controls, non-printables, BOM, NEL, line and paragraph separators, lone surrogates
            "\n", "\r", "\r\n", "\t", "\u0000", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F",
            "\u0080", "\u0085", "\u009F", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uD840\uDC00", "\u3000",
            // quotes and escapes
            "\\", "\"", "'", "\\n", "\\u0041", "''",
            // indicators and what follows them
            " ", "  ", ": ", ":", " #", "#", "- ", "-", "--- ", "---", "...", "? ", "?", "*", "&", "!", "!!str ",
            "%", "@", "`", "|", ">", "{", "}", "[", "]", ",", "<<", "=",
            // words and numbers that YAML 1.1 or 1.2 types
            "yes", "no", "No", "YES", "y", "n", "on", "Off", "true", "False", "null", "Null", "~", "0", "1", "-1",
            "+1", "007", "0x1F", "+0x1f", "0b101", "0o17", "1_000", "1_", "1.5", "1.5_0", "1e5", "1E+5", ".5",
            "+.5", ".inf", "-.Inf", ".nan", "1:20", "+1:20", "1_0:20", "1:20.5", "2023-01-05", "2023-1-5",
            "2023-01-05 12:00:00", "2023-01-05T12:00:00Z",
            // the Chinese text of targets
            "部门整体", "全年监测舆情信息数量", "≥", "≤", "95%", "95％", "１８５００条", "万元", "：", "，", "（不适用）", "评（扣）分标准");

    @Provide
    Arbitrary<String> strings() {
        Arbitrary<String> tricky = Arbitraries.of(TRICKY).list().ofMaxSize(6).map(l -> String.join("", l));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fff').withChars(' ', ':', '#', '-')
                .ofMaxLength(12);
        return Arbitraries.oneOf(tricky, any, chinese, Arbitraries.of(TRICKY),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8),
                tricky.list().ofSize(2).map(l -> String.join("", l)),
                Arbitraries.oneOf(tricky, any, chinese).list().ofSize(3).map(l -> String.join("", l)));
    }

    @Property(tries = 3000)
    void aScalarReadsBackExactlyWithBothReaders(@ForAll("strings") String s) throws IOException {
        for (String written : List.of(YamlText.scalar(s), YamlText.quoted(s))) {
            String yaml = "k: " + written + "\n";
            assertOneLine(written);
            assertThat(jixiao(yaml, "k")).as("jixiao's reader, %s", yaml).isEqualTo(s);
            JsonNode v = JACKSON.readTree(yaml).get("k");
            assertThat(v.isTextual()).as("Jackson reads a string from %s, not %s", yaml, v.getNodeType()).isTrue();
            assertThat(v.textValue()).as("Jackson, %s", yaml).isEqualTo(s);
        }
    }

    @Property(tries = 1500)
    void aFlowScalarReadsBackExactlyAsKeyValueAndItem(@ForAll("strings") String s) throws IOException {
        String written = YamlText.flowScalar(s);
        assertOneLine(written);
        String yaml = "k: {" + written + ": x}\nv: {a: " + written + ", b: [" + written + ", z]}\n";
        YNode.YMap root = (YNode.YMap) YamlReader.parse("s.yaml", yaml);
        YNode.YMap key = (YNode.YMap) root.entries().get("k").value();
        assertThat(key.entries().keySet()).as("jixiao's reader, %s", yaml).containsExactly(s);
        YNode.YMap value = (YNode.YMap) root.entries().get("v").value();
        assertThat(((YNode.YScalar) value.entries().get("a").value()).text()).as("jixiao's reader, %s", yaml)
                .isEqualTo(s);
        YNode.YList list = (YNode.YList) value.entries().get("b").value();
        assertThat(((YNode.YScalar) list.items().get(0)).text()).as("jixiao's reader, %s", yaml).isEqualTo(s);
        JsonNode jackson = JACKSON.readTree(yaml);
        assertThat(jackson.get("k").fieldNames()).toIterable().as("Jackson, %s", yaml).containsExactly(s);
        for (JsonNode v : List.of(jackson.get("v").get("a"), jackson.get("v").get("b").get(0))) {
            assertThat(v.isTextual()).as("Jackson reads a string from %s, not %s", yaml, v.getNodeType()).isTrue();
            assertThat(v.textValue()).as("Jackson, %s", yaml).isEqualTo(s);
        }
    }

    @Property(tries = 1500)
    void aCommentStaysOneCommentWithBothReaders(@ForAll("strings") String s) throws IOException {
        String comment = YamlText.comment(s);
        assertOneLine(comment);
        String yaml = "k: v   # " + comment + "\nz: w\n";
        assertThat(jixiao(yaml, "k")).isEqualTo("v");
        assertThat(jixiao(yaml, "z")).isEqualTo("w");
        assertThat(JACKSON.readTree(yaml).get("k").textValue()).isEqualTo("v");
        assertThat(JACKSON.readTree(yaml).get("z").textValue()).isEqualTo("w");
    }

    @Example
    void plainWhenItReadsBackAsItIsQuotedOtherwise() {
        assertThat(YamlText.scalar("中共唐山市开平区委网络安全和信息化委员会办公室")).isEqualTo("中共唐山市开平区委网络安全和信息化委员会办公室");
        assertThat(YamlText.scalar("≥95%")).isEqualTo("≥95%");
        assertThat(YamlText.scalar("a, b")).isEqualTo("a, b");
        assertThat(YamlText.scalar("")).isEqualTo("\"\"");
        assertThat(YamlText.scalar("yes")).isEqualTo("\"yes\"");
        assertThat(YamlText.scalar("2023")).isEqualTo("\"2023\"");
        assertThat(YamlText.scalar("+1:20")).isEqualTo("\"+1:20\"");
        assertThat(YamlText.scalar("a: b")).isEqualTo("\"a: b\"");
        assertThat(YamlText.scalar(" 前后有空格 ")).isEqualTo("\" 前后有空格 \"");
        assertThat(YamlText.scalar("说明 # 不是注释")).isEqualTo("\"说明 # 不是注释\"");
        assertThat(YamlText.flowScalar("3月底")).isEqualTo("3月底");
        assertThat(YamlText.flowScalar("a, b")).isEqualTo("\"a, b\"");
    }

    @Example
    void everythingAQuotedScalarNeedsIsEscaped() {
        assertThat(YamlText.quoted("say \"hi\" \\ 你好")).isEqualTo("\"say \\\"hi\\\" \\\\ 你好\"");
        assertThat(YamlText.quoted("a\nb\tc\rd")).isEqualTo("\"a\\nb\\tc\\rd\"");
        assertThat(YamlText.quoted("\u0000\u0085\u2028\u2029\uFEFF\u009F\uFFFF")).isEqualTo(
                "\"\\u0000\\u0085\\u2028\\u2029\\uFEFF\\u009F\\uFFFF\"");
        assertThat(YamlText.quoted("\uD800x")).isEqualTo("\"\\uD800x\"");
        assertThat(YamlText.quoted("\uD840\uDC00")).isEqualTo("\"\uD840\uDC00\"");
    }

    private static String jixiao(String yaml, String key) {
        YNode root = YamlReader.parse("s.yaml", yaml);
        YNode.YScalar v = (YNode.YScalar) ((YNode.YMap) root).entries().get(key).value();
        assertThat(v.isNull()).as("jixiao's reader reads null from %s", yaml).isFalse();
        return v.text();
    }

    /** Nothing a YAML reader takes for a line break, nor any other character that must be escaped. */
    private static void assertOneLine(String written) {
        assertThat(written.codePoints().filter(c -> c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x2028
                || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || c >= 0xD800 && c <= 0xDFFF))
                .as("escaped, on one line: %s", written).isEmpty();
    }
}
