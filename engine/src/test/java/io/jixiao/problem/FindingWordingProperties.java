package io.jixiao.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A finding raised through the catalogue is put into words when first read ({@link Finding}): it must be the finding
 * that wording it when raised made — equal, the same hash, the same text, sorted and serialised the same — in the
 * language of the run when it was raised; and neither hashing it nor comparing it with one raised alike words it.
 */
class FindingWordingProperties {

    private static final Catalogue TEST = Catalogue.of(CatalogueTest.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What {@link Finding} was: a record of the five parts (its equality and text are the reference). */
    record Worded(Severity severity, String code, String message, String hint, Location location) {
    }

    @Property(tries = 2000)
    void aFindingWordedWhenReadIsTheFindingWordedWhenRaised(@ForAll("values") String text,
            @ForAll("values") String example, @ForAll Severity severity, @ForAll("locations") Location at)
            throws Exception {
        Finding lazy = raise(severity, at, text, example);
        // the eager way: the same texts filled now (Catalogue.hinted fills both at once, as findings did)
        Catalogue.Hinted now = TEST.hinted("KPI-9001", "text", text, "example", example);
        Finding eager = new Finding(severity, "KPI-9001", now.text(), now.hint(), at);
        Worded record = new Worded(severity, "KPI-9001", now.text(), now.hint(), at);

        // compared before the lazy one has been read, then after; two raised alike are equal without being worded
        Finding twin = raise(severity, at, text, example);
        assertThat(twin).isEqualTo(raise(severity, at, text, example)).hasSameHashCodeAs(lazy);
        assertThat(worded(twin)).isFalse();
        assertThat(lazy).isEqualTo(eager);
        assertThat(eager).isEqualTo(lazy);
        // the hash is of the parts a finding has before it is worded: equal findings hash alike, and hashing words nothing
        assertThat(lazy.hashCode()).isEqualTo(eager.hashCode())
                .isEqualTo((severity.ordinal() * 31 + "KPI-9001".hashCode()) * 31 + at.hashCode());
        Finding hashed = raise(severity, at, text, example);
        assertThat(hashed.hashCode()).isEqualTo(eager.hashCode());
        assertThat(worded(hashed)).isFalse();
        assertThat(lazy.toString()).isEqualTo(eager.toString())
                .isEqualTo(record.toString().replaceFirst("^Worded\\[", "Finding["));
        assertThat(Finding.ORDER.compare(raise(severity, at, text, example), eager)).isZero();
        assertThat(lazy.render()).isEqualTo(eager.render());

        String json = JSON.writeValueAsString(raise(severity, at, text, example));
        assertThat(json).isEqualTo(JSON.writeValueAsString(eager));
        assertThat(JSON.readTree(json).fieldNames()).toIterable()
                .containsExactly("severity", "code", "message", "hint", "location", "error");
        assertThat(JSON.readValue(json, Finding.class)).isEqualTo(lazy);
        // placed elsewhere before or after it was worded: the same words
        assertThat(raise(severity, at, text, example).at(Location.of("x.yaml")))
                .isEqualTo(new Finding(severity, "KPI-9001", now.text(), now.hint(), Location.of("x.yaml")));
    }

    /**
     * Every shape of text the bundle has: no hint, braces that are no placeholder, a sentence (cut longer), a list in
     * the hint, a placeholder used twice and a number: each key with the names of its values.
     */
    static final java.util.Map<String, List<String>> SHAPES = java.util.Map.of(
            "KPI-9002", List.of(),
            "KPI-9003", List.of("a", "b"),
            "KPI-9004", List.of("problem"),
            "KPI-9005", List.of("known"),
            "KPI-9006", List.of("t", "n"));

    @Property(tries = 1000)
    void everyShapeOfTextIsWordedAsWhenRaised(@ForAll("shapes") String key, @ForAll("values") String a,
            @ForAll("values") String b, @ForAll("names") List<String> names, @ForAll int n) {
        List<String> params = SHAPES.get(key);
        Object[] pairs = new Object[params.size() * 2];
        for (int i = 0; i < params.size(); i++) {
            pairs[2 * i] = params.get(i);
            pairs[2 * i + 1] = switch (params.get(i)) {
                case "known" -> Catalogue.list(names);
                case "n" -> n;
                case "b" -> b;
                default -> a;
            };
        }
        Catalogue.Hinted now = TEST.hinted(key, pairs.clone());
        Finding lazy = TEST.warning(key, Location.UNKNOWN, pairs);

        assertThat(lazy).isEqualTo(new Finding(Severity.WARNING, key, now.text(), now.hint(), Location.UNKNOWN));
        assertThat(lazy.message()).isEqualTo(now.text());
        assertThat(lazy.hint()).isEqualTo(now.hint());
    }

    @Provide
    Arbitrary<String> shapes() {
        return Arbitraries.of(SHAPES.keySet().stream().sorted().toList());
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().ofMaxLength(12).list().ofMaxSize(45);
    }

    @Example
    void theWordsAreThoseOfTheLanguageWhenRaisedNotWhenRead() {
        Finding zh = InLanguage.get(Language.ZH, () -> TEST.warning("KPI-9001", Location.UNKNOWN, "text", "12..5条",
                "example", "12.5条"));
        Finding en = InLanguage.get(Language.EN, () -> TEST.warning("KPI-9001", Location.UNKNOWN, "text", "12..5条",
                "example", "12.5条"));

        // read in the other language than each was raised in
        assertThat(InLanguage.get(Language.EN, zh::message)).isEqualTo("值“12..5条”有误");
        assertThat(InLanguage.get(Language.EN, zh::hint)).isEqualTo("建议写作 12.5条");
        assertThat(InLanguage.get(Language.ZH, en::message)).isEqualTo("value '12..5条' is odd");
        assertThat(InLanguage.get(Language.ZH, en::hint)).isEqualTo("Maybe write 12.5条");
    }

    @Example
    void aValueIsTakenAsItWasWhenRaised() {
        StringBuilder changing = new StringBuilder("before");
        Finding f = TEST.error("KPI-9001", Location.UNKNOWN, "text", changing, "example", new BigDecimal("1.50"));
        changing.replace(0, changing.length(), "after");

        assertThat(f.message()).isEqualTo("value 'before' is odd");
        assertThat(f.hint()).isEqualTo("Maybe write 1.50");
    }

    @Example
    void aPlaceholderMismatchIsStillABugWhenRaised() {
        // a value no text asks for, and a placeholder of the hint without a value: thrown by the factory, not later
        assertThatThrownBy(() -> TEST.error("KPI-9001", Location.UNKNOWN, "text", "x", "example", "y", "z", "w"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{z}");
        assertThatThrownBy(() -> TEST.error("KPI-9001", Location.UNKNOWN, "text", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{example}");
        assertThatThrownBy(() -> TEST.error("KPI-9001", Location.UNKNOWN, "text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void threadsReadingOneFindingAtOnceReadTheSameWords() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                Finding f = raise(Severity.INFO, Location.UNKNOWN, "第" + round + "条", "例" + round);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> read = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    read.add(pool.submit(() -> {
                        go.await();
                        return f.message() + "|" + f.hint() + "|" + f.hashCode();
                    }));
                }
                go.countDown();
                String expected = "value '第" + round + "条' is odd|Maybe write 例" + round + "|"
                        + new Finding(Severity.INFO, "KPI-9001", "value '第" + round + "条' is odd",
                                "Maybe write 例" + round, Location.UNKNOWN).hashCode();
                for (Future<String> r : read) {
                    assertThat(r.get()).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Findings of other values, or of other texts, that come to the same words are equal all the same (their words
     * are compared) and hash alike; other words, or another place, code or severity, are not equal.
     */
    @Property(tries = 1000)
    void findingsAreEqualExactlyWhenTheirWordsAre(@ForAll("values") String text, @ForAll("values") String other,
            @ForAll Severity severity, @ForAll("locations") Location at) {
        // past the quoting's cut (80 characters) two values differ only in what is not shown: the same words
        String prefix = "x".repeat(90);
        Finding cut = raise(severity, at, prefix + text, "例");
        Finding cutOther = raise(severity, at, prefix + other, "例");
        assertThat(cut).isEqualTo(cutOther).hasSameHashCodeAs(cutOther);

        Finding a = raise(severity, at, text, "例");
        Finding b = raise(severity, at, other, "例");
        assertThat(a.equals(b)).isEqualTo(a.message().equals(b.message()));
        Catalogue.Hinted words = TEST.hinted("KPI-9001", "text", text, "example", "例");
        // the same words from another text: a finding given as text, or raised from another key
        assertThat(a).isEqualTo(new Finding(severity, "KPI-9001", words.text(), words.hint(), at));
        assertThat(a).isNotEqualTo(new Finding(severity, "KPI-9001", words.text() + ".", words.hint(), at));
        assertThat(a).isNotEqualTo(a.at(new Location("elsewhere.yaml", 1, 1)));
        assertThat(a).isNotEqualTo(raise(severity == Severity.ERROR ? Severity.INFO : Severity.ERROR, at, text, "例"));
    }

    /** Whether a finding has been put into words yet (its message is kept once worded). */
    private static boolean worded(Finding f) {
        try {
            java.lang.reflect.Field message = Finding.class.getDeclaredField("message");
            message.setAccessible(true);
            return message.get(f) != null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Finding raise(Severity severity, Location at, String text, String example) {
        return switch (severity) {
            case ERROR -> TEST.error("KPI-9001", at, "text", text, "example", example);
            case WARNING -> TEST.warning("KPI-9001", at, "text", text, "example", example);
            case INFO -> TEST.info("KPI-9001", at, "text", text, "example", example);
        };
    }

    /** Input as it comes: any characters (control and invisible ones too), up to past the quoting's cut. */
    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(120),
                Arbitraries.strings().withChars("≥≤%条万元 \t\n\u200b0123456789.").ofMaxLength(100));
    }

    @Provide
    Arbitrary<Location> locations() {
        return Arbitraries.oneOf(Arbitraries.just(Location.UNKNOWN),
                Combinators.combine(Arbitraries.of("t.yaml", "a/actuals.yaml"), Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 99)).as(Location::new),
                Arbitraries.integers().between(1, 40).map(r -> Location.cell("a.xlsx", "实际值", r, 3)));
    }
}
