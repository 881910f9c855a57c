package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Language;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The language of the command line (docs/guide.md#language): --lang before or after the arguments, the
 * environment, the help of every command and option in both languages, usage errors in the language asked for.
 */
class LanguageTest {

    private static final String T = io.jixiao.workbook.Seeds.targetsFile("guangyang/2023").toString();

    record Out(int code, String out, String err) {
    }

    static Out run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new CommandLine(new Main()), args, env, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err));
        return new Out(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --lang en before the command          | en | --lang en help score
            --lang en after the arguments         | en | help score --lang en
            --lang=en                             | en | help score --lang=en
            --lang zh beats JIXIAO_LANG=en        | zh | --lang zh help score
            no --lang: the environment            | en | help score
            --lang after the command's arguments  | en | score --help --lang en
            """)
    void langIsAcceptedAnywhere(String what, String expected, String args) {
        Out o = run(Map.of("JIXIAO_LANG", "en"), args.split(" "));
        assertThat(o.code()).isZero();
        assertThat(o.out()).startsWith(expected.equals("en") ? "Usage: jixiao score" : "用法：jixiao score");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorSaidInTheEnvironmentsLanguage() {
        Out zh = run(Map.of(), "--lang", "fr", "help");
        assertThat(zh.code()).isEqualTo(Main.USAGE);
        assertThat(zh.err()).isEqualTo("jixiao：--lang 只接受 zh 或 en，而不是 'fr'" + System.lineSeparator());
        Out en = run(Map.of("LANG", "en_US.UTF-8"), "help", "--lang");
        assertThat(en.code()).isEqualTo(Main.USAGE);
        assertThat(en.err()).startsWith("jixiao: --lang needs a value");
    }

    @Test
    void theLanguageOfTheProcessIsRestoredAfterARun() {
        Language before = Language.current();
        run(Map.of(), "help");
        assertThat(Language.current()).isEqualTo(before);
    }

    @Test
    void usageErrorsAreInTheLanguageAskedFor() {
        Out zh = run(Map.of(), "score", T);
        assertThat(zh.code()).isEqualTo(Main.USAGE);
        assertThat(zh.err()).startsWith("jixiao：缺少必需的参数或选项（Missing required option: '--actuals=ACTUALS'）")
                .contains("用法：jixiao score");
        Out en = run(Map.of("JIXIAO_LANG", "en"), "score", T);
        assertThat(en.err()).startsWith("jixiao: Missing required option: '--actuals=ACTUALS'").contains("Usage:");
        assertThat(run(Map.of(), "score", T, "--actuals", T, "--format", "xml").err())
                .startsWith("jixiao：选项的值不对（Invalid value for option '--format'");
        assertThat(run(Map.of(), "scor").err()).startsWith("jixiao：无法识别的参数或选项（");
    }

    /** Every command, option and parameter of both jars has its help in both languages, none left empty. */
    @Test
    void everyCommandAndOptionIsDescribedInBothLanguages() {
        for (Language language : Language.values()) {
            List<String> missing = new ArrayList<>();
            CommandLine cmd = new CommandLine(new Main());
            cmd.setResourceBundle(Help.bundle(language));
            describe(cmd.getCommandSpec(), missing);
            assertThat(missing).as(language + ": without a description").isEmpty();
        }
    }

    private static void describe(CommandSpec spec, List<String> missing) {
        if (String.join("", spec.usageMessage().description()).isBlank()
                && String.join("", spec.usageMessage().header()).isBlank()) {
            missing.add(spec.qualifiedName());
        }
        for (ArgSpec a : spec.args()) {
            if (String.join("", a.description()).isBlank()) {
                missing.add(spec.qualifiedName() + " " + a);
            }
        }
        spec.subcommands().values().forEach(c -> describe(c.getCommandSpec(), missing));
    }

    @Test
    void theHelpOfAllCommandsIsChineseByDefault() {
        Out o = run(Map.of(), "--help");
        assertThat(o.out()).startsWith("用法：jixiao").contains("用 Drools 规则为预算绩效目标（绩效目标）评分。", "命令：",
                "退出码：0 正常 · 1 输入有误 · 2 用法错误 · 3 内部错误");
    }

    @Test
    void completionIsAScriptOfEveryCommandAndOption() {
        Out o = run(Map.of(), "completion");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("complete -F _complete_jixiao", "score", "validate", "--actuals", "--lang",
                "--allow-missing", "whatif", "completion");
    }
}
