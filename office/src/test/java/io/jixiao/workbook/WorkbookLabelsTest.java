package io.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The workbooks' words exist in both languages: labels.properties and labels_zh.properties have the same keys, each
 * key the same placeholders in both, and the Chinese texts are Chinese (but for the hidden columns' key and unit).
 */
class WorkbookLabelsTest {

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
        for (String key : zh.stringPropertyNames()) {
            String text = PLACEHOLDER.matcher(zh.getProperty(key)).replaceAll("");
            if (text.matches("[\\p{P}\\p{S}\\s]*")) {
                continue;
            }
            assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("%s = %s", key, zh.getProperty(key)).isTrue();
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
        try (InputStream in = WorkbookLabels.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
