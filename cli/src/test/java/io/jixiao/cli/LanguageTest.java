package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.jixiao.problem.Language;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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
        assertThat(zh.err()).startsWith("jixiao：缺少必需的参数或选项：'--actuals=ACTUALS'" + System.lineSeparator())
                .contains("用法：jixiao score");
        Out en = run(Map.of("JIXIAO_LANG", "en"), "score", T);
        assertThat(en.code()).isEqualTo(Main.USAGE);
        assertThat(en.err()).startsWith("jixiao: missing required option or parameter: '--actuals=ACTUALS'")
                .contains("Usage:");
        // review takes DIR, or --db with --year (the review of a stored year): without either it says so
        assertThat(run(Map.of(), "review").err()).startsWith("jixiao：用法错误：请给出 DIR，或同时给出 --db 和 --year");
    }

    /** Table-driven: each kind of picocli error in both languages, with no English words of picocli's in Chinese. */
    static Stream<Arguments> usageErrors() {
        return Stream.of(
                arguments("a value not among the choices", List.of("score", T, "--actuals", T, "--format", "xml"),
                        "jixiao：--format 只接受 table、json、csv，而不是 'xml'",
                        "jixiao: --format takes table, json, csv, not 'xml'"),
                arguments("a mistyped command", List.of("scor", T),
                        "jixiao：无法识别的参数或选项：'scor'、'" + T + "'" + System.lineSeparator()
                                + "您是不是想输入：score、",
                        "jixiao: unknown option or argument: 'scor', '" + T + "'" + System.lineSeparator()
                                + "Did you mean: score, "),
                arguments("a mistyped option", List.of("score", T, "--actuals", T, "--frmat", "json"),
                        "jixiao：无法识别的参数或选项：'--frmat'、'json'" + System.lineSeparator() + "用法：",
                        "jixiao: unknown option or argument: '--frmat', 'json'" + System.lineSeparator() + "Usage:"),
                arguments("not a whole number", List.of("review", T, "--threads", "zwei"),
                        "jixiao：--threads 需要一个整数，而不是 'zwei'",
                        "jixiao: --threads takes a whole number, not 'zwei'"),
                arguments("no command", List.of(), "jixiao：请指定一个命令：score、validate、",
                        "jixiao: name a command: score, validate, "),
                arguments("help of a command that does not exist", List.of("help", "scor"),
                        "jixiao：没有 'scor' 这个命令；命令有 score、validate、",
                        "jixiao: there is no command 'scor'; the commands are score, validate, "),
                arguments("two required options missing", List.of("template"),
                        "jixiao：缺少必需的参数或选项：", "jixiao: missing required option or parameter: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void eachKindOfUsageErrorInBothLanguages(String what, List<String> args, String zh, String en) {
        Out chinese = run(Map.of(), args.toArray(String[]::new));
        Out english = run(Map.of("JIXIAO_LANG", "en"), args.toArray(String[]::new));
        assertThat(List.of(chinese.code(), english.code())).containsOnly(Main.USAGE);
        assertThat(chinese.err()).startsWith(zh);
        assertThat(english.err()).startsWith(en);
        String firstLines = chinese.err().substring(0, chinese.err().indexOf("用法："));
        assertThat(firstLines.replaceAll("'[^']*'", "")).as("picocli's English left in " + firstLines)
                .doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
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
