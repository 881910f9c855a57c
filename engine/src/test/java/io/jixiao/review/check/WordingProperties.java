package io.jixiao.review.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.value.ParsedValue;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Wording#malformation} skips the grammar for a text that certainly holds no number starting with 0 and a
 * digit (issue 17's fourth pass): the same answer as parsing every text, as it did before.
 */
class WordingProperties {

    /** The definition: the grammar's first note, parsing whatever the text is. */
    private static String byDefinition(String text) {
        try {
            ParsedValue pv = ValueParser.parse(text);
            return pv.notes().isEmpty() ? null : pv.notes().get(0);
        } catch (ValueParseException e) {
            return null;
        }
    }

    @Property(tries = 5000)
    void malformationIsTheGrammarsNote(@ForAll("targetLike") String text) {
        assertThat(Wording.malformation(text)).isEqualTo(byDefinition(text));
    }

    @Test
    void leadingZerosAreStillNoted() {
        for (String t : new String[] {"≥0100%", "0100%", "≥０１００％", "10–0100%", "≥0,100条", "≤05天"}) {
            assertThat(Wording.malformation(t)).as(t).isNotNull().isEqualTo(byDefinition(t));
        }
        for (String t : new String[] {"≥100%", "0.5小时", "≥0", "2000万元", "10–100%"}) {
            assertThat(Wording.malformation(t)).as(t).isNull();
        }
    }

    @Provide
    Arbitrary<String> targetLike() {
        // digits (zeros most), ASCII and full-width, separators, comparators, units, ranges, and other digit scripts
        return Arbitraries.strings()
                .withChars("0000123456789.,，–-~≥≤<>=%％万元条天小时 ")
                .withChars("０１９．\u2070\u2080\u0660\u0661\u24ea")
                .ofMinLength(1).ofMaxLength(10);
    }
}
