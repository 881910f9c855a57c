package io.jixiao.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * How {@link Catalogue} fills a text — cut into literals and placeholders once, each placeholder's value found by a slot
 * checked once per shape of names, a filled text nested in another without a second scan for invisible characters — gives
 * the words the reference gives (the catalogue as it was: the placeholders checked against the pairs and each value
 * searched for by name at every fill), and throws where the reference throws, with the same message.
 */
class CatalogueFillProperties {

    private static final Catalogue TEST = Catalogue.of(CatalogueTest.class);
    private static final List<String> NAMES = List.of("a", "b", "t", "problem", "x_1");

    @Property(tries = 3000)
    void aTextIsFilledAsTheReferenceFillsIt(@ForAll("patterns") String pattern, @ForAll("pairs") List<Object> pairs) {
        Object[] given = pairs.toArray();
        String expected;
        try {
            expected = Reference.format(pattern, given.clone());
        } catch (RuntimeException e) {
            assertThatThrownBy(() -> Catalogue.format(pattern, given.clone())).isInstanceOf(e.getClass())
                    .hasMessage(e.getMessage());
            return;
        }
        assertThat(Catalogue.format(pattern, given.clone())).isEqualTo(expected);
    }

    /**
     * A shape of names checked once is not taken for another: the same names as other objects, in another order, with
     * one missing or one more — in any order of calls, each gives the reference's words or throws as it does.
     */
    @Property(tries = 1000)
    void eachShapeOfNamesIsCheckedOnItsOwn(@ForAll("shapes") List<Integer> calls, @ForAll("values") String v,
            @ForAll int n) {
        String t = Reference.quote(v);
        String text = "≥" + t + " or ≤" + t + ", " + n + " times";
        String hint = "Maybe " + t + " alone";
        for (int call : calls) {
            Object[] pairs = switch (call) {
                case 0 -> new Object[] {"t", v, "n", n};
                case 1 -> new Object[] {"n", n, "t", v};
                case 2 -> new Object[] {new String("t"), v, new String("n"), n};
                case 3 -> new Object[] {"t", v};
                case 4 -> new Object[] {"t", v, "n", n, "z", v};
                default -> new Object[] {"n", n};
            };
            if (call <= 2) {
                assertThat(TEST.text("KPI-9006", pairs.clone())).isEqualTo(text);
                assertThat(TEST.hinted("KPI-9006", pairs.clone())).isEqualTo(new Catalogue.Hinted(text, hint));
                Finding f = TEST.warning("KPI-9006", Location.UNKNOWN, pairs.clone());
                assertThat(f.message()).isEqualTo(text);
                assertThat(f.hint()).isEqualTo(hint);
            } else {
                String missing = call == 3 ? "{n}" : call == 4 ? "{z}" : "{t}";
                assertThatThrownBy(() -> TEST.text("KPI-9006", pairs.clone())).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(missing);
                assertThatThrownBy(() -> TEST.warning("KPI-9006", Location.UNKNOWN, pairs.clone()))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining(missing);
            }
        }
    }

    /**
     * A text nested as a {@link Catalogue.Filled} value reads as the same text nested as a string (scanned and cut again):
     * in both languages, for values with invisible characters and past either limit, and for a text whose own literals
     * have invisible characters (test bundle: {@code spaced}).
     */
    @Property(tries = 2000)
    void aFilledTextNestsAsItsString(@ForAll("values") String v, @ForAll boolean chinese, @ForAll boolean spaced,
            @ForAll boolean sentence) {
        InLanguage.run(chinese ? Language.ZH : Language.EN, () -> {
            String innerKey = spaced ? "spaced" : "greeting";
            Catalogue.Filled filled = TEST.filled(innerKey, "name", v);
            String plain = TEST.text(innerKey, "name", v);
            assertThat(filled.text()).isEqualTo(plain);
            if (sentence) {
                assertThat(TEST.text("KPI-9004", "problem", filled)).isEqualTo(TEST.text("KPI-9004", "problem", plain));
            } else {
                assertThat(TEST.text("greeting", "name", filled)).isEqualTo(TEST.text("greeting", "name", plain));
            }
            Finding f = TEST.info("KPI-9005", Location.UNKNOWN, "known", filled);
            assertThat(f.hint()).isEqualTo(TEST.hinted("KPI-9005", "known", plain).hint());
        });
    }

    @Example
    void aFilledTextIsScannedWhenItsLiteralsHaveInvisibleCharacters() {
        // the bundle's own zero-width space and tab: written out where the filled text is a value, as a string's are
        assertThat(TEST.text("greeting", "name", TEST.filled("spaced", "name", "x")))
                .isEqualTo("hello <U+200B>hello x\\t(TAB)");
        assertThat(TEST.text("greeting", "name", TEST.filled("greeting", "name", "a\u200bb")))
                .isEqualTo("hello hello a<U+200B>b");
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> literal = Arbitraries.strings().withChars("ab {}:'≥条\t\u200b1_").ofMaxLength(6);
        Arbitrary<String> placeholder = Arbitraries.of(NAMES).map(n -> "{" + n + "}");
        Arbitrary<String> broken = Arbitraries.of("{a", "{1a}", "{}", "{a b}", "}", "{{b}}");
        return Arbitraries.oneOf(literal, placeholder, placeholder, broken).list().ofMaxSize(7)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Object>> pairs() {
        Arbitrary<Object> name = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.of(NAMES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(1)));
        Arbitrary<Object> value = Arbitraries.oneOf(values().map(v -> (Object) v), Arbitraries.just(null),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.bigDecimals().ofScale(3).map(d -> (Object) d),
                Arbitraries.strings().ofMaxLength(5).list().ofMaxSize(3).map(l -> (Object) Catalogue.list(l)),
                values().map(v -> (Object) TEST.filled("greeting", "name", v)),
                values().map(v -> (Object) TEST.filled("spaced", "name", v)));
        return net.jqwik.api.Combinators.combine(name, value).as((n, v) -> java.util.Arrays.asList(n, v)).list().ofMaxSize(4).flatMap(ps -> {
            List<Object> flat = new ArrayList<>();
            ps.forEach(flat::addAll);
            // now and then one name without its value
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.just(flat)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(flat.isEmpty() ? flat : flat.subList(0, flat.size() - 1))));
        });
    }

    @Provide
    Arbitrary<List<Integer>> shapes() {
        return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(120),
                Arbitraries.strings().withChars("≥≤%条万元 \t\n\u200b\u2028\ud83d\ude00ab0123456789.").ofMaxLength(450));
    }

    /** The catalogue's filling as it was before the slots (a copy): checked, then each name searched for at the fill. */
    static final class Reference {

        static String format(String pattern, Object... pairs) {
            if (pairs.length % 2 != 0) {
                throw new IllegalArgumentException(pattern + ": placeholder values come in name/value pairs");
            }
            for (int i = 0; i < pairs.length; i += 2) {
                if (!(pairs[i] instanceof String)) {
                    throw new IllegalArgumentException(pattern + ": placeholder name " + pairs[i] + " is not a String");
                }
                Object value = pairs[i + 1];
                if (!(value == null || value instanceof String || value instanceof Catalogue.Listed
                        || value instanceof Integer || value instanceof Long || value instanceof BigDecimal)) {
                    pairs[i + 1] = String.valueOf(value);
                }
            }
            List<String> parts = parts(pattern);
            for (int i = 1; i < parts.size(); i += 2) {
                boolean found = false;
                for (int j = 0; j < pairs.length && !found; j += 2) {
                    found = parts.get(i).equals(pairs[j]);
                }
                if (!found) {
                    throw new IllegalStateException(pattern + ": no value for the placeholder {" + parts.get(i) + "}");
                }
            }
            for (int j = 0; j < pairs.length; j += 2) {
                if (!oddContains(parts, (String) pairs[j])) {
                    throw new IllegalStateException(pattern + ": no placeholder {" + pairs[j] + "} for the value given");
                }
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                out.append(i % 2 == 0 ? parts.get(i) : value(parts.get(i), lookUp(pairs, parts.get(i))));
            }
            return out.toString();
        }

        private static boolean oddContains(List<String> parts, String name) {
            for (int i = 1; i < parts.size(); i += 2) {
                if (parts.get(i).equals(name)) {
                    return true;
                }
            }
            return false;
        }

        private static Object lookUp(Object[] pairs, String name) {
            for (int j = 0; j < pairs.length; j += 2) {
                if (pairs[j].equals(name)) {
                    return pairs[j + 1];
                }
            }
            throw new AssertionError(name);
        }

        private static String value(String name, Object value) {
            if (value instanceof Catalogue.Listed l) {
                return l.text();
            }
            String text = String.valueOf(value);
            return Catalogue.SENTENCES.contains(name) ? cut(Catalogue.visible(text), Catalogue.SENTENCE_LIMIT)
                    : quote(text);
        }

        static String quote(String text) {
            return cut(Catalogue.visible(text), Catalogue.QUOTE_LIMIT);
        }

        private static String cut(String s, int limit) {
            if (s.codePointCount(0, s.length()) <= limit) {
                return s;
            }
            return s.substring(0, s.offsetByCodePoints(0, limit - 1)) + "…";
        }

        /** Literal text at even indexes, placeholder names at odd ones. */
        private static List<String> parts(String pattern) {
            List<String> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                int end = pattern.charAt(i) == '{' ? end(pattern, i) : -1;
                if (end < 0) {
                    literal.append(pattern.charAt(i++));
                    continue;
                }
                parts.add(literal.toString());
                parts.add(pattern.substring(i + 1, end));
                literal.setLength(0);
                i = end + 1;
            }
            parts.add(literal.toString());
            return parts;
        }

        private static int end(String pattern, int open) {
            int i = open + 1;
            if (i >= pattern.length() || !(pattern.charAt(i) >= 'a' && pattern.charAt(i) <= 'z'
                    || pattern.charAt(i) >= 'A' && pattern.charAt(i) <= 'Z')) {
                return -1;
            }
            while (i < pattern.length() && (pattern.charAt(i) >= 'a' && pattern.charAt(i) <= 'z'
                    || pattern.charAt(i) >= 'A' && pattern.charAt(i) <= 'Z'
                    || pattern.charAt(i) >= '0' && pattern.charAt(i) <= '9' || pattern.charAt(i) == '_')) {
                i++;
            }
            return i < pattern.length() && pattern.charAt(i) == '}' ? i : -1;
        }
    }
}
