package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Likelihood#of} reads what it read with its regular expression: the word, spaces of {@code \s} ignored. */
class LikelihoodProperties {

    @Provide
    Arbitrary<String> written() {
        Arbitrary<String> pieces = Arbitraries.of("确定能", "有可能", "完全不可能", "确", "定", "能", " ", "\t", "\n", "\u000B",
                "\f", "\r", "\u3000", "\u00A0", "\u2003", "\u0085", "可能", "x");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(6).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMaxLength(8));
    }

    @Property(tries = 3000)
    void readsAsTheRegularExpressionDid(@ForAll("written") String text) {
        assertThat(Likelihood.of(text)).isEqualTo(before(text));
    }

    @Example
    void spacesInsideAndAroundAreIgnoredButNotIdeographicOnes() {
        assertThat(Likelihood.of(" 有 可能\t")).contains(Likelihood.POSSIBLE);
        assertThat(Likelihood.of("确定能\u3000")).isEmpty();
        assertThat(Likelihood.of(null)).isEmpty();
    }

    /** Likelihood.of as it was written before. */
    private static Optional<Likelihood> before(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", "");
        return Arrays.stream(Likelihood.values()).filter(l -> l.word().equals(t)).findFirst();
    }
}
