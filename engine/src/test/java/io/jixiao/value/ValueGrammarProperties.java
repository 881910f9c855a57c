package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the value grammar and the unit table. */
class ValueGrammarProperties {

    private static final List<String> UNITS = List.of("", "条", "篇", "次", "个", "期", "%", "分钟", "小时", "天",
            "年", "元", "万元", "亿元", "小时/天", "元/期");

    /** Any text either parses or fails with the typed error: never another exception. */
    @Property(tries = 3000)
    void parsesOrFailsWithTheTypedError(@ForAll("valueLikeText") String text) {
        try {
            ValueParser.parse(text);
        } catch (ValueParseException expected) {
            assertThat(expected.hint()).startsWith("Maybe");
        }
    }

    /** Whatever parses, formats to text that parses to the same value. */
    @Property(tries = 3000)
    void formatThenParseIsIdentityOnParsedText(@ForAll("valueLikeText") String text) {
        Value v;
        try {
            v = ValueParser.parse(text).value();
        } catch (ValueParseException e) {
            return;
        }
        assertThat(ValueParser.parse(v.format()).value()).isEqualTo(v);
    }

    @Property(tries = 2000)
    void formatThenParseIsIdentityOnQuantities(@ForAll("quantities") Quantity q) {
        assertThat(ValueParser.parse(q.format()).value()).isEqualTo(q);
    }

    @Property(tries = 2000)
    void unitConversionRoundTrips(@ForAll("amounts") BigDecimal amount, @ForAll("convertiblePairs") Unit[] pair) {
        BigDecimal there = Units.convert(amount, pair[0], pair[1]);
        BigDecimal back = Units.convert(there, pair[1], pair[0]);
        // exact where the factors divide; otherwise exact to 30 significant digits (DECIMAL128 keeps 34)
        java.math.MathContext digits30 = new java.math.MathContext(30);
        assertThat(back.round(digits30)).isEqualByComparingTo(amount.round(digits30));
    }

    /** The hand-read common quantities ({@link ValueParser#plainQuantity}) give what the grammar alone gives. */
    @Property(tries = 3000)
    void theFastPathReadsAnyTextAsTheGrammar(@ForAll("valueLikeText") String text) {
        assertThat(outcome(text, true)).isEqualTo(outcome(text, false));
    }

    @Property(tries = 3000)
    void theFastPathReadsQuantityLikeTextAsTheGrammar(@ForAll("quantityLikeText") String text) {
        assertThat(outcome(text, true)).isEqualTo(outcome(text, false));
    }

    /**
     * Through the cache of parsed texts a text gives what parsing it afresh gives, whatever came before it: repeated
     * texts, texts with one hash, texts with notes (never kept) and failures.
     */
    @Property(tries = 300)
    void theCachesGiveWhatParsingAfreshGives(@ForAll("valueSequences") List<String> texts) {
        for (String text : texts) {
            assertThat(cached(text)).as(text).isEqualTo(outcome(text, true));
        }
    }

    /** Texts drawn from small pools, so that they repeat ("Aa" and "BB": one hash). */
    @Provide
    Arbitrary<List<String>> valueSequences() {
        Arbitrary<String> pool = Arbitraries.of("达成", "优", "100%", "≥95%", "≥0095%", "2733条", "不适用", "有效提高",
                "≥5#", "95 %", "1,000条", "0.5亿元", "部分达成", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa");
        Arbitrary<String> counts = Arbitraries.integers().between(0, 2000).map(i -> i + "条");
        return Arbitraries.oneOf(pool, counts, valueLikeText()).list().ofMinSize(1).ofMaxSize(60);
    }

    private static String cached(String text) {
        try {
            ParsedValue p = ValueParser.parse(text);
            return p.value() + " " + p.value().getClass().getSimpleName() + " " + p.notes();
        } catch (ValueParseException e) {
            return "failure " + e.getMessage() + " | " + e.hint() + " | " + e.offset();
        }
    }

    @Example
    void theCommonShapesTakeTheFastPath() {
        for (String s : List.of("1234.56万元", "≥95%", ">=95%", "<30分钟", "2733条", "765.98", "0.5亿元", "0")) {
            assertThat(ValueParser.plainQuantity(ValueParser.normalize(s))).as(s).isNotNull();
        }
        for (String s : List.of("0100%", "95 %", "1,000条", "-3%", "95%以上", "≥ 95%", "=5", "5.", ".5")) {
            assertThat(ValueParser.plainQuantity(ValueParser.normalize(s))).as(s).isNull();
        }
    }

    /**
     * The digit limit ({@link ValueParser#MAX_DIGITS}, 24) holds on the fast path too: 24 digits are read by hand, 25
     * go to the grammar, which refuses them (tooManyDigits) at the same offset, with or without the fast path.
     */
    @Example
    void theFastPathKeepsTheDigitLimit() {
        String digits24 = "123456789012345678901234";
        assertThat(ValueParser.plainQuantity("≥" + digits24 + "%")).isNotNull();
        for (String s : List.of("≥" + digits24 + "5%", digits24 + "5条", digits24 + "5", "1" + digits24 + ".5万元",
                "\u200B≥" + digits24 + "5次")) {
            assertThat(ValueParser.plainQuantity(ValueParser.normalize(s))).as(s).isNull();
            assertThat(outcome(s, true)).as(s).isEqualTo(outcome(s, false)).startsWith("failure ")
                    .contains(" digits, more than the 24 ").endsWith(" | 0");
        }
    }

    /** Invisible characters (zero-width space, BOM …) are gone before the fast path reads the text. */
    @Example
    void invisibleCharactersReadAsTheGrammarReadsThem() {
        for (String s : List.of("≥95%\u200B", "\uFEFF2733条", "12\u200B34万元", "≥\u00AD95%")) {
            assertThat(outcome(s, true)).as(s).isEqualTo(outcome(s, false)).doesNotStartWith("failure");
        }
    }

    /** The value and notes, or the failure's message, hint and offset. */
    private static String outcome(String text, boolean fast) {
        try {
            ParsedValue p = ValueParser.parseFresh(text, fast);
            return p.value() + " " + p.value().getClass().getSimpleName() + " " + p.notes();
        } catch (ValueParseException e) {
            return "failure " + e.getMessage() + " | " + e.hint() + " | " + e.offset();
        }
    }

    /** Texts shaped like the quantities of a bureau's files, with the near misses of each part. */
    @Provide
    Arbitrary<String> quantityLikeText() {
        Arbitrary<String> prefix = Arbitraries.of("", "", "≥", "≤", ">", "<", ">=", "<=", "=", "≧", "＞", "不低于", "-", "+",
                " ", "≥ ");
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(30);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("."),
                digits.map(d -> "." + d), Arbitraries.just(",000"), Arbitraries.just(".5.5"));
        Arbitrary<String> unit = Arbitraries.oneOf(Arbitraries.of(UNITS), Arbitraries.of("万", "亿", "万条", "亿次",
                "万元", "亿元", "万万元", " %", "%%", "米", "人次", "个/年", "０", "x", "\t%", "元 ", "\u200B%", "条\uFEFF"));
        Arbitrary<String> suffix = Arbitraries.of("", "", "", "以上", "以下", "以内", "及以上", "至5", "~9%");
        return Combinators.combine(prefix, digits, fraction, unit, suffix).as((p, d, f, u, x) -> p + d + f + u + x);
    }

    @Provide
    Arbitrary<String> valueLikeText() {
        Arbitrary<Character> alphabet = Arbitraries.of('0', '1', '2', '5', '9', '.', ',', '%', '％', '≥', '≤', '>', '<',
                '=', '＞', '万', '亿', '元', '条', '次', '小', '时', '分', '钟', '天', '/', '-', '–', '~', '至', ' ',
                '达', '成', '部', '未', '优', '良', '中', '差', '不', '适', '用', '完', '以', '上', '内', '（', '）', '０', '７');
        return alphabet.list().ofMinSize(0).ofMaxSize(12).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        Arbitrary<Comparator> cmp = Arbitraries.of(Comparator.values());
        Arbitrary<Unit> unit = Arbitraries.of(UNITS).map(u -> Units.of(u).orElseThrow());
        return Combinators.combine(cmp, amounts(), unit).as(Quantity::new);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(4);
    }

    @Provide
    Arbitrary<Unit[]> convertiblePairs() {
        List<List<String>> families = List.of(List.of("秒", "分钟", "小时", "天", "周", "月", "年"),
                List.of("元", "千元", "万元", "亿元"), List.of("%", "百分比"), List.of("小时/天", "分钟/天", "分钟/小时"));
        return Arbitraries.of(families).flatMap(f -> Combinators.combine(Arbitraries.of(f), Arbitraries.of(f))
                .as((a, b) -> new Unit[] {Units.of(a).orElseThrow(), Units.of(b).orElseThrow()}));
    }
}
