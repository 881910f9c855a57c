package io.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one HTML escaper, case by case. */
class HtmlTextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("null", null, ""),
                Arguments.of("empty", "", ""),
                Arguments.of("plain Chinese", "部门整体", "部门整体"),
                Arguments.of("ampersand", "a & b", "a &amp; b"),
                Arguments.of("tag", "<script>", "&lt;script&gt;"),
                Arguments.of("double quote", "say \"hi\"", "say &quot;hi&quot;"),
                Arguments.of("apostrophe", "it's", "it&#39;s"),
                Arguments.of("an entity is escaped again", "&amp;", "&amp;amp;"),
                Arguments.of("attribute", "<a href=\"x\" title='y'>", "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;"),
                Arguments.of("everything else as is", "≥ 90% ，（不适用）\n\t=1+2", "≥ 90% ，（不适用）\n\t=1+2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void escapes(String name, String raw, String html) {
        assertThat(HtmlText.esc(raw)).isEqualTo(html);
    }
}
