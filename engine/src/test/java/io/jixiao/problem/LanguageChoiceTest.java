package io.jixiao.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The language of a run: --lang, else JIXIAO_LANG, else the first set of LC_ALL, LC_MESSAGES, LANG (zh*, C, POSIX
 * or none → Chinese, any other language → English). Java's default locale plays no part.
 */
class LanguageChoiceTest {

    @ParameterizedTest(name = "--lang {0}, JIXIAO_LANG={1}, LC_ALL={2}, LC_MESSAGES={3}, LANG={4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # --lang | JIXIAO_LANG | LC_ALL      | LC_MESSAGES | LANG        | language
            -        | -           | -           | -           | -           | ZH
            -        | -           | -           | -           | zh_CN.UTF-8 | ZH
            -        | -           | -           | -           | en_US.UTF-8 | EN
            -        | -           | -           | -           | C           | ZH
            -        | -           | -           | -           | C.UTF-8     | ZH
            -        | -           | -           | -           | POSIX       | ZH
            -        | -           | -           | -           | de_DE.UTF-8 | EN
            -        | -           | -           | -           | zh_TW.Big5  | ZH
            -        | -           | -           | -           | ''          | ZH
            -        | -           | en_GB.UTF-8 | -           | zh_CN.UTF-8 | EN
            -        | -           | zh_CN.UTF-8 | -           | en_US.UTF-8 | ZH
            -        | -           | -           | en_US.UTF-8 | zh_CN.UTF-8 | EN
            -        | -           | ''          | zh_CN       | en_US       | ZH
            -        | -           | C           | en_US.UTF-8 | en_US.UTF-8 | ZH
            -        | en          | zh_CN.UTF-8 | -           | zh_CN.UTF-8 | EN
            -        | zh          | -           | -           | en_US.UTF-8 | ZH
            -        | EN          | -           | -           | -           | EN
            -        | zh-CN       | -           | -           | en_US.UTF-8 | ZH
            -        | fr          | -           | -           | en_US.UTF-8 | EN
            -        | fr          | -           | -           | -           | ZH
            -        | ''          | -           | -           | en_US       | EN
            en       | zh          | zh_CN.UTF-8 | -           | zh_CN.UTF-8 | EN
            zh       | en          | en_US.UTF-8 | -           | en_US.UTF-8 | ZH
            ZH       | -           | -           | -           | en_US       | ZH
            en_US    | -           | -           | -           | -           | EN
            """)
    void chooses(String option, String jixiaoLang, String lcAll, String lcMessages, String lang, Language expected) {
        Map<String, String> env = new HashMap<>();
        put(env, "JIXIAO_LANG", jixiaoLang);
        put(env, "LC_ALL", lcAll);
        put(env, "LC_MESSAGES", lcMessages);
        put(env, "LANG", lang);
        assertThat(LanguageChoice.choose(option, env)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"fr", "'' ", "chinese", "e"})
    void anOptionNamingNeitherLanguageIsRefused(String option) {
        assertThatThrownBy(() -> LanguageChoice.choose(option, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static void put(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }
}
