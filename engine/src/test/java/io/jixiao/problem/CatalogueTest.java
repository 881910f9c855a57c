package io.jixiao.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The named placeholders of {@link Catalogue}, and the keys of every subsystem's bundle. */
class CatalogueTest {

    private static final Catalogue TEST = Catalogue.of(CatalogueTest.class);

    static Stream<Arguments> formatting() {
        return Stream.of(
                arguments("one placeholder", "unknown key '{key}'", new Object[] {"key", "naem"}, "unknown key 'naem'"),
                arguments("two", "{sum}, not {weight}", new Object[] {"sum", "95", "weight", 100}, "95, not 100"),
                arguments("one used twice", "≥{t} or ≤{t}", new Object[] {"t", "12期"}, "≥12期 or ≤12期"),
                arguments("a value with a brace is left as is", "target '{text}'", new Object[] {"text", "{a} {"},
                        "target '{a} {'"),
                arguments("braces around no name are text", "e.g. {per: 10, deduct: 1%} or {passFail: true}",
                        new Object[] {}, "e.g. {per: 10, deduct: 1%} or {passFail: true}"),
                arguments("quotes are text (no MessageFormat)", "'{a}' isn''t", new Object[] {"a", "x"}, "'x' isn''t"),
                arguments("an unclosed brace is text", "{a} {b", new Object[] {"a", 1}, "1 {b"),
                arguments("null is written as null", "[{a}]", new Object[] {"a", null}, "[null]"),
                arguments("no placeholders", "not a folder", new Object[] {}, "not a folder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatting")
    void namedPlaceholdersAreFilled(String what, String pattern, Object[] pairs, String expected) {
        assertThat(Catalogue.format(pattern, pairs)).isEqualTo(expected);
    }

    static Stream<Arguments> bugs() {
        return Stream.of(
                arguments("unknown placeholder", "missing key '{key}'", new Object[] {"kee", "x"}),
                arguments("placeholder without a value", "{a} and {b}", new Object[] {"a", "x"}),
                arguments("unused value", "not a folder", new Object[] {"path", "x"}),
                arguments("odd pairs", "{a}", new Object[] {"a"}),
                arguments("name not a string", "{a}", new Object[] {1, "a"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugs")
    void aPlaceholderMismatchIsABug(String what, String pattern, Object[] pairs) {
        assertThatThrownBy(() -> Catalogue.format(pattern, pairs)).isInstanceOfAny(IllegalStateException.class,
                IllegalArgumentException.class);
    }

    @Test
    void aFindingTakesItsCodeFromTheKeyAndItsSeverityFromTheFactory() {
        Location at = new Location("t.yaml", 3, 7);
        Finding f = TEST.warning("KPI-9001", at, "text", "12..5条", "example", "12.5条");
        assertThat(f).isEqualTo(new Finding(Severity.WARNING, "KPI-9001", "value '12..5条' is odd",
                "Maybe write 12.5条", at));
        assertThat(TEST.error("KPI-9001", at, "text", "x", "example", "y").severity()).isEqualTo(Severity.ERROR);
        assertThat(TEST.info("KPI-9001", at, "text", "x", "example", "y").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void noHintKeyIsAnEmptyHint() {
        assertThat(TEST.error("KPI-9002", Location.UNKNOWN).hint()).isEmpty();
    }

    @Test
    void aVariantKeepsTheCodeBeforeTheFirstDot() {
        assertThat(TEST.error("KPI-9003", Location.UNKNOWN, "a", "x", "b", "y"))
                .extracting(Finding::code, Finding::message, Finding::hint)
                .containsExactly("KPI-9003", "'x' and {per: 10} as written", "Maybe y");
    }

    @Test
    void aValueUsedOnlyByTheHintCountsAsUsed() {
        assertThat(TEST.error("KPI-9003", Location.UNKNOWN, "a", "x", "b", "y").hint()).isEqualTo("Maybe y");
        assertThatThrownBy(() -> TEST.error("KPI-9003", Location.UNKNOWN, "a", "x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMissingKeyIsABug() {
        assertThatThrownBy(() -> TEST.error("KPI-9999", Location.UNKNOWN)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KPI-9999");
    }

    @Test
    void textsThatAreNotFindings() {
        assertThat(TEST.text("greeting", "name", "广阳")).isEqualTo("hello 广阳");
    }

    @Test
    void aListIsJoinedAsTheLanguageJoinsIt() {
        Language before = Language.current();
        try {
            Language.use(Language.ZH);
            assertThat(Catalogue.list(List.of("优", "良", "中")).text()).isEqualTo("优、良、中");
            assertThat(Catalogue.list(Collections.nCopies(41, "x")).text()).endsWith("x、x、…");
            Language.use(Language.EN);
            assertThat(Catalogue.list(List.of("优", "良", "中")).text()).isEqualTo("优, 良, 中");
        } finally {
            Language.use(before);
        }
    }

    @Test
    void listCutsAfterFortyNames() {
        assertThat(Catalogue.list(List.of("a", "b")).text()).isEqualTo("a, b");
        assertThat(Catalogue.list(List.of()).text()).isEmpty();
        List<String> many = new ArrayList<>(Collections.nCopies(41, "x"));
        assertThat(Catalogue.list(many).text()).isEqualTo(String.join(", ", Collections.nCopies(40, "x")) + ", …");
        assertThat(Catalogue.list(many.subList(0, 40)).text()).doesNotEndWith("…");
    }

    @Test
    void aListQuotesEachNameButIsNotCutAsAWhole() {
        // 40 names of 30 characters: 1270 characters, far beyond one quoted value, yet every name is listed
        List<String> names = Collections.nCopies(40, "三".repeat(30));
        Finding f = TEST.error("KPI-9005", Location.UNKNOWN, "known", Catalogue.list(names));
        assertThat(f.hint()).contains(String.join(", ", names));
        // a name of 7 MB in a list is cut like any quoted value
        Catalogue.Listed huge = Catalogue.list(List.of("x".repeat(7_000_000), "y"));
        assertThat(huge.text()).hasSize(Catalogue.QUOTE_LIMIT + 3).endsWith("…, y");
    }

    @Test
    void everyQuotedValueIsCutAtEightyCharacters() {
        // a 7 MB cell or a whole /etc/passwd never lands in a message: the value is cut, whatever the factory
        String huge = "1".repeat(7_000_000) + "条";
        Finding f = TEST.error("KPI-9001", Location.UNKNOWN, "text", huge, "example", "12.5条");
        assertThat(f.message()).isEqualTo("value '" + "1".repeat(79) + "…' is odd");
        assertThat(Catalogue.quote("a".repeat(80))).hasSize(80).doesNotContain("…");
        assertThat(Catalogue.quote("a".repeat(81))).isEqualTo("a".repeat(79) + "…");
        // cut by code points: a supplementary character is never split
        assertThat(Catalogue.quote("𠀀".repeat(81))).isEqualTo("𠀀".repeat(79) + "…");
    }

    @Test
    void invisibleAndControlCharactersAreShown() {
        assertThat(Catalogue.quote("数量\u200B")).isEqualTo("数量<U+200B>");
        assertThat(Catalogue.quote("a\u202Eb\uFEFF")).isEqualTo("a<U+202E>b<U+FEFF>");
        assertThat(Catalogue.quote("a\tb\nc\u0007")).isEqualTo("a\\t(TAB)b\\nc<U+0007>");
        assertThat(Catalogue.quote("全角　空格 ok")).isEqualTo("全角　空格 ok");
        Finding f = TEST.error("KPI-9001", Location.UNKNOWN, "text", "数量\u200B", "example", "数量");
        assertThat(f.message()).isEqualTo("value '数量<U+200B>' is odd");
    }

    @Test
    void sentencesAreCutLongerThanValues() {
        // {problem}, {hint} … hold jixiao's own sentences (which quote their input themselves): cut at 400
        String sentence = "s".repeat(500);
        Finding f = TEST.error("KPI-9004", Location.UNKNOWN, "problem", sentence);
        assertThat(f.message()).isEqualTo("problem: " + "s".repeat(Catalogue.SENTENCE_LIMIT - 1) + "…");
    }

    @Test
    void clipCutsAtThirtyCharacters() {
        assertThat(Catalogue.clip(null)).isNull();
        assertThat(Catalogue.clip("短")).isEqualTo("短");
        String thirty = "一".repeat(30);
        assertThat(Catalogue.clip(thirty)).isEqualTo(thirty);
        assertThat(Catalogue.clip(thirty + "二")).isEqualTo("一".repeat(29) + "…");
    }

    // ---- every bundle of every module -------------------------------------------------------------------

    /** A code, or a code's variant, with an optional .hint or .title; or the key of a text (lower case). */
    private static final Pattern KEY = Pattern.compile(
            "KPI-\\d{4}(\\.[a-z][A-Za-z0-9]*)?(\\.hint|\\.title)?|[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");
    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\{[^{}\\s:,]*}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}");
    /** An English word (three letters or more) outside placeholders, and a Chinese character. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static Stream<Path> bundles() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path bundles : modules.map(m -> m.resolve("src/main/resources/io/jixiao"))
                    .filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(bundles)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted()
                            .forEach(found::add);
                }
            }
        }
        assertThat(found).as("bundles under */src/main/resources/io/jixiao").isNotEmpty();
        return found.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyBundleKeyIsWellFormed(Path bundle) throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(
                    java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(bundle + " is not UTF-8", e);
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as(bundle + ": write Chinese as it is, not \\uXXXX")
                .doesNotContain("\\u");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(bundle)) {
            p.load(r);
        }
        List<String> problems = new ArrayList<>();
        // the command line's help follows picocli's key scheme (jixiao.score.allow-missing, TARGETS[0])
        boolean help = bundle.getFileName().toString().startsWith("help");
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            if (!help && !KEY.matcher(key).matches()) {
                problems.add("malformed key '" + key + "'");
            }
            if (key.endsWith(".hint") || key.endsWith(".title")) {
                String message = key.substring(0, key.lastIndexOf('.'));
                if (!p.containsKey(message)) {
                    problems.add("'" + key + "' without '" + message + "'");
                }
            }
            if (key.endsWith(".title") && key.indexOf('.') != key.lastIndexOf('.')) {
                problems.add("'" + key + "': only a code has a title, not a variant");
            }
            if (key.endsWith(".title") && PLACEHOLDER.matcher(text).find()) {
                problems.add("'" + key + "': a title has no placeholders");
            }
            if (text.isBlank()) {
                problems.add("'" + key + "' is empty");
            }
            Matcher m = PLACEHOLDER_LIKE.matcher(text);
            while (m.find()) {
                if (!PLACEHOLDER.matcher(m.group()).matches()) {
                    problems.add("'" + key + "': '" + m.group() + "' looks like a placeholder but is not {name}");
                }
            }
        }
        assertThat(problems).as(bundle.toString()).isEmpty();
    }

    // ---- both languages ------------------------------------------------------------------------------------

    /** The base bundles (English) under every module's src/main/resources/io/jixiao. */
    static Stream<Path> baseBundles() throws IOException {
        return bundles().filter(b -> !b.getFileName().toString().contains("_"));
    }

    /**
     * Every message in both languages: each base bundle has its {@code _zh} beside it with exactly the same keys,
     * each key's two texts ask for the same placeholders, and a hint starts with the lead-in of its language
     * ("Maybe" in English, "建议" in Chinese) unless it is the caller's ({hint}) or the two lead-ins' variant, and a
     * Chinese text whose English has words has Chinese in it (not the English copied over).
     */
    @ParameterizedTest
    @MethodSource("baseBundles")
    void everyKeyIsInBothLanguagesWithTheSamePlaceholders(Path english) throws IOException {
        String name = english.getFileName().toString();
        Path chinese = english.resolveSibling(name.replace(".properties", "_zh.properties"));
        assertThat(chinese).as("the Chinese bundle beside " + english).exists();
        Properties en = load(english);
        Properties zh = load(chinese);
        List<String> problems = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (!zh.containsKey(key)) {
                problems.add("'" + key + "' has no Chinese text");
                continue;
            }
            List<String> enNames = placeholders(en.getProperty(key));
            List<String> zhNames = placeholders(zh.getProperty(key));
            if (!enNames.equals(zhNames)) {
                problems.add("'" + key + "': placeholders " + enNames + " in English but " + zhNames + " in Chinese");
            }
            String englishWords = PLACEHOLDER.matcher(en.getProperty(key)).replaceAll("");
            if (WORD.matcher(englishWords).find() && !HAN.matcher(zh.getProperty(key)).find()) {
                problems.add("'" + key + "': the Chinese text has no Chinese (copied from the English?)");
            }
            boolean ownHint = key.endsWith(".hint") && !PLACEHOLDER.matcher(en.getProperty(key)).matches();
            if (ownHint && en.getProperty(key).startsWith("Maybe") && !zh.getProperty(key).startsWith("建议")) {
                problems.add("'" + key + "': a Chinese hint starts with 建议, as the English one with Maybe");
            }
        }
        for (String key : zh.stringPropertyNames()) {
            if (!en.containsKey(key)) {
                problems.add("'" + key + "' has no English text");
            }
        }
        assertThat(problems).as(english + " and " + chinese.getFileName()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyChineseBundleHasItsEnglishBase(Path bundle) {
        String name = bundle.getFileName().toString();
        if (name.contains("_")) {
            assertThat(name).as("only _zh bundles beside the English base").endsWith("_zh.properties");
            assertThat(bundle.resolveSibling(name.replace("_zh.properties", ".properties"))).exists();
        }
    }

    /** The placeholder names of a text, sorted, each once. */
    private static List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        while (m.find()) {
            names.add(m.group());
        }
        return List.copyOf(names);
    }

    private static Properties load(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(bundle)) {
            p.load(r);
        }
        return p;
    }
}
