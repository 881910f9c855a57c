package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.value.ValueParser;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A target is a slash row (docs/scoring.md#slash-rows) when it is '/'s once normalized; the loader looks for '/' or
 * '／' before it normalizes ({@link TargetsLoader.IndicatorReader#slashRow}) and must say what normalizing says.
 */
class SlashRowProperties {

    private static final Pattern SLASH = Pattern.compile("/+");

    private static boolean normalizedIsSlashes(String text) {
        return SLASH.matcher(ValueParser.normalize(text)).matches();
    }

    @Property(tries = 5000)
    void itSaysWhatNormalizingSays(@ForAll("targets") String target) {
        assertThat(TargetsLoader.IndicatorReader.slashRow(target)).as(target).isEqualTo(normalizedIsSlashes(target));
    }

    /**
     * Every character of the Basic Multilingual Plane alone, and before and after a '/': the same answer as normalizing
     * (a scan of all of Unicode's planes found no character outside it whose NFKC form holds a '/').
     */
    @Example
    void everyCharacterAloneAndBesideASlash() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = new String(Character.toChars(c));
            for (String t : new String[] {s, s + "/", "/" + s}) {
                if (TargetsLoader.IndicatorReader.slashRow(t) != normalizedIsSlashes(t)) {
                    throw new AssertionError(String.format("U+%04X in '%s'", c, t));
                }
            }
        }
    }

    @Example
    void theMarksOfPrintedForms() {
        assertThat(TargetsLoader.IndicatorReader.slashRow("/")).isTrue();
        assertThat(TargetsLoader.IndicatorReader.slashRow(" // ")).isTrue();
        assertThat(TargetsLoader.IndicatorReader.slashRow("／")).isTrue();
        assertThat(TargetsLoader.IndicatorReader.slashRow("/\u200B/")).isTrue();
        assertThat(TargetsLoader.IndicatorReader.slashRow("≥95%")).isFalse();
        assertThat(TargetsLoader.IndicatorReader.slashRow("1/2")).isFalse();
        assertThat(TargetsLoader.IndicatorReader.slashRow("℀")).isFalse();
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.strings().withChars('/', '／', ' ', '\u3000', '\u200B', '\uFEFF', '\u00AD', '℀', 'a', '1', '%',
                '≥', '\t', '\u2044', '\u2215').ofMaxLength(6);
    }
}
