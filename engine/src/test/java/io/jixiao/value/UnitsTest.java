package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0.5   | 小时   | 分钟 | 30
            2     | 天     | 小时 | 48
            1     | 年     | 天   | 365
            2592500 | 元   | 万元 | 259.25
            1.5   | 亿元   | 万元 | 15000
            3     | 千元   | 元   | 3000
            14    | 小时/天 | 分钟/天 | 840
            50    | %      | 百分比 | 50
            7     | 条     | 条   | 7
            """)
    void converts(BigDecimal amount, String from, String to, BigDecimal expected) {
        Unit f = Units.of(from).orElseThrow();
        Unit t = Units.of(to).orElseThrow();
        assertThat(Units.convert(amount, f, t)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} does not convert to {1}")
    @CsvSource({"条,分钟", "条,篇", "万元,%", "小时,小时/天", "次,元"})
    void incompatibleUnitsNameBoth(String from, String to) {
        Unit f = Units.of(from).orElseThrow();
        Unit t = Units.of(to).orElseThrow();
        assertThatThrownBy(() -> Units.convert(BigDecimal.ONE, f, t)).isInstanceOf(IncompatibleUnitsException.class)
                .hasMessageContaining(from).hasMessageContaining(to);
    }

    @ParameterizedTest(name = "a bare number converts to {0} unchanged")
    @CsvSource({"条", "%", "万元"})
    void bareNumberTakesTheOtherUnit(String to) {
        assertThat(Units.convert(new BigDecimal("12"), Unit.NONE, Units.of(to).orElseThrow()))
                .isEqualByComparingTo("12");
    }
}
