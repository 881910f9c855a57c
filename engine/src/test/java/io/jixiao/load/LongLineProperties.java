package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link YamlReader#hasLineLongerThan}, which decides whether a text may go to the one-pass reader, says what
 * measuring every line says.
 */
class LongLineProperties {

    @Property(tries = 3000)
    void itSaysWhatTheLongestLineSays(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 12) int limit) {
        assertThat(YamlReader.hasLineLongerThan(text, limit)).isEqualTo(longest(text) > limit);
    }

    @Example
    void theBoundaries() {
        // "abc\nde": lines of 3 and 2 characters
        assertThat(YamlReader.hasLineLongerThan("abc\nde", 3)).isFalse();
        assertThat(YamlReader.hasLineLongerThan("abc\nde", 2)).isTrue();
        // the last line, without a line feed after it: 4 characters
        assertThat(YamlReader.hasLineLongerThan("a\nb\n预算执行", 3)).isTrue();
        assertThat(YamlReader.hasLineLongerThan("a\nb\n预算执行", 4)).isFalse();
        assertThat(YamlReader.hasLineLongerThan("", 0)).isFalse();
        assertThat(YamlReader.hasLineLongerThan("\n\n", 0)).isFalse();
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

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', '中', '\n', '\r', ' ').ofMinLength(0).ofMaxLength(40);
    }
}
