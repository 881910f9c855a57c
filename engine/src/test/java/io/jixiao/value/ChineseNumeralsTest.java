package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers in Chinese numerals: read for the hint (92%), never scored as the number. */
class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} → {1} (target unit {2})")
    @CsvSource(delimiter = '|', textBlock = """
            九十二          | 92%      | %
            九十二点五      | 92.5%    | %
            百分之九十二    | 92%      | 个
            百分之九十二点五 | 92.5%    | %
            十二            | 12个     | 个
            一百零五        | 105条    | 条
            两千零五十个    | 2050个   | 条
            一万二千        | 12000条  | 条
            一万二千五百条  | 12500条  | 个
            三十万          | 300000元 | 元
            二〇二三        | 2023年   | 年
            九              | 9次      | 次
            零点五          | 0.5小时  | 小时
            九十二％        | 92%      | %
            """)
    void readsTheNumber(String text, String written, String targetUnit) {
        assertThat(ChineseNumerals.read(text)).hasValueSatisfying(r -> assertThat(r.written(targetUnit))
                .isEqualTo(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "达成", "有效改善", "92", "九十2", "百分之九十二个", "点五", "九十二点", "九二十", "很好"})
    void anythingElseIsNoNumber(String text) {
        assertThat(ChineseNumerals.read(text)).isEmpty();
    }
}
