package io.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Language;
import io.jixiao.scoring.Achievement;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's words exist in both languages: labels.properties and labels_zh.properties have the same keys, each key
 * the same placeholders in both (a text in one language cannot ask for a value the other does not give), and the
 * Chinese texts are Chinese.
 */
class LabelsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    @Test
    void bothLanguagesHaveEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties en = load("labels.properties");
        Properties zh = load("labels_zh.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void theChineseTextsAreChinese() throws IOException {
        Properties zh = load("labels_zh.properties");
        // the CSV header and the like are data names in English; everything else a person reads has Chinese in it
        for (String key : zh.stringPropertyNames()) {
            String text = PLACEHOLDER.matcher(zh.getProperty(key)).replaceAll("");
            if (text.matches("[\\p{P}\\p{S}\\s]*")) {
                continue;
            }
            assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("%s = %s", key, zh.getProperty(key)).isTrue();
        }
    }

    @Test
    void theStatusLabelsAreTheWordsOfTheSelfEvaluationTable() {
        Language before = Language.current();
        try {
            Language.use(Language.ZH);
            assertThat(Set.of(Achievement.values()).stream().map(Labels::achievement))
                    .containsExactlyInAnyOrder("达成", "部分达成", "未达成", "不适用");
            assertThat(Labels.method("budget-weighted")).isEqualTo("预算加权");
            Language.use(Language.EN);
            assertThat(Set.of(Achievement.values()).stream().map(Labels::achievement))
                    .containsExactlyInAnyOrder("achieved", "partly achieved", "not achieved", "not applicable");
            assertThat(Labels.method("budget-weighted")).isEqualTo("budget-weighted");
        } finally {
            Language.use(before);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
