package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The one-pass reader ({@link PlainYaml}) leaves a text with a line longer than a value may be to the streaming
 * parser, which checks value by value (KPI-0136): it gives up exactly when measuring every line finds one, and reads
 * the same tree otherwise.
 */
class LongLineProperties {

    @Property(tries = 3000)
    void itGivesUpExactlyWhenALineIsLongerThanTheLimit(@ForAll("texts") String text,
            @ForAll @IntRange(min = 0, max = 30) int limit) {
        YNode read = PlainYaml.parse("t.yaml", text, limit);
        assertThat(read == null).as("%s with lines of at most %d", text, limit).isEqualTo(longest(text) > limit);
        if (read != null) {
            assertThat(read).isEqualTo(PlainYaml.parse("t.yaml", text, Integer.MAX_VALUE));
        }
    }

    @Example
    void theBoundaries() {
        // "a: 1\nbc: 预算执行": lines of 4 and 8 characters; the last line has no line feed after it
        String text = "a: 1\nbc: 预算执行";
        assertThat(PlainYaml.parse("t.yaml", text, 8)).isNotNull();
        assertThat(PlainYaml.parse("t.yaml", text, 7)).isNull();
        // an indented line counts its indentation: "  b: 1" is 6 characters
        assertThat(PlainYaml.parse("t.yaml", "a:\n  b: 1\n", 6)).isNotNull();
        assertThat(PlainYaml.parse("t.yaml", "a:\n  b: 1\n", 5)).isNull();
        // through YamlReader: a value past MAX_VALUE_CHARS is KPI-0136 at its place, as the streaming parser says
        String huge = "a: " + "x".repeat(YamlReader.MAX_VALUE_CHARS + 1) + "\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> YamlReader.parse("t.yaml", huge))
                .isInstanceOfSatisfying(io.jixiao.problem.KpiException.class, e -> assertThat(e.findings())
                        .extracting(io.jixiao.problem.Finding::code).contains("KPI-0136"));
    }

    private static int longest(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    /** Block mappings of plain scalars the one-pass reader reads: keys and values of any length, some nested. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.strings().withChars('a', 'b', '中').ofMinLength(1).ofMaxLength(14);
        Arbitrary<String> line = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(word, word).as((k, v) -> k + ": " + v + "\n"),
                net.jqwik.api.Combinators.combine(word, word, word).as((k, k2, v) -> k + ":\n  " + k2 + ": " + v + "\n"));
        return line.list().ofMinSize(1).ofMaxSize(6).uniqueElements(l -> l.substring(0, l.indexOf(':')))
                .map(List::stream).map(s -> String.join("", s.toList()));
    }
}
