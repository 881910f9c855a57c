package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of YAML reading (PlainYaml) builds exactly the tree that SnakeYAML through Jackson builds — texts,
 * nulls, lines and columns — or leaves the file to SnakeYAML: on the bundled files, on tricky snippets, and on random
 * documents made of the characters YAML treats specially.
 */
class PlainYamlTest {

    /** The fast path's tree, which must be SnakeYAML's, or null; and whether SnakeYAML read the text at all. */
    private static YNode same(String text) {
        YNode fast = PlainYaml.parse("f.yaml", text);
        YNode slow;
        try {
            slow = YamlReader.parseStreaming("f.yaml", text);
        } catch (KpiException e) {
            assertThat(fast).as("SnakeYAML refuses this text, so the fast path must leave it:%n%s", text).isNull();
            return null;
        }
        if (fast != null) {
            assertThat(fast).as("the fast path's tree of:%n%s", text).isEqualTo(slow);
        }
        return fast;
    }

    @Test
    void theBundledFilesReadAlike() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("../indicators", "../rules/profiles")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(8);
        for (Path f : files) {
            same(Files.readString(f));
        }
    }

    @Test
    void generatedStyleFilesTakeTheFastPath() {
        String targets = """
                # SYNTHETIC department — not real data.
                department: "示范市东山区退役军人事务局"
                code: "400000"
                year: 2024
                budget: 3005.27
                overall:
                  indicators:
                    - level1: "部门产出"
                      level2: "数量指标"
                      name: "报送信息数量"
                      target: "≥1400条"
                      deduction: "每减少14条，扣减数量分值的5%"
                    - level1: 部门产出   # a comment
                      name: 资料归档率
                      target: '100%'
                projects:
                  - name: "设备购置专项经费"
                    budget: 271.7
                    indicators:
                      - level1: "项目产出"
                        name: "x"
                        target: "≥1"
                """;
        assertThat(same(targets)).isNotNull();
        String actuals = """
                department: "示范市东山区退役军人事务局"
                year: 2024
                overall:
                  spent: 2974.23
                  actuals:
                    "报送信息数量": "2733条"
                    "开展培训次数": "１２次"
                  selfScores:
                    "报送信息数量": 10
                    "群众办事便利程度": 7.5
                """;
        assertThat(same(actuals)).isNotNull();
        String progress = """
                # SYNTHETIC progress at a monitoring — not real data.
                department: "示范市东山区退役军人事务局"
                year: 2024
                month: 5
                overall:
                  spentToDate: 765.98
                  expectedSpent: 2974.23
                  indicators:
                    "报送信息数量": {forecast: "2733条"}
                    "资料归档率": {forecast: "52.2%", likelihood: "确定能"}
                    "信息处置准确率": {forecast: "100%", likelihood: "有可能", reason: "经费保障", measures: "加强调度，按月通报进度"}
                    "设备利用率": {current: "86.7%", forecast: "86.7%"}
                projects:
                  - name: "设备购置专项经费"
                    spentToDate: 107.21
                    indicators:
                      资料归档率: {forecast: 97.4%, likelihood: 确定能}
                      "运行维护成本": {current: "44.73万元", forecast: "44.73万元", likelihood: "有可能", reason: "其他"}
                """;
        assertThat(same(progress)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: 2024", "a: 3005.27", "a: 1_000", "a: 0x1F", "a: .5", "a: +5", "a: 1e3", "a: true",
            "a: yes", "a: No", "a: on", "a: ~", "a: null", "a: Null", "a: NULL", "a: \"null\"", "a: 'it''s'", "a: \"\"",
            "a: ''", "a: b c  d", "a: b # c", "a: b#c", "a b: c", "\"a b\": c", "'a': c", "a: b: c", "a:", "a:\nb: c",
            "a: [1, 2]", "a: {b: c}", "a: |\n  x", "a: >\n  x", "a: &x b", "a: *x", "a: !!str b", "a: b\n  c",
            "a: \"b\\nc\"", "a: \"b\n  c\"", "a: b\na: c", "a: b\n\tc: d", "a: b\r\nc: d", "- a\n- b", "- a: b\n  c: d",
            "- - a", "-\n  a: b", "a:\n- b\n- c", "a:\n  - b\n  - c", "a:\n  b: c\n d: e", "---\na: b", "a: b\n---\nc: d",
            "%YAML 1.1\n---\na: b", "a: -5", "a: ?x", "a: :x", "a: x:", "? a\n: b", "a: @x", "a: `x`", "a: %x",
            "a:   b   ", "a: 'b' c", "a: \"b\" # c", "\uFEFFa: b", "a: b\u2028c", "a: 😀", "a: b\u0085", "a: \\",
            "a\u3000b: c", "a: b\u3000", "  a: b\n  c: d", "a:\n    b: c\n    d: e\nf: g", "x", "", "# only\n",
            "a: 'b\n  c'", "a: b #", "a:  # c\n  b: c", "a: #c\n  b: d",
            // one-line flow mappings (progress files) and their near misses
            "a: {b: c, d: e}", "a: {b: \"c\", 'd': e}", "a: {b: c,d: e}", "a: {b: c, }", "a: {}", "a: {b: c} # x",
            "a: {b: c}#x", "a: {b: c} x", "a: {b: [1]}", "a: {b: {c: d}}", "a: {b: c:d}", "a: {b:c}", "a: {\"b\":c}",
            "a: {\"b\": c}", "a: {b: c\n  , d: e}", "a: {b: c,\n  d: e}", "a: {b: ~, c: null}", "a: {b: c, b: d}",
            "- {b: c}\n- {d: e}", "a: {b: 'it''s', c: \"x y\"}", "a: { b: c }", "a: {b: c #x}", "a: {b: 1.50, c: yes}",
            "a: {b: -1}", "a: {b: ? c}", "a: {? b: c}", "a: {b: c}\n  d: e", "a: {b: c, d: e测}", "a: {b: c}}",
            "a: {b: \"c\" d}", "a: {b: \"c\\\"d\"}", "a: {b  : c}", "a: {b: c  ,  d: e  }", "a: {b: '', c: \"\"}",
            "a: {b: c d, e: f g}", "a: {b: &x c}", "a: {b: *x}", "a: {b: !!str c}", "a: {b: c}\nb: {c: d}",
            "a:\n  b: {c: d}\n  e: f", "a: {b:  c}", "a: {b:\tc}", "a: {b: c\td}", "a: {-b: c}", "a: {b: -}",
            "a: {b: 'c'd}", "a: {b: \"c\", }", "a: {,}", "a: {b: c, d}", "a: {b}", "a: {b: |}", "a: {b: >}",
            // a '?' inside a flow plain scalar ends it for SnakeYAML (jqwik's sample, seed -3291715452827593937)
            " - {\"k 1\": a?}", "a: {b: c?}", "a: {b: c?d}", "a: {b?: c}", "a: {b: 'c?'}"})
    void snippetsReadAlike(String text) {
        same(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: 2024", "a: 3005.27", "a: yes", "a: ~", "a: \"null\"", "a: 'it''s'", "a: b # c", "a: b#c",
            "\"a b\": c", "- a: b\n  c: d", "a:\n  - b\n  - c", "  a: b\n  c: d", "a:  # c\n  b: c", "a: b c  d",
            "a: {b: c, d: e}", "a: {b: \"c\", 'd': e}", "- {b: c}\n- {d: e}", "a: { b: c }", "a: {b: ~, c: null}",
            "a: {b: c} # x"})
    void commonSnippetsTakeTheFastPath(String text) {
        assertThat(same(text)).isNotNull();
    }

    @Property(tries = 3000)
    void randomDocumentsReadAlike(@ForAll("documents") String text) {
        Statistics.label("read by").collect(same(text) != null ? "the fast path" : "SnakeYAML");
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> scalar = Arbitraries.strings().withChars("ab 1.:#-'\"~\\!&*[]{}%@`?,|>测\t").ofMinLength(0)
                .ofMaxLength(6);
        Arbitrary<String> quoted = scalar.map(s -> '"' + s.replace("\"", "") + '"');
        Arbitrary<String> value = Arbitraries.oneOf(scalar, quoted, Arbitraries.of("null", "~", "2024", "1.50", "yes"));
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.strings().withChars("ab测 -").ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("\"k 1\"", "'k'", "a", "b"));
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 6).flatMap(i -> key.flatMap(k -> value.map(v ->
                        " ".repeat(i) + k + ": " + v))),
                Arbitraries.integers().between(0, 6).flatMap(i -> key.map(k -> " ".repeat(i) + k + ":")),
                Arbitraries.integers().between(0, 6).flatMap(i -> value.map(v -> " ".repeat(i) + "- " + v)),
                Arbitraries.integers().between(0, 6).flatMap(i -> key.flatMap(k -> value.map(v ->
                        " ".repeat(i) + "- " + k + ": " + v))),
                Arbitraries.integers().between(0, 6).flatMap(i -> key.flatMap(k -> flow(key, value).map(f ->
                        " ".repeat(i) + k + ": " + f))),
                Arbitraries.integers().between(0, 6).flatMap(i -> flow(key, value).map(f -> " ".repeat(i) + "- " + f)),
                Arbitraries.of("# c", "", "  # c"));
        return line.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("\n", l));
    }

    /** A one-line flow mapping: entries joined by ", " (or "," or " , "), sometimes with a trailing comment. */
    private static Arbitrary<String> flow(Arbitrary<String> key, Arbitrary<String> value) {
        Arbitrary<String> entry = key.flatMap(k -> value.flatMap(v -> Arbitraries.of(": ", ":", " : ", ":  ").map(c ->
                k + c + v)));
        return entry.list().ofMinSize(0).ofMaxSize(4).flatMap(es -> Arbitraries.of(", ", ",", " , ").flatMap(sep ->
                Arbitraries.of("", " # c", "#c", " ").map(tail -> "{" + String.join(sep, es) + "}" + tail)));
    }
}
