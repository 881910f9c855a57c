package io.jixiao.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao manpage: picocli's ManPageGenerator writes a page per command from the help bundle of the language. */
class ManPageTest {

    @TempDir
    Path dir;

    @Test
    void aPagePerCommandInEachLanguage() throws IOException {
        assertThat(Fixtures.cli("manpage", "-o", dir.resolve("en").toString()).code()).isZero();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(ToolsMain.run(new String[] {"manpage", "-o", dir.resolve("zh").toString()}, Map.of(),
                new PrintWriter(out), new PrintWriter(err))).as(err.toString()).isZero();

        for (String page : new String[] {"jixiao.adoc", "jixiao-score.adoc", "jixiao-validate.adoc",
                "jixiao-whatif.adoc", "jixiao-completion.adoc"}) {
            assertThat(dir.resolve("en").resolve(page)).exists();
            assertThat(dir.resolve("zh").resolve(page)).exists();
        }
        assertThat(Files.readString(dir.resolve("en/jixiao-score.adoc"))).contains(":doctype: manpage",
                "Scores a department's actual outcomes", "--actuals", "--lang");
        assertThat(Files.readString(dir.resolve("zh/jixiao-score.adoc"))).contains("用 Drools 规则把一个部门的实际完成值",
                "消息和帮助的语言");
        // the tools' pages are the real commands', options and all, not the product jar's pointers to them
        assertThat(Files.readString(dir.resolve("en/jixiao-generate.adoc"))).contains("--departments", "--seed");
        assertThat(Files.readString(dir.resolve("zh/jixiao-bench.adoc"))).contains("--iterations", "测量");
    }
}
