package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link ValueParser#normalize} skips the normalizer and the regex when it can, with the same result. */
class NormalizeProperties {

    /** The definition: NFKC, strip, every run of \s one space. */
    private static String byDefinition(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    @Property(tries = 5000)
    void equalsTheDefinition(@ForAll("keyLikeText") String text) {
        assertThat(ValueParser.normalize(text)).isEqualTo(byDefinition(text));
    }

    @Test
    void fullWidthAndSpacesStillNormalise() {
        assertThat(ValueParser.normalize(" 产出数量（个/套）\t ≥ ９５％  ")).isEqualTo("产出数量(个/套) ≥ 95%");
        assertThat(ValueParser.normalize("e\u0301")).isEqualTo("\u00e9");
        assertThat(ValueParser.normalize("a  b")).isEqualTo("a b");
    }

    @Provide
    Arbitrary<String> keyLikeText() {
        // ASCII, CJK, full-width forms, combining marks, compatibility ideographs, and every kind of space
        return Arbitraries.strings()
                .withChars("ab1.%/()≥≤ \t\n\r\u000B\f\u3000\u00a0")
                .withCharRange('\u4e00', '\u4e10')
                .withCharRange('\uff01', '\uff20')
                .withCharRange('\u0300', '\u0302')
                .withCharRange('\uf900', '\uf902')
                .ofMaxLength(12);
    }
}
