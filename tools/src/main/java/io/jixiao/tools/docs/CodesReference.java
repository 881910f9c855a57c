package io.jixiao.tools.docs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes docs/codes.md, the reference of every message code, from the subsystems' bundles (the texts, English
 * and 简体中文) and their {@code *Problems.java} factories (the severities). Uses nothing but the JDK, so that it runs from
 * the sources without a build: {@code java tools/src/main/java/io/jixiao/tools/docs/CodesReference.java} in
 * the repository root. CodesReferenceTest fails while docs/codes.md differs from what this writes.
 */
public final class CodesReference {

    /** The command that regenerates docs/codes.md, run in the repository root. */
    public static final String COMMAND = "java tools/src/main/java/io/jixiao/tools/docs/CodesReference.java";

    /**
     * One subsystem's bundle: {@code module/src/main/resources/<package as path>/<bundle>.properties}.
     *
     * @param id          the anchor of its section
     * @param factories   the class whose methods build its findings
     */
    public record Subsystem(String id, String title, String module, String pkg, String bundle, String factories,
                            String description) {

        public Path bundlePath(Path root) {
            return root.resolve(module).resolve("src/main/resources").resolve(pkg.replace('.', '/'))
                    .resolve(bundle + ".properties");
        }

        /** The Chinese bundle beside it: {@code <bundle>_zh.properties}. */
        public Path chineseBundlePath(Path root) {
            return bundlePath(root).resolveSibling(bundle + "_zh.properties");
        }
    }

    /**
     * The bundles that hold texts but no codes (each with its {@code _zh} beside it): how a finding is rendered,
     * the parts of messages callers fill in (the value grammar's problems, the names loading gives the parts of a
     * file …), the words of mid-year monitoring's explanations and the labels of its renderings, the labels of the
     * reports and workbooks (io/jixiao/report, io/jixiao/workbook), the command
     * line's words and its help. Relative to the repository root.
     */
    public static final List<String> TEXT_BUNDLES = List.of(
            "engine/src/main/resources/io/jixiao/problem/finding.properties",
            "engine/src/main/resources/io/jixiao/value/texts.properties",
            "engine/src/main/resources/io/jixiao/load/texts.properties",
            "engine/src/main/resources/io/jixiao/profile/texts.properties",
            "engine/src/main/resources/io/jixiao/scoring/texts.properties",
            "engine/src/main/resources/io/jixiao/review/texts.properties",
            "engine/src/main/resources/io/jixiao/monitor/texts.properties",
            "engine/src/main/resources/io/jixiao/api/texts.properties",
            "report/src/main/resources/io/jixiao/report/labels.properties",
            "report/src/main/resources/io/jixiao/report/monitor/labels.properties",
            "store/src/main/resources/io/jixiao/store/labels.properties",
            "office/src/main/resources/io/jixiao/workbook/labels.properties",
            "web/src/main/resources/io/jixiao/web/labels.properties",
            "office/src/main/resources/io/jixiao/importer/texts.properties",
            "office/src/main/resources/io/jixiao/workbook/texts.properties",
            "report/src/main/resources/io/jixiao/report/validation.properties",
            "report/src/main/resources/io/jixiao/report/texts.properties",
            "cli/src/main/resources/io/jixiao/cli/texts.properties",
            "cli/src/main/resources/io/jixiao/cli/help.properties",
            "tools/src/main/resources/io/jixiao/tools/help.properties",
            "spark/src/main/resources/io/jixiao/spark/texts.properties",
            "spark/src/main/resources/io/jixiao/spark/help.properties");

    /** Every subsystem with a bundle, in the order of docs/architecture.md: the core bottom to top, then modules. */
    public static final List<Subsystem> SUBSYSTEMS = List.of(
            new Subsystem("load", "Loading", "engine", "io.jixiao.load", "messages", "LoadProblems",
                    "Reading targets and actuals: YAML, keys, values, units, pairing of actuals with targets, file"
                            + " encodings; a workbook that cannot be read at all."),
            new Subsystem("progress", "Progress files", "engine", "io.jixiao.load", "progress", "ProgressProblems",
                    "Reading a progress file (绩效运行监控, jixiao monitor) and pairing it with its targets: the month,"
                            + " 完成目标可能性, the money spent to date. The rest of reading one is loading's, as for"
                            + " an actuals file."),
            new Subsystem("rules", "Rule files", "engine", "io.jixiao.rules", "messages", "RuleProblems",
                    "Compiling DRL (packaged rules and --rules), running a rule session, --rules paths."),
            new Subsystem("profile", "Scoring profiles", "engine", "io.jixiao.profile", "messages", "ProfileProblems",
                    "Choosing and loading a scoring profile (--profile, profile:)."),
            new Subsystem("scoring", "Scoring", "engine", "io.jixiao.scoring", "messages", "ScoringProblems",
                    "Points, the rules' results (a tie, none), grades, 偏离度, spending above budget."),
            new Subsystem("whatif", "What-if", "engine", "io.jixiao.scoring", "session", "SessionProblems",
                    "Changes to an open scoring session: jixiao whatif (--set, --spent, --goal) and io.jixiao.api."),
            new Subsystem("review", "Target review (审核)", "engine", "io.jixiao.review", "messages", "ReviewProblems",
                    "Weak or inconsistent targets and self-evaluations, found by rules/review/*.drl; warnings and"
                            + " notes only. KPI-0448/0449 are for your own review rules (ReviewProblems.userNote,"
                            + " ReviewProblems.userCheck)."),
            new Subsystem("recheck", "复核 of a department", "engine", "io.jixiao.recheck", "messages",
                    "RecheckProblems", "A finance bureau's recheck of a scored department: claimed 自评得分, low"
                            + " execution, much 不适用."),
            new Subsystem("monitor", "Monitoring (绩效运行监控)", "engine", "io.jixiao.monitor", "messages",
                    "MonitorProblems", "The rules of mid-year monitoring (rules/monitoring/*.drl, jixiao monitor):"
                            + " indicators without progress, 完成目标可能性 that does not fit the light or lacks 偏差原因"
                            + " and 纠偏措施, spending above the budget, below a floor or apart from goal progress."),
            new Subsystem("pipeline", "Many departments", "engine", "io.jixiao.pipeline", "messages",
                    "PipelineProblems", "The run over many department folders (jixiao review, jixiao monitor DIR):"
                            + " finding the folders, a department that crashed."),
            new Subsystem("output", "Output files", "report", "io.jixiao.report", "messages", "OutputProblems",
                    "Writing reports and other output files."),
            new Subsystem("import", "Import of disclosures", "office", "io.jixiao.importer", "messages",
                    "ImportProblems", "jixiao import: reading a published .docx or its text export into a targets"
                            + " YAML."),
            new Subsystem("workbook", "Workbooks", "office", "io.jixiao.workbook", "messages", "WorkbookProblems",
                    "The actuals template and filled workbooks."),
            new Subsystem("store", "The store", "store", "io.jixiao.store", "messages", "StoreProblems",
                    "jixiao store, history, library and review --db: opening a store (busy, newer, unreachable, not a"
                            + " store), departments and years in it, imports, indicator library files."),
            new Subsystem("cli", "Command line", "cli", "io.jixiao.cli", "messages", "CliProblems",
                    "What validate says about a file it cannot check fully; output names a command does not write."),
            new Subsystem("tools", "Tools", "tools", "io.jixiao.tools", "messages", "ToolProblems",
                    "jixiao generate and bench."),
            new Subsystem("spark", "The Spark job", "spark", "io.jixiao.spark", "messages", "SparkProblems",
                    "jixiao-spark review: a table of departments it cannot read as one (docs/spark.md)."));

    /**
     * A code that no finding carries any more. docs/codes.md lists it, for readers of older output, and it is never
     * given to another message: CodesReferenceTest fails when a code leaves the bundles without being listed here.
     *
     * @param code       the code itself, without a variant (no {@code .suffix})
     * @param was        what it meant (Markdown)
     * @param replacedBy what reports the same concern now (Markdown; links relative to docs/)
     */
    public record Retired(String code, String was, String replacedBy) {
    }

    /** Every retired code, in code order. */
    public static final List<Retired> RETIRED = List.of(
            new Retired("KPI-0423", "审核 of a self-evaluation: 偏离度 — an actual beyond its target by more than the"
                    + " profile's `overAchievementFlag` (warning)", "KPI-0308, raised once by scoring on the"
                    + " indicator's table ([scoring.md#over-achievement](scoring.md#over-achievement))"),
            new Retired("KPI-0424", "审核 of a self-evaluation: 全年执行数 above the budget (warning)",
                    "KPI-0310, raised once by scoring on the table"
                            + " ([scoring.md#budget-execution](scoring.md#budget-execution))"),
            new Retired("KPI-0425", "审核 of a self-evaluation: 预算执行率 below the `review:` section's"
                    + " `executionFloor` (warning)", "KPI-0321, raised by the 复核 with the profile's"
                    + " `recheck.executionFloor` ([review.md#recheck-findings](review.md#recheck-findings))"));

    private static final Pattern CODE_KEY = Pattern.compile("KPI-\\d{4}(\\.[A-Za-z][A-Za-z0-9]*)?");
    private static final Pattern RAISED = Pattern.compile(
            "\\b(error|warning|info)\\(\\s*\"(KPI-\\d{4}(?:\\.[A-Za-z][A-Za-z0-9]*)?)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private CodesReference() {
    }

    /** Writes {@code docs/codes.md} under the repository root (the first argument, else the current folder). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path out = root.resolve("docs/codes.md");
        Files.writeString(out, markdown(root), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** docs/codes.md as it should be, from the bundles and factories under {@code root}. */
    public static String markdown(Path root) {
        Map<String, String> severities = severities(root);
        StringBuilder md = new StringBuilder();
        md.append("""
                # Message codes

                <!-- Generated from the subsystems' message bundles by io.jixiao.tools.docs.CodesReference; \
                do not edit. -->

                Every message jixiao gives has a code, a place and, mostly, a hint that says what to do. Messages
                are in 简体中文 by default and in English with `--lang en` ([guide](guide.md#language)):

                ```
                indicators/x/targets.yaml:14:16: 错误 KPI-0105: 未知的一级指标 '产品指标'。建议使用以下之一：\
                产出指标, 部门产出, …
                indicators/x/targets.yaml:14:16: error KPI-0105: unknown 一级指标 '产品指标'. Maybe use one of: \
                产出指标, 部门产出, …
                ```

                **Codes are stable.** A code keeps its meaning from release to release, and a retired code is
                never given to another message ([retired codes](#retired)); the wording may improve, so match on
                the code, not on the text.
                The first two digits name the area:

                | codes | area |
                |---|---|
                | KPI-01xx | reading files: YAML, keys, values, units, pairing of actuals with targets, profiles, \
                encodings, limits, plausibility (0101…0153); output files (0140…0143); import of disclosures \
                (0160…0179); workbooks (0180…0199) |
                | KPI-02xx | rules: DRL that does not compile or fails, rules that tie or score nothing, \
                `--rules` paths |
                | KPI-03xx | scoring (0301…0319), the 复核 of many departments (0320…0349), what-if (0350…0369) |
                | KPI-04xx | the target review (审核): warnings and notes only; 0440…0442 across years and \
                against the 指标库 (with a store); 0448/0449 are your own review rules' |
                | KPI-05xx | the store: opening it, departments and years in it, imports (0501…0513); the \
                indicator library (0520…0525) |
                | KPI-06xx | mid-year monitoring (绩效运行监控): progress files (0601…0619), the monitoring rules \
                (0620…0639), many departments' monitorings (0640…0649) |

                Severities: `error` (错误: the command stops with exit code 1), `warning` (警告), `info` (提示);
                JSON output writes the English word in every language. Some codes have
                several wordings, each under its own key (`KPI-0106.spelling`); a message always shows the code
                before the dot. A code that is an error or a warning depending on an option has a key for each
                (`KPI-0129.lenient` under `--lenient`). `{name}` marks a value filled in.

                The texts live in the resource bundles beside each subsystem's factories: `messages.properties`
                in its package (English, the base bundle) and `messages_zh.properties` (简体中文); every key is in
                both, with the same placeholders. Each row below shows the English text and, under it, the
                Chinese. This page is generated from them; after changing a bundle, run in the repository root
                (`CodesReferenceTest` fails until then):

                ```sh
                %s
                ```

                """.formatted(COMMAND));
        for (Subsystem s : SUBSYSTEMS) {
            md.append("- [").append(s.title()).append("](#").append(s.id()).append(")\n");
        }
        md.append("- [Retired codes](#retired)\n");
        for (Subsystem s : SUBSYSTEMS) {
            section(md, root, s, severities);
        }
        retired(md, severities);
        return md.toString();
    }

    private static void retired(StringBuilder md, Map<String, String> severities) {
        md.append("""

                ## <a id="retired"></a>Retired codes

                Codes no finding carries any more. Each keeps its meaning in older output and is never given
                to another message; the concern it reported is reported under the code that replaces it.

                | code | was | replaced by |
                |---|---|---|
                """);
        String previous = "";
        for (Retired r : RETIRED) {
            if (!CODE_KEY.matcher(r.code()).matches() || r.code().contains(".") || r.code().compareTo(previous) <= 0) {
                throw new IllegalStateException(r.code() + ": RETIRED lists codes without variants, once each, in order");
            }
            if (severities.keySet().stream().anyMatch(k -> k.equals(r.code()) || k.startsWith(r.code() + "."))) {
                throw new IllegalStateException(r.code() + " is retired but a factory still raises it; a retired"
                        + " code is never reused");
            }
            previous = r.code();
            md.append("| ").append(r.code()).append(" | ").append(r.was()).append(" | ").append(r.replacedBy())
                    .append(" |\n");
        }
    }

    private static void section(StringBuilder md, Path root, Subsystem s, Map<String, String> severities) {
        Map<String, String> texts = bundle(s.bundlePath(root));
        Map<String, String> zh = Files.exists(s.chineseBundlePath(root)) ? bundle(s.chineseBundlePath(root)) : Map.of();
        md.append("\n## <a id=\"").append(s.id()).append("\"></a>").append(s.title()).append("\n\n")
                .append(s.description()).append(" Factories: `").append(s.pkg()).append('.').append(s.factories())
                .append("`; texts: `").append(root.relativize(s.bundlePath(root)).toString().replace('\\', '/'))
                .append("` and `").append(s.bundle()).append("_zh.properties`.\n\n")
                .append("| code | severity | meaning | message | hint |\n|---|---|---|---|---|\n");
        for (String key : messageKeys(texts)) {
            String severity = severities.get(key);
            if (severity == null) {
                throw new IllegalStateException(key + " (" + s.bundlePath(root) + "): no factory raises it"
                        + " (error/warning/info(\"" + key + "\", … in a *Problems.java)");
            }
            md.append("| ").append(key).append(" | ").append(severity).append(" | ")
                    .append(both(texts, zh, key + ".title")).append(" | ").append(both(texts, zh, key)).append(" | ")
                    .append(both(texts, zh, key + ".hint")).append(" |\n");
        }
    }

    /** The English text of {@code key} and the Chinese under it, as one cell; empty when neither has it. */
    private static String both(Map<String, String> en, Map<String, String> zh, String key) {
        String e = cell(en.getOrDefault(key, ""));
        String z = cell(zh.getOrDefault(key, ""));
        return e.isEmpty() ? z : z.isEmpty() ? e : e + "<br>" + z;
    }

    /** The message keys of a bundle (codes and their variants), by code, each code's own key first. */
    public static List<String> messageKeys(Map<String, String> texts) {
        List<String> keys = new ArrayList<>();
        for (String key : texts.keySet()) {
            if (CODE_KEY.matcher(key).matches() && !key.endsWith(".hint") && !key.endsWith(".title")) {
                keys.add(key);
            }
        }
        keys.sort(Comparator.comparing((String k) -> k.substring(0, 8)).thenComparing(k -> k.length() > 8));
        return keys;
    }

    /** A text as a table cell: placeholders as code, and the characters Markdown would read escaped. */
    static String cell(String text) {
        StringBuilder b = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        boolean open = false;
        while (m.find()) {
            if (open && m.start() == at) {
                b.append(m.group());    // adjacent placeholders share one code span: `{comparator}{target}`
            } else {
                b.append(open ? "`" : "").append(escape(text.substring(at, m.start()))).append('`').append(m.group());
            }
            open = true;
            at = m.end();
        }
        return b.append(open ? "`" : "").append(escape(text.substring(at))).toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("<", "&lt;")
                .replace("`", "\\`");
    }

    /** A bundle's keys and texts, in the order of the file. */
    public static Map<String, String> bundle(Path file) {
        Map<String, String> texts = new LinkedHashMap<>();
        Properties p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                texts.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + file, e);
        }
        return texts;
    }

    /**
     * The severity of every key a factory raises, from {@code error("KPI-…")}, {@code warning("KPI-…")} and
     * {@code info("KPI-…")} in the {@code *Problems.java} files of every module.
     */
    public static Map<String, String> severities(Path root) {
        Map<String, String> severities = new TreeMap<>();
        for (Path file : factorySources(root)) {
            Matcher m = RAISED.matcher(read(file));
            while (m.find()) {
                String earlier = severities.put(m.group(2), m.group(1));
                if (earlier != null && !earlier.equals(m.group(1))) {
                    throw new IllegalStateException(m.group(2) + " is raised as " + earlier + " and as " + m.group(1)
                            + " (" + file + "): give each severity its own key");
                }
            }
        }
        return severities;
    }

    /** The {@code *Problems.java} files under the {@code src/main/java} of every module. */
    public static List<Path> factorySources(Path root) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path java : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted()
                    .toList()) {
                try (Stream<Path> files = Files.walk(java)) {
                    files.filter(f -> f.getFileName().toString().endsWith("Problems.java")).sorted()
                            .forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
