package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.workbook.Seeds;
import io.jixiao.workbook.TemplateLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole bad-input corpus through the command line in both languages (docs/guide.md#language): every failure
 * fixture of loading (engine/src/test/resources/fixtures/load), the workbook's failure modes, an officer's
 * slips on the command line and in a department folder, and the bundled departments (indicators/) with their
 * warnings and notes. Each runs with a Chinese locale, with no locale at all,
 * and with --lang en; the exit code is the expected one in every language, and every finding line is in the
 * language asked for — Chinese: Chinese words outside the quoted values and no English phrase; English: English
 * words, and Chinese outside quoted values only for the domain terms kept in English messages (一级指标,
 * 实际完成值, 评（扣）分标准 …) and for lists of the file's own names.
 */
class BadInputCorpusTest {

    private static final Path ROOT = Seeds.ROOT;
    private static final Path FIXTURES = ROOT.resolve("engine/src/test/resources/fixtures/load");

    @TempDir
    static Path dir;

    /** A run: its arguments (with {dir} for the temporary folder), what it reads on stdin, its exit code. */
    record Case(String name, List<String> args, byte[] stdin, int exit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() throws IOException {
        List<Case> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                all.add(new Case("validate " + name, List.of("validate", f.toString()), null, expectedExit(name)));
                if (Files.readString(f).contains("actuals:") && !name.startsWith("pairing-targets")) {
                    all.add(new Case("score " + name, List.of("score", FIXTURES.resolve("pairing-targets.yaml")
                            .toString(), "--actuals", f.toString()), null, name.equals("pairing-ok.yaml") ? 0 : 1));
                }
            }
        }
        workbooks(all);
        slips(all);
        bundled(all);
        return all.stream();
    }

    /** The bundled departments (indicators/) as they are: their warnings and notes, validated, scored and reviewed. */
    private static void bundled(List<Case> all) {
        all.add(new Case("validate indicators", List.of("validate", ROOT.resolve("indicators").toString()), null, 0));
        all.add(new Case("review indicators", List.of("review", ROOT.resolve("indicators").toString()), null, 0));
        for (String d : List.of("guangyang/2023", "kaiping/2025", "luancheng/2020", "shifeng/2023")) {
            all.add(new Case("score " + d, List.of("score", Seeds.targetsFile(d).toString(), "--actuals",
                    Seeds.actualsFile(d).toString()), null, 0));
        }
    }

    /**
     * The fixtures that load alone: their mistakes are pairing's (found when scored against their targets) or only
     * warnings and notes; validate's exit code is 0 for them, 1 for every other fixture.
     */
    private static final List<String> LOAD_ALONE = List.of("department-mismatch.yaml", "empty-target.yaml",
            "incompatible-unit.yaml", "leading-zero.yaml", "missing-actual.yaml", "missing-table-no-projects.yaml",
            "missing-table.yaml", "pairing-ok.yaml", "pairing-targets.yaml", "unknown-indicator.yaml",
            "unknown-table.yaml", "year-mismatch.yaml");

    private static int expectedExit(String fixture) {
        return LOAD_ALONE.contains(fixture) ? 0 : Main.BAD_INPUT;
    }

    /** The workbook's failure modes, made from the 广阳 template as an officer fills it. */
    private static void workbooks(List<Case> all) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("gy"));
        Files.copy(Seeds.targetsFile("guangyang/2023"), folder.resolve("targets.yaml"));
        String targets = folder.resolve("targets.yaml").toString();
        Path mist = Seeds.filledTemplate("guangyang/2023", folder);
        Seeds.edit(mist, wb -> {
            Sheet s = wb.getSheet("部门整体");
            Seeds.cell(s, Seeds.rowOf(s, "维护数量"), TemplateLayout.ACTUAL).setBlank();
            Seeds.cell(s, Seeds.rowOf(s, "全区人员满意度"), TemplateLayout.ACTUAL).setCellValue("九十二");
            Seeds.cell(s, Seeds.rowOf(s, "全年监测舆情信息数量"), TemplateLayout.ACTUAL).setCellValue("19950个");
            Seeds.cell(s, Seeds.rowOf(s, "网速达标率"), TemplateLayout.ACTUAL).setCellValue(true);
        });
        all.add(new Case("score gy-mist.xlsx", List.of("score", targets, "--actuals", mist.toString()), null, 1));
        all.add(new Case("validate gy-mist.xlsx", List.of("validate", mist.toString()), null, 1));
        all.add(new Case("score gy-mist.xlsx from stdin", List.of("score", targets, "--actuals", "-"),
                Files.readAllBytes(mist), 1));
        Path changed = Seeds.filledTemplate("guangyang/2023", Files.createDirectories(dir.resolve("changed")));
        Seeds.edit(changed, wb -> Seeds.cell(wb.getSheet("部门整体"), TemplateLayout.DEPARTMENT_ROW,
                TemplateLayout.VALUE_COL).setBlank());
        all.add(new Case("template changed", List.of("score", targets, "--actuals", changed.toString()), null, 1));
        Path foreign = dir.resolve("foreign.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = Files.newOutputStream(foreign)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        all.add(new Case("not a template", List.of("score", targets, "--actuals", foreign.toString()), null, 1));
        Path text = Files.writeString(dir.resolve("renamed.xlsx"), "这不是工作簿");
        all.add(new Case("not a workbook", List.of("score", targets, "--actuals", text.toString()), null, 1));
    }

    /** Slips on the command line, in imports and in a bureau's folders. */
    private static void slips(List<Case> all) throws IOException {
        String targets = Seeds.targetsFile("guangyang/2023").toString();
        String actuals = Seeds.actualsFile("guangyang/2023").toString();
        all.add(new Case("swapped files", List.of("score", actuals, "--actuals", targets), null, 1));
        Path fraction = Files.writeString(dir.resolve("fraction.yaml"), Files.readString(Seeds.actualsFile("guangyang/2023"))
                .replace("全区人员满意度: \"92%\"", "全区人员满意度: \"0.92\"")
                .replace("维护数量: \"90个\"", "维护数量: \"九十个\""));
        all.add(new Case("a fraction for a percent, a Chinese numeral", List.of("score", targets, "--actuals",
                fraction.toString()), null, 1));
        all.add(new Case("unknown profile", List.of("score", targets, "--actuals", actuals, "--profile", "henan"),
                null, 1));
        all.add(new Case("no such file", List.of("score", dir.resolve("nothing.yaml").toString(), "--actuals",
                actuals), null, 1));
        all.add(new Case("malformed --set", List.of("whatif", targets, "--actuals", actuals, "--set", "全年监测舆情信息数量"),
                null, Main.USAGE));
        all.add(new Case("malformed --goal", List.of("whatif", targets, "--actuals", actuals, "--goal", "满分"), null,
                Main.USAGE));
        all.add(new Case("unknown indicator in --set", List.of("whatif", targets, "--actuals", actuals, "--set",
                "部门整体/不存在的指标=1条"), null, 1));
        all.add(new Case("Chinese numeral in --set", List.of("whatif", targets, "--actuals", actuals, "--set",
                "部门整体/全年监测舆情信息数量=一万九千条"), null, 1));
        all.add(new Case("report of the wrong kind", List.of("report", targets, "--actuals", actuals, "-o",
                dir.resolve("r.pdf").toString()), null, Main.USAGE));
        all.add(new Case("output exists", List.of("import", ROOT.resolve("indicators/guangyang/2023/disclosure.txt")
                .toString(), "-o", targets), null, 1));
        Path noTable = Files.writeString(dir.resolve("notice.txt"), "关于2023年部门预算的说明\n没有绩效目标表。\n");
        all.add(new Case("import without a target table", List.of("import", noTable.toString()), null, 1));
        all.add(new Case("import from stdin", List.of("import", "-"), "关于部门预算的说明\n".getBytes(StandardCharsets.UTF_8),
                1));
        Path bureau = Files.createDirectories(dir.resolve("bureau/d1"));
        Files.copy(Seeds.targetsFile("kaiping/2025"), bureau.resolve("targets.yaml"));
        all.add(new Case("a department without actuals", List.of("review", bureau.getParent().toString()), null, 1));
        all.add(new Case("validate from stdin", List.of("validate", "-"),
                "department: x\nyear: 2023\nprojects: []\nbuget: 1\n".getBytes(StandardCharsets.UTF_8), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyFindingIsInTheLanguageAskedFor(Case c) {
        Run zh = run(c, Map.of("LANG", "zh_CN.UTF-8"));
        Run none = run(c, Map.of());
        Run en = run(c, Map.of("LANG", "zh_CN.UTF-8", "JIXIAO_LANG", "en"));
        assertThat(List.of(zh.code, none.code, en.code)).as(c + ": exit codes (zh, default, en)\n" + zh.all() + en.all())
                .containsOnly(c.exit());
        assertThat(none.all()).as("no locale is Chinese").isEqualTo(zh.all());
        List<String> zhFindings = findings(zh.all());
        List<String> enFindings = findings(en.all());
        assertThat(zhFindings).as(c + ": findings\n" + zh.all()).isNotEmpty();
        assertThat(zhFindings).as(c + ": as many findings in both languages").hasSameSizeAs(enFindings);
        zhFindings.forEach(line -> assertThat(chineseProblem(line)).as(line).isNull());
        enFindings.forEach(line -> assertThat(englishProblem(line)).as(line).isNull());
    }

    // ---- the checks -------------------------------------------------------------------------------------------

    private static final Pattern FINDING = Pattern.compile("(错误|警告|提示|error|warning|info) (KPI-\\d{4}): (.*)$");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|“[^”]*”|「[^」]*」|`[^`]*`");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[A-Za-z]{2,}(?:[ ][A-Za-z]{2,}){2,}\\b");
    /**
     * Codes whose text carries a library's or the system's own words (SnakeYAML, Drools, POI, Java, the operating
     * system's reason a folder cannot be read): Chinese around them.
     */
    private static final List<String> THIRD_PARTY = List.of("KPI-0112", "KPI-0131", "KPI-0160", "KPI-0180",
            "KPI-0201", "KPI-0210", "KPI-0331");
    /** Chinese words English messages keep: the terms of the 自评表 and the value grammar, units in examples. */
    private static final List<String> TERMS = Stream.of("项目/指标=值", "项目=执行数", "产出指标", "效益指标",
            "满意度指标", "数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "生态效益指标",
            "可持续影响指标", "服务对象满意度指标", "评（扣）分标准", "一级指标", "二级指标", "三级指标", "实际完成值",
            "年度指标值", "指标值", "不适用", "部分达成", "未达成", "达成", "全年执行数", "全年预算数", "自评得分",
            "偏离度", "预算执行率", "部门整体", "项目支出", "复核", "审核", "成本指标", "资金总额", "资金支出计划",
            "偏差原因", "未完成原因", "绩效目标表", "绩效指标描述", "项目名称", "部门名称", "预算年度", "收入总计",
            "支出总计", "合计", "分值", "自评", "指标值可能设定偏低", "指标值可能设定偏高", "无比较符按≥", "前导零", "按",
            "读取", "满意度", "产出", "效益", "优", "良", "中", "差", "万元", "元", "万", "条", "次", "个", "人", "分钟",
            "小时", "天", "期", "年", "文件", "信息", "保护文档", "项目", "专项", "完成", "低于", "不得分", "每减少",
            "扣减数量分值的", "扣减该项分值的", "增长率", "预算数", "达标得满分", "不达标不得分", "评分标准", "以上", "以下", "投诉量下降", "数量", "质量", "时效", "成本")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** Null when a Chinese finding line reads as Chinese, else what is wrong with it. */
    static String chineseProblem(String line) {
        Matcher m = FINDING.matcher(line);
        if (!m.find()) {
            return "not a finding";
        }
        if (!List.of("错误", "警告", "提示").contains(m.group(1))) {
            return "severity word '" + m.group(1) + "' is not Chinese";
        }
        String text = QUOTED.matcher(m.group(3)).replaceAll("");
        if (!HAN.matcher(text).find()) {
            return "no Chinese outside quoted values";
        }
        Matcher english = ENGLISH_PHRASE.matcher(text);
        if (!THIRD_PARTY.contains(m.group(2)) && english.find()) {
            return "an English phrase outside quoted values: " + english.group();
        }
        return null;
    }

    /** Null when an English finding line reads as English, else what is wrong with it. */
    static String englishProblem(String line) {
        Matcher m = FINDING.matcher(line);
        if (!m.find()) {
            return "not a finding";
        }
        if (!List.of("error", "warning", "info").contains(m.group(1))) {
            return "severity word '" + m.group(1) + "' is not English";
        }
        String text = QUOTED.matcher(m.group(3)).replaceAll("");
        text = text.replaceAll("(one of|known keys|present|sheets): .*$", "");
        text = text.replaceAll("\\[[^\\]]*]$", ""); // the table a scoring error is in
        if (!Pattern.compile("\\b[A-Za-z]{2,} [A-Za-z]{2,}\\b").matcher(text).find()) {
            return "no English words";
        }
        for (String term : TERMS) {
            text = text.replace(term, "");
        }
        Matcher han = Pattern.compile("\\p{IsHan}+").matcher(text);
        return han.find() ? "Chinese outside quoted values and kept terms: " + han.group() : null;
    }

    private static List<String> findings(String output) {
        return output.lines().filter(l -> l.matches(".*\\b(错误|警告|提示|error|warning|info) KPI-\\d{4}: .*")).toList();
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run run(Case c, Map<String, String> env) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new picocli.CommandLine(new Main()), c.args().toArray(String[]::new), env,
                new ByteArrayInputStream(c.stdin() == null ? new byte[0] : c.stdin()), new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
