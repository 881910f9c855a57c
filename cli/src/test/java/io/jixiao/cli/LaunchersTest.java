package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.workbook.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * jixiao.cmd, the Windows launcher, cannot run here: what can be checked is its text — that cmd.exe can read it
 * (ASCII, CRLF, every label it jumps to, balanced blocks) and that it does what ./jixiao does (the same jars,
 * the same build, the same JVM options, the same commands handed to the tools jar, the same variables).
 */
class LaunchersTest {

    private static final Path ROOT = Seeds.ROOT;

    private static String cmd() throws IOException {
        return Files.readString(ROOT.resolve("jixiao.cmd"), StandardCharsets.US_ASCII);
    }

    private static String sh() throws IOException {
        return Files.readString(ROOT.resolve("jixiao"), StandardCharsets.UTF_8);
    }

    @Test
    void cmdExeCanReadIt() throws IOException {
        byte[] bytes = Files.readAllBytes(ROOT.resolve("jixiao.cmd"));
        for (byte b : bytes) {
            assertThat(b & 0xFF).as("ASCII only: cmd.exe reads a batch file in the console's code page").isLessThan(0x80);
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text).as("CRLF line ends").doesNotContainPattern("[^\\r]\\n").endsWith("\r\n");
        Set<String> labels = new LinkedHashSet<>();
        Matcher l = Pattern.compile("(?m)^:(\\w+)").matcher(text);
        while (l.find()) {
            labels.add(l.group(1));
        }
        Matcher jump = Pattern.compile("(?i)(?:goto|call) :(\\w+)").matcher(text);
        while (jump.find()) {
            assertThat(labels).as("the label of '" + jump.group() + "'").contains(jump.group(1));
        }
        int depth = 0;
        for (String line : text.split("\r\n")) {
            String t = line.strip();
            if (t.startsWith(")")) {
                depth--;
            }
            assertThat(depth).as("blocks close in order at: " + line).isNotNegative();
            if (t.endsWith("(")) {
                depth++;
            }
            if (depth > 0) {
                assertThat(t).as("no rem inside a block (a parenthesis in it would end the block)")
                        .doesNotStartWith("rem ");
            }
        }
        assertThat(depth).as("every block closed").isZero();
        assertThat(text).startsWith("@echo off").contains("setlocal EnableExtensions DisableDelayedExpansion");
    }

    @Test
    void itRunsTheSameJarsBuiltTheSameWay() throws IOException {
        String cmd = cmd();
        String sh = sh();
        assertThat(sh).contains("cli/target/jixiao.jar", "cli/target/jixiao.jsa", "tools/target/jixiao-tools.jar");
        assertThat(cmd).contains("cli\\target\\jixiao.jar", "cli\\target\\jixiao.jsa",
                "tools\\target\\jixiao-tools.jar", "call mvnw.cmd");
        String build = "-B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl ";
        assertThat(sh).contains("./mvnw " + build);
        assertThat(cmd).contains("mvnw.cmd " + build);
        // stale when the sources of the same modules, rules/ or a pom are newer
        assertThat(sh).contains("stale \"$jar\" engine report office store web cli",
                "stale \"$tools_jar\" engine report office store web cli tools");
        assertThat(cmd).contains("\"engine,report,office,store,web,cli\"",
                "\"engine,report,office,store,web,cli,tools\"",
                "'\\rules'",
                "'\\pom.xml'", "'\\src\\main'");
        assertThat(cmd).contains("indicators\\guangyang\\2023", "score \"%SEED%\\targets.yaml\" --actuals "
                + "\"%SEED%\\actuals-example.yaml\" --format json");
        // the same training runs for the archive, each line of their class lists once, and the same marker
        assertThat(sh).contains("train import store import \"$here/indicators\" --db \"$work/store\"",
                "train history history 410 --db \"$work/store\" --format json",
                "train review review \"$here/indicators\" --format json -o",
                "train monitor monitor \"$here/indicators\" --format json -o", "awk '!seen[$0]++'", "jsa.failed");
        assertThat(cmd).contains("call :train import store import \"%HERE%\\indicators\" --db \"%WORK%\\store\"",
                "call :train history history 410 --db \"%WORK%\\store\" --format json",
                "call :train review review \"%HERE%\\indicators\" --format json -o",
                "call :train monitor monitor \"%HERE%\\indicators\" --format json -o", "HashSet[string]", "jsa.failed");
    }

    @Test
    void itGivesJavaTheSameOptions() throws IOException {
        String cmd = cmd();
        List<String> options = new ArrayList<>();
        Matcher m = Pattern.compile("(-X[A-Za-z:+]+[^\\s\"')(/]*)").matcher(sh());
        while (m.find()) {
            String o = m.group(1).replaceAll("=\"?\\$.*$", "=").replaceAll("[.,;:…]+$", "");
            options.add(o);
        }
        assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UseParallelGC", "-Xms3g",
                "-Xmx3g", "-XX:+AlwaysPreTouch", "-XX:+IgnoreUnrecognizedVMOptions", "-Xlog:cds*=off",
                "-Xlog:class+path*=off", "-XX:SharedArchiveFile=", "-XX:DumpLoadedClassList=",
                "-XX:SharedClassListFile=", "-Xshare:dump");
        options.stream().filter(o -> !o.startsWith("-Xm[sx]")).forEach(o -> assertThat(cmd).as(o).contains(o));
        assertThat(cmd).contains("JIXIAO_NO_CDS", "JIXIAO_JAVA_OPTS", "8388608"); // 8 GiB in KiB, as ./jixiao
        assertThat(sh()).contains("8 * 1024 * 1024");
        // C1's thresholds halved for review, monitor and store import of a folder of 100 departments or more
        // (a bureau: 100 folders among the arguments, or a first folder with 100 subfolders; the values of the options
        // naming other files left out), as LauncherArchiveTest runs ./jixiao; jixiao.cmd's the same by its text
        assertThat(sh()).contains("$cmd == review || $cmd == monitor || ( $cmd == store && $sub == import )",
                "--rules | --profile | -o | --out | -p | --progress) skip=1", "(( dirs >= 100 ))", "head -n 100",
                "(( n >= 100 ))");
        assertThat(cmd).contains("if /i \"%CMD%\"==\"review\" set \"BULK=1\"",
                "if /i \"%CMD%\"==\"monitor\" set \"BULK=1\"",
                "if /i \"%CMD%\"==\"store\" if /i \"%SUB%\"==\"import\" set \"BULK=1\"");
        for (String option : List.of("--rules", "--profile", "-o", "--out", "-p", "--progress")) {
            assertThat(cmd).contains("if \"%~1\"==\"" + option + "\" goto :bulk_value");
        }
        assertThat(cmd).contains("if %BULK_DIRS% GEQ 100 goto :bulk_yes", "set \"DIRCMD=\"", "dir /ad /b",
                "if %BULK_N% LSS 100 goto :run").doesNotContain("call :bulk");
    }

    @Test
    void itHandsTheSameCommandsToTheToolsJar() throws IOException {
        String cmd = cmd();
        String sh = sh();
        for (String tool : List.of("generate", "bench", "manpage")) {
            assertThat(sh).contains(tool);
            assertThat(cmd).containsIgnoringCase("\"%CMD%\"==\"" + tool + "\"");
            assertThat(cmd).containsIgnoringCase("\"%SUB%\"==\"" + tool + "\"");
        }
        assertThat(cmd).contains("\"%W1%\"==\"--lang\"", "\"%W1:~0,7%\"==\"--lang=\"");
        assertThat(sh).contains("--lang) skip=1", "--lang=*)");
    }
}
