package io.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JUnit example of docs/guide.md#java-api is a test of this module, verbatim: GuangyangWhatIfTest (default
 * package, run from the repository's folder as the guide says — see engine/pom.xml). This checks that the file and
 * the guide's code block holding that class are the same text, so that the example compiles and passes as
 * published.
 */
class GuideExampleTest {

    @Test
    void theGuidesExampleIsTheTestVerbatim() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "guide.md"), StandardCharsets.UTF_8);
        int section = guide.indexOf("<a id=\"java-api\"></a>");
        assertThat(section).as("docs/guide.md has the java-api section").isPositive();
        int start = guide.lastIndexOf("```java\n", guide.indexOf("class GuangyangWhatIfTest", section))
                + "```java\n".length();
        assertThat(start).as("the example follows the section's heading").isGreaterThan(section);
        String example = guide.substring(start, guide.indexOf("```", start));
        String test = Files.readString(Path.of("src", "test", "java", "GuangyangWhatIfTest.java"),
                StandardCharsets.UTF_8);
        assertThat(test).isEqualTo(example);
    }
}
