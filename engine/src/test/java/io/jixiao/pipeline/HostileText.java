package io.jixiao.pipeline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text a hostile or careless department types into a value: numbers with signs, fractions, dozens of digits,
 * exponents, units right and wrong, grades, full-width and invisible characters, control characters, YAML's own
 * punctuation, and now and then a pasted paragraph. Shared by the YAML and the workbook fuzz.
 */
public final class HostileText {

    private HostileText() {
    }

    public static Arbitrary<String> scalars() {
        Arbitrary<String> sign = Arbitraries.of("", "", "-", "−", "+", "－");
        Arbitrary<String> digits = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(40)));
        Arbitrary<String> fraction = Arbitraries.of("", "", ".5", ".96", ".01", ".000001", "e5", "E-3");
        Arbitrary<String> unit = Arbitraries.of("", "", "条", "%", "％", "万条", "万元", "元", "亿元", "分钟", "小时", "天",
                "个", "次", "人次", "万", "亿", "条。", "百分点");
        Arbitrary<String> number = Combinators.combine(Arbitraries.of("", "", "≥", "≤", ">", "<", "=", "约"), sign, digits,
                fraction, unit).as((c, s, d, f, u) -> c + s + d + f + u);
        Arbitrary<String> words = Arbitraries.of("达成", "部分达成", "部分达成 80%", "部分达成 60%", "部分达成 -5%",
                "部分达成 175%", "未达成", "优", "良", "中", "差", "不适用", "N/A", "完成", "有效改善", "很好", "无",
                "—", "-", "", " ", "null", "~", "true", "0x1F", "NaN", "Infinity", "-Infinity", "1,000,000条",
                "1,00,0条", "80–90%", "90-80%", "3至5天", "0.96", "196000", "-0", "０.９６");
        Arbitrary<String> odd = Arbitraries.strings().withChars("0123456789.-%条元万:#&*!|>'\"{}[],?@`\\ \t\u200B\u200D"
                + "\uFEFF\u202E\u0000\u0007\u3000") .ofMaxLength(12);
        Arbitrary<String> long_ = Arbitraries.integers().between(9_000, 12_000).map(n -> "好".repeat(n));
        Arbitrary<String> any = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, number),
                net.jqwik.api.Tuple.of(4, words), net.jqwik.api.Tuple.of(4, odd), net.jqwik.api.Tuple.of(1, long_));
        return Combinators.combine(any, Arbitraries.of("", "", "", "\u200B", " ", "\u3000"))
                .as((s, tail) -> s + tail);
    }
}
