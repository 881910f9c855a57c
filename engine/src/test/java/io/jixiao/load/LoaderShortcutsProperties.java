package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.problem.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The loaders' shortcuts give what the longer way gave: {@link Nodes#strip}, a {@link YMap} of its reader's map. */
class LoaderShortcutsProperties {

    /** Texts with whitespace of every kind at either end or none: ASCII, CJK, U+3000, NBSP, line breaks, surrogates. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ends = Arbitraries.of("", " ", "\t", "\n", "\u3000", "\u00A0", "\u2003", "\u2028", "\u001C",
                "\u0085", "\uD83D\uDE00", "\uD83D", "a", "部", "≥", "（");
        Arbitrary<String> middle = Arbitraries.strings().withChars(" \t部门a1%（）≥\u3000").ofMaxLength(6);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(8);
        return Arbitraries.oneOf(ends.flatMap(a -> middle.flatMap(m -> ends.map(b -> a + m + b))), any);
    }

    @Property(tries = 3000)
    void stripsAsStringDoes(@ForAll("texts") String s) {
        assertThat(Nodes.strip(s)).isEqualTo(s.strip());
    }

    @Example
    void aMapOfItsReaderIsKeptAndAnyOtherCopied() {
        Location at = new Location("f.yaml", 1, 1);
        Map<String, Entry> other = new LinkedHashMap<>();
        other.put("a", new Entry("a", at, new YScalar("1", false, at)));
        YMap copied = new YMap(other, at);
        other.put("b", new Entry("b", at, new YScalar("2", false, at)));
        assertThat(copied.entries()).containsOnlyKeys("a");

        FreshEntries fresh = new FreshEntries();
        fresh.put("a", new Entry("a", at, new YScalar("1", false, at)));
        YMap kept = new YMap(fresh, at);
        assertThat(kept.entries()).containsOnlyKeys("a");
        assertThat(kept.entries().keySet()).containsExactly("a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.entries().put("c", null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
