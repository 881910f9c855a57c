package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

    /** The look-up in a map of the aliases finds what a search of each category's aliases in order found. */
    @Property(tries = 3000)
    void ofFindsWhatASearchInOrderFound(@ForAll("levelNames") String level1, @ForAll("levelNames") String level2) {
        assertThat(Category.of(level1, level2)).isEqualTo(searched(level1, level2));
        assertThat(Category.of(level1, null)).isEqualTo(searched(level1, null));
    }

    /** Category.of as it was: each category's aliases searched in declaration order. */
    private static Optional<Category> searched(String level1, String level2) {
        String l1 = Category.normalize(level1);
        for (Category c : Category.values()) {
            if (c.aliases().contains(l1)) {
                if (c == Category.OUTCOME && level2 != null && Category.normalize(level2).contains("满意度")) {
                    return Optional.of(Category.SATISFACTION);
                }
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Provide
    Arbitrary<String> levelNames() {
        // every alias, with spaces around or inside, and other text
        Arbitrary<String> alias = Arbitraries.of(Category.acceptedLevel1());
        Arbitrary<String> spaced = Combinators.combine(alias, Arbitraries.of("", " ", "\t", "\u3000"), Arbitraries.integers()
                .between(0, 3)).as((a, sp, at) -> {
                    int i = Math.min(at, a.length());
                    return sp + a.substring(0, i) + sp + a.substring(i);
                });
        return Arbitraries.oneOf(alias, spaced, levelLikeText(), Arbitraries.of("服务对象满意度", "满意度", "效益 满意度"));
    }

    @Provide
    Arbitrary<String> levelLikeText() {
        // CJK, ASCII letters, and every kind of space: \s's six, and Unicode spaces strip() removes but \s does not
        return Arbitraries.strings().withChars("产出效益满意度指标ab \t\n\r\u000B\f\u3000\u00a0\u2003\u001C")
                .ofMinLength(0).ofMaxLength(14);
    }
}
