package io.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one CSV writer: RFC 4180 quoting and the formula guard, cell by cell. */
class CsvTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("plain", "全年监测舆情信息数量", "全年监测舆情信息数量"),
                Arguments.of("empty", "", ""),
                Arguments.of("null is empty", null, ""),
                Arguments.of("number", "96.70", "96.70"),
                Arguments.of("comma", "a,b", "\"a,b\""),
                Arguments.of("quote", "say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("newline", "line 1\nline 2", "\"line 1\nline 2\""),
                Arguments.of("CRLF inside", "a\r\nb", "\"a\r\nb\""),
                Arguments.of("guard =", "=1+2", "'=1+2"),
                Arguments.of("guard +", "+86", "'+86"),
                Arguments.of("guard -", "-5", "'-5"),
                Arguments.of("guard @", "@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("guard tab", "\tx", "'\tx"),
                Arguments.of("guard CR, then quoted for the CR", "\rx", "\"'\rx\""),
                Arguments.of("guard and comma", "=A1,B1", "\"'=A1,B1\""),
                Arguments.of("guard and quote", "=\"x\"", "\"'=\"\"x\"\"\""),
                Arguments.of("guard only at the start", "1+2=3", "1+2=3"),
                Arguments.of("a leading apostrophe stays as written", "'x", "'x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void cell(String name, String raw, String csv) {
        assertThat(Csv.cell(raw)).isEqualTo(csv);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void aRowJoinsItsCellsWithCommasAndEndsInCrlf(String name, String raw, String csv) {
        assertThat(new Csv().row(Arrays.asList("a", raw, "=b")).row(List.of()).text())
                .isEqualTo("a," + csv + ",'=b\r\n\r\n");
    }

    @Test
    void aFileIsUtf8AfterABom() {
        // BOM EF BB BF, 部 E9 83 A8, 门 E9 97 A8, CR LF
        assertThat(Csv.fileBytes("部门\r\n"))
                .containsExactly(0xEF, 0xBB, 0xBF, 0xE9, 0x83, 0xA8, 0xE9, 0x97, 0xA8, '\r', '\n');
    }
}
