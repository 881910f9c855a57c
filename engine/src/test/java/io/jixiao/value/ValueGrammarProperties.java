package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
