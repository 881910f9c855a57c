package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The month a period of the year ends in, as tables write it (a 资金支出计划's steps, 监控截至月份). */
class MonthsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6        | 6
            06       | 6
            ６       | 6
            6月      | 6
            6月底    | 6
            6月末    | 6
            1-6月    | 6
            1–6月    | 6
            12月底   | 12
            六月底   | 6
            十月     | 10
            十二月底 | 12
            一季度   | 3
            第二季度 | 6
            3季度    | 9
            四季度末 | 12
            上半年   | 6
            全年     | 12
            年底     | 12
            0        | 0
            13       | 0
            十三月   | 0
            年初     | 0
            过半     | 0
            """)
    void monthOfAPeriod(String text, int month) {
        assertThat(Months.of(text).orElse(0)).isEqualTo(month);
    }
}
