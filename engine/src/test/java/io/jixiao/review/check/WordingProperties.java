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
 * digit (issue 17's fourth pass): the same answer as parsing every text, as it did before. {@link Wording#gradingScale}
 * skips splitting a text without a separator, and {@link Wording#malformation} normalising a text NFKC leaves as it is
 * (issue 17, the 审核 without evals): the same answers as splitting and normalising every text.
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

    /** The definition of a grading scale: split at the separators, at least two parts, every part a grade. */
    private static boolean scaleByDefinition(String text) {
        java.util.List<String> parts = java.util.Arrays.stream(
                        java.util.regex.Pattern.compile("[.．。、,，/／\\s]+").split(ValueParser.normalize(text)))
                .filter(p -> !p.isEmpty()).toList();
        return parts.size() >= 2 && parts.stream().allMatch(p -> {
            try {
                return ValueParser.parse(p).value() instanceof io.jixiao.value.Grade;
            } catch (ValueParseException e) {
                return false;
            }
        });
    }

    @Property(tries = 3000)
    void gradingScaleIsWhatSplittingSays(@ForAll("scaleLike") String text) {
        assertThat(Wording.gradingScale(text)).isEqualTo(scaleByDefinition(text));
    }

    @Property(tries = 3000)
    void aSeparatorIsWhatThePatternFinds(@ForAll("scaleLike") String text) {
        assertThat(Wording.hasScaleSeparator(text))
                .isEqualTo(java.util.regex.Pattern.compile("[.．。、,，/／\\s]").matcher(text).find());
    }

    @Test
    void scalesAreStillFound() {
        for (String t : new String[] {"优.良.中.差", "优、良、中、差", "好/较好/一般/差", "优 良", "优．良"}) {
            assertThat(Wording.gradingScale(t)).as(t).isTrue();
        }
        for (String t : new String[] {"优", "优良中差", "有效改善", "优.", "≥95%"}) {
            assertThat(Wording.gradingScale(t)).as(t).isFalse();
        }
    }

    @Property(tries = 3000)
    void anInertTextNeedsNoNormalising(@ForAll("inertLike") String text) {
        net.jqwik.api.Assume.that(Wording.inert(text));
        assertThat(Wording.mayHaveLeadingZero(text)).isEqualTo(Wording.mayHaveLeadingZero(ValueParser.normalize(text)));
    }

    @Provide
    Arbitrary<String> inertLike() {
        // what inert() lets through (spaces leading, trailing and doubled among them), and a few it must not
        return Arbitraries.strings().withChars("000123.,，-≥≤%万元条 ").withChars("０\u2070\t")
                .ofMinLength(0).ofMaxLength(10);
    }

    @Provide
    Arbitrary<String> scaleLike() {
        // grades and other words, every separator, whitespace of every kind, full-width forms the normalizer folds
        return Arbitraries.strings()
                .withChars("优良中差好较一般合格不有效.．。、,，/／ \t\n\u000B\f\r\u3000\u00a0")
                .ofMinLength(0).ofMaxLength(8);
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
