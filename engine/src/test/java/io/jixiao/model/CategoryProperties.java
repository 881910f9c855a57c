package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Category}'s level-1 names read as before its normalisation stopped compiling a pattern per call. */
class CategoryProperties {

    @Property(tries = 5000)
    void normaliseEqualsStripAndRemoveEveryRunOfBackslashS(@ForAll("levelLikeText") String text) {
        assertThat(Category.normalize(text)).isEqualTo(text.strip().replaceAll("\\s+", ""));
    }

    @Test
    void namesWithSpacesInsideFindTheirCategory() {
        assertThat(Category.of(" 产出\t指标 ", null)).contains(Category.OUTPUT);
        assertThat(Category.of("效益 指标", "服务对象 满意度")).contains(Category.SATISFACTION);
        // U+3000 is stripped at the ends but is not \s: inside a name it stays, and the name is not an alias
        assertThat(Category.of("产出\u3000指标", null)).isEmpty();
        assertThat(Category.normalize(null)).isEmpty();
    }

    @Provide
    Arbitrary<String> levelLikeText() {
        // CJK, ASCII letters, and every kind of space: \s's six, and Unicode spaces strip() removes but \s does not
        return Arbitraries.strings().withChars("产出效益满意度指标ab \t\n\r\u000B\f\u3000\u00a0\u2003\u001C")
                .ofMinLength(0).ofMaxLength(14);
    }
}
