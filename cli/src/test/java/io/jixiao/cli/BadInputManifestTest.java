package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus (cli/src/test/resources/bad-input/, described in its README.md): every hostile or mistaken
 * input the project knows of — YAML, workbooks, .docx/.txt imports, profiles, rules, command-line options, output
 * paths, review folders — one named case each, run through the command line ({@link Main#run}) exactly as a user
 * runs it. {@code manifest.txt} lists, per case, the exit code and the code and location of the finding that must
 * be printed ({@code file:line:col: severity KPI-…:}). Every case must also print no stack trace and no line longer
 * than a message can be (quoted input is cut at 80 characters), and pass the checks of its {@code setup} file.
 */
class BadInputManifestTest {

    /** No message line is longer: a message quotes at most 80 characters of each value. */
    static final int MAX_LINE = 1500;
    private static final Pattern MANIFEST_LINE = Pattern.compile(
            "\\s*([\\w./-]+)\\s*\\|\\s*(\\d)\\s*\\|\\s*(\\S+)\\s*\\|\\s*(.+?)\\s*\\|\\s*(.+?)\\s*");
    private static final Path ROOT = root();

    /**
     * One case of manifest.txt.
     *
     * @param location the finding's location as printed, with placeholders ({case}/actuals.yaml:6:22), or "-"
     *                 for a usage error (exit 2), which has no code
     */
    record Case(String name, int exit, String code, String location, String command) {
        String area() {
            return name.substring(0, name.indexOf('/'));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("manifest.txt"))) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = MANIFEST_LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("manifest line not of the form name | exit | code | location |"
                        + " command: " + line);
            }
            all.add(new Case(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4), m.group(5)));
        }
        return all;
    }

    /** Every case in both languages: Chinese (the default of a user's run) and English (these tests' default). */
    static Stream<org.junit.jupiter.params.provider.Arguments> casesInBothLanguages() throws IOException {
        return cases().stream().flatMap(c -> Stream.of("zh", "en").map(
                lang -> org.junit.jupiter.params.provider.Arguments.of(c, lang)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("casesInBothLanguages")
    void eachCaseGivesItsCodeAtItsLocationAndItsExitCode(Case c, String lang, @TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path load = Files.createDirectories(tmp.resolve("load"));
        copy(ROOT.resolve("base"), dir);
        Path own = ROOT.resolve(c.name());
        if (Files.isDirectory(own)) {
            copy(own, dir);
        }
        Map<String, String> vars = new java.util.LinkedHashMap<>(Map.of("{case}", dir.toString(), "{out}",
                out.toString(), "{load}", load.toString()));
        CaseSetup setup = new CaseSetup(dir, s -> expand(s, vars));
        Path setupFile = dir.resolve("setup");
        if (Files.isRegularFile(setupFile)) {
            setup.before(Files.readAllLines(setupFile));
        }
        vars.putAll(setup.vars);
        String command = expand(c.command(), vars);
        extractLoadFixtures(command, load);
        // -Dbad-input.fork=all runs every case in a child JVM: to check the corpus against an older build, where a
        // case may hang or fill the memory
        boolean fork = command.startsWith("fork:") || "all".equals(System.getProperty("bad-input.fork"));
        List<String> args = new ArrayList<>(split(command.startsWith("fork:") ? command.substring(5).strip() : command));
        // the language as a user chooses it: --lang after the arguments (a case about --lang or -- itself keeps its own)
        boolean ownLanguage = args.contains("--lang") || args.contains("--") || args.stream().anyMatch(a -> a.startsWith("--lang="));
        if (!fork && !ownLanguage && !args.isEmpty()) {
            args.addAll(List.of("--lang", lang));
        }
        Run r;
        try {
            r = fork ? fork(args, lang) : Run.of(args.toArray(String[]::new));
        } finally {
            setup.cleanUp();
        }
        String all = r.out() + "\n" + r.err();
        String shown = c.name() + ": jixiao " + String.join(" ", args) + "\n--- exit " + r.code() + "\n" + clip(all);

        assertThat(r.code()).as(shown).isEqualTo(c.exit());
        if (c.code().equals("-")) {
            assertThat(c.exit()).as("only a usage error has no code").isEqualTo(Main.USAGE);
            assertThat(r.err()).as(shown).startsWith(lang.equals("zh") && !ownLanguage ? "jixiao：" : "jixiao: ");
        } else {
            String location = expand(c.location(), vars);
            Pattern finding = Pattern.compile("(?m)^\\s*" + Pattern.quote(location) + ": (error|warning|info|错误|警告|提示) "
                    + Pattern.quote(c.code()) + ": \\S");
            assertThat(finding.matcher(all).find()).as("%s\nexpected a line '%s: … %s: …'", shown, location, c.code())
                    .isTrue();
        }
        // every finding speaks the language of the run, outside the values it quotes (issue 14)
        if (!ownLanguage) {
            all.lines().filter(l -> l.matches(".*\\b(错误|警告|提示|error|warning|info) KPI-\\d{4}: .*")).forEach(l ->
                    assertThat(lang.equals("zh") ? BadInputCorpusTest.chineseProblem(l)
                            : BadInputCorpusTest.englishProblem(l)).as("%s\n%s", shown, l).isNull());
        }
        assertThat(all).as(shown).doesNotContain("\tat ", "Exception in thread", "Caused by:");
        assertThat(all.lines().filter(l -> l.length() > MAX_LINE).toList()).as(shown).isEmpty();
        assertThat(setup.after()).as(shown).isEmpty();
    }

    /** The cases, by area: the corpus keeps at least 150, in every area the issue names. */
    @Test
    void theCorpusHoldsAtLeast150NamedCasesInEveryArea() throws IOException {
        List<Case> all = cases();
        Map<String, Long> byArea = all.stream().collect(Collectors.groupingBy(Case::area, TreeMap::new,
                Collectors.counting()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(byArea.keySet()).containsAll(List.of("yaml", "workbook", "import", "profile", "rules", "cli",
                "output", "review"));
        assertThat(all.stream().map(Case::name).distinct().count()).as("names are unique").isEqualTo(all.size());
        // every case folder is in the manifest, and named after its failure mode
        try (Stream<Path> dirs = Files.walk(ROOT, 2)) {
            List<String> folders = dirs.filter(Files::isDirectory).map(p -> ROOT.relativize(p).toString())
                    .filter(n -> n.contains("/")).toList();
            assertThat(all.stream().map(Case::name).toList()).containsAll(folders);
        }
    }

    /** Every case breaks one thing of a department that is fine as it is. */
    @Test
    void theBaseDepartmentIsClean() {
        Run r = Run.of("score", ROOT.resolve("base/targets.yaml").toString(), "--actuals",
                ROOT.resolve("base/actuals.yaml").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain(" error ");
    }

    // ---- running ------------------------------------------------------------------------------------

    /** A child JVM with a small heap and a time limit, for cases that end the process or fill its memory. */
    private static Run fork(List<String> args, String lang) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JIXIAO_LANG", lang);
        Process p = pb.start();
        p.getOutputStream().close();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        StringBuilder o = new StringBuilder();
        StringBuilder e = new StringBuilder();
        Thread t1 = new Thread(() -> o.append(read(out)));
        Thread t2 = new Thread(() -> e.append(read(err)));
        t1.start();
        t2.start();
        long seconds = Long.getLong("bad-input.timeout", 120);
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not end within " + seconds + " s: jixiao "
                    + String.join(" ", args));
        }
        t1.join();
        t2.join();
        return new Run(p.exitValue(), o.toString(), e.toString());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    // ---- materialising ---------------------------------------------------------------------------

    /** The loader fixtures of the engine's tests named in the command ({load}/x.yaml), extracted from its test jar. */
    private static void extractLoadFixtures(String command, Path load) throws IOException {
        Matcher m = Pattern.compile(Pattern.quote(load.toString()) + "/([\\w.-]+)").matcher(command);
        while (m.find()) {
            try (InputStream in = BadInputManifestTest.class.getResourceAsStream("/fixtures/load/" + m.group(1))) {
                if (in == null) {
                    throw new IllegalArgumentException("no engine fixture fixtures/load/" + m.group(1));
                }
                Files.write(load.resolve(m.group(1)), in.readAllBytes());
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static String expand(String s, Map<String, String> vars) {
        String r = s;
        for (var e : vars.entrySet()) {
            r = r.replace(e.getKey(), e.getValue());
        }
        return r.replace("\\u200B", "\u200B");
    }

    /** Words split at spaces; '…' quotes a word with spaces. */
    static List<String> split(String command) {
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
        while (m.find()) {
            args.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return args;
    }

    private static String clip(String s) {
        return s.length() > 6000 ? s.substring(0, 6000) + "…" : s;
    }

    private static Path root() {
        try {
            return Path.of(BadInputManifestTest.class.getResource("/bad-input/manifest.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
