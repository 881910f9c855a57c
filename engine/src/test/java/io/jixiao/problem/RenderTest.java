package io.jixiao.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A finding as the CLI prints it: the severity word and the punctuation before the hint are the language's. */
class RenderTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | ERROR   | 建议 x | t.yaml:3:7: error KPI-0105: m. 建议 x
            EN | WARNING | ''     | t.yaml:3:7: warning KPI-0105: m
            EN | INFO    | Maybe x | t.yaml:3:7: info KPI-0105: m. Maybe x
            ZH | ERROR   | 建议x  | t.yaml:3:7: 错误 KPI-0105: m。建议x
            ZH | WARNING | ''     | t.yaml:3:7: 警告 KPI-0105: m
            ZH | INFO    | 建议x  | t.yaml:3:7: 提示 KPI-0105: m。建议x
            """)
    void rendersInTheCurrentLanguage(Language language, Severity severity, String hint, String expected) {
        Finding f = new Finding(severity, "KPI-0105", "m", hint, new Location("t.yaml", 3, 7));
        assertThat(InLanguage.get(language, f::render)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ERROR, error, 错误", "WARNING, warning, 警告", "INFO, info, 提示"})
    void theLabelOfMachineFormatsStaysEnglish(Severity s, String label, String word) {
        assertThat(InLanguage.get(Language.ZH, s::label)).isEqualTo(label);
        assertThat(InLanguage.get(Language.ZH, s::word)).isEqualTo(word);
        assertThat(InLanguage.get(Language.EN, s::word)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"EN", "ZH"})
    void aLongLocationIsPrintedWholeNotCutLikeQuotedInput(Language language) {
        // an officer's folders nest deep: 20 folders of 7 characters make a 160-character path, and the line:col
        // at its end is what a reader needs (Location shows up to 200 characters of a file name whole)
        String file = "/abcdef".repeat(20) + "/actuals.yaml";
        Finding f = new Finding(Severity.ERROR, "KPI-0105", "m", "", new Location(file, 3, 7));
        assertThat(InLanguage.get(language, f::render)).startsWith(file + ":3:7: ").doesNotContain("…");
    }
}
