package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review of the four real departments (indicators/): what a finance officer is told about the published
 * targets, asserted code by code and line by line (CODE@line, in file order), and about the illustrative
 * self-evaluations beside them. Rows are located at their first line ("- level1:" or "- id:").
 */
class SeedReviewTest {

    static final Path INDICATORS = repoRoot().resolve("indicators");

    @Test
    void guangyang() {
        Review r = review("guangyang/2023");
        // the qualitative 效益 targets 有效改善 / 有效提高 / 可持续 state no criterion; the project's 24小时
        // (监测时长) has no comparator — the 部门整体 table writes =24小时 for the same indicator
        assertThat(r.targets()).containsExactly("KPI-0405@71", "KPI-0405@79", "KPI-0405@88", "KPI-0405@96",
                "KPI-0407@130", "KPI-0405@143", "KPI-0405@150", "KPI-0405@158", "KPI-0405@200", "KPI-0405@207",
                "KPI-0405@215");
        assertThat(r.message("KPI-0407@130")).isEqualTo("indicator '舆情信息监测时长': target '24小时' has no comparator,"
                + " so it is not clear whether it is a minimum or a limit (scored as ≥)");
        // the illustrative outcomes stay within 30% of every target and spend 94–98% of each budget
        assertThat(r.selfEvaluation()).isEmpty();
    }

    @Test
    void kaiping() {
        Review r = review("kaiping/2025");
        // ≤68万 (the other tables write 万元): read as 68万元, flagged for its missing unit
        assertThat(r.targets()).containsExactly("KPI-0408@161");
        assertThat(r.message("KPI-0408@161")).isEqualTo("indicator '项目总成本': target '≤68万' has no unit");
        // 资源消耗 3% under <5%: (5 − 3) / 5 = 40%; 生产效率提高率 8% over ≥5%: (8 − 5) / 5 = 60%
        // 偏离度 is scoring's finding (KPI-0308), found once in an evaluation, not again by the 审核
        assertThat(r.selfEvaluation()).isEmpty();
        Review e = evaluated("kaiping/2025", "KPI-0308");
        assertThat(e.selfEvaluation()).containsExactly("KPI-0308@17", "KPI-0308@43");
        assertThat(e.message("KPI-0308@17")).endsWith("40% beyond the target '<5%' (flag at 30%) — 指标值可能设定偏高");
        assertThat(e.message("KPI-0308@43")).endsWith("60% beyond the target '≥5%' (flag at 30%) — 指标值可能设定偏低");
    }

    @Test
    void luancheng() {
        Review r = review("luancheng/2020");
        // nine two-row tables: no 满意度 anywhere and three of 数量/质量/时效/成本 missing in each (one finding per
        // table listing them); text and 优.良.中.差 scales as targets; ≥10 and ≥1000 without unit; ≥0100%;
        // 加强正面宣传 twice in 网站和新媒体业务
        assertThat(r.targets()).containsExactly(
                "KPI-0401@11", "KPI-0402@11", "KPI-0404@18",
                "KPI-0401@27", "KPI-0402@27", "KPI-0408@34", "KPI-0406@40",
                "KPI-0401@45", "KPI-0402@45", "KPI-0414@52",
                "KPI-0401@61", "KPI-0402@61", "KPI-0406@68", "KPI-0406@74",
                "KPI-0401@79", "KPI-0402@79", "KPI-0408@86",
                "KPI-0401@97", "KPI-0402@97", "KPI-0406@104", "KPI-0406@110",
                "KPI-0401@115", "KPI-0402@115", "KPI-0406@122", "KPI-0406@128",
                "KPI-0401@133", "KPI-0402@133", "KPI-0408@140",
                "KPI-0401@151", "KPI-0402@151", "KPI-0404@159", "KPI-0416@166");
        assertThat(r.message("KPI-0402@11")).isEqualTo("table '互联网传播精品生产扶持': 产出指标 has no 二级指标 数量/时效/成本");
        assertThat(r.message("KPI-0414@52")).startsWith("indicator '及时足额发放': target '≥0100%' is malformed");
        assertThat(r.hint("KPI-0414@52")).isEqualTo("Maybe write ≥100%");
        assertThat(r.message("KPI-0406@68")).isEqualTo("indicator '进一步加强应急值守力量': target '优.良.中.差' is a grading"
                + " scale, not a target");
        assertThat(r.message("KPI-0416@166")).isEqualTo("indicator '加强正面宣传' appears twice in table '网站和新媒体业务'"
                + " (first at line 159)");
        // 互联网专业培训 spent 6.2 of 10: 62%, above the 60% floor
        assertThat(r.selfEvaluation()).isEmpty();
    }

    @Test
    void shifeng() {
        Review r = review("shifeng/2023");
        assertThat(r.targets()).containsExactly("KPI-0409@22", "KPI-0407@49", "KPI-0412@54", "KPI-0405@63",
                "KPI-0405@72", "KPI-0417@96", "KPI-0409@107", "KPI-0417@107", "KPI-0404@113", "KPI-0405@135",
                "KPI-0405@147", "KPI-0404@173", "KPI-0405@195", "KPI-0405@208", "KPI-0416@208");
        // the cost target of the 部门整体 table matches neither the 资金总额 nor the 项目支出
        assertThat(r.message("KPI-0412@54")).isEqualTo("table '部门整体': the 成本指标 targets add up to 49.92万元, not its"
                + " 资金总额 51.8万元 or the 项目支出 18万元");
        // 编写《石峰舆情》12期: ≥1期 in 部门整体, ≥12期 in the project; 开展网评员培训2次: 2次 and 1次
        assertThat(r.message("KPI-0409@22")).isEqualTo("indicator '编写《石峰舆情》12期' names 12期 but its target is '≥1期'");
        assertThat(r.message("KPI-0417@96")).isEqualTo("indicator '编写《石峰舆情》12期' has the target '≥12期' in"
                + " '业务性专项经费' but '≥1期' in the 部门整体 table (line 22)");
        assertThat(r.message("KPI-0417@107")).isEqualTo("indicator '开展网评员培训2次' has the target '1次' in"
                + " '业务性专项经费' but '2次' in the 部门整体 table (line 30)");
        assertThat(r.message("KPI-0407@49")).startsWith("indicator '1年': target '1年' has no comparator");
        assertThat(r.message("KPI-0404@113")).endsWith("(质量指标) has the text target '持续开展', which cannot be measured");
        assertThat(r.message("KPI-0416@208")).isEqualTo("indicator '加强对网络突发事件的应急处置能力' appears twice in table"
                + " '网络安全应急实战演练工作经费' (first at line 173)");
        // 12期 against ≥1期: 1100% beyond; 2次 against 1次 (no comparator: ≥): 100%
        assertThat(r.selfEvaluation()).isEmpty();
        Review e = evaluated("shifeng/2023", "KPI-0308");
        assertThat(e.selfEvaluation()).containsExactly("KPI-0308@11", "KPI-0308@30");
        assertThat(e.message("KPI-0308@11")).contains("1100% beyond the target '≥1期'");
    }

    @Test
    void guangyang2024TheIllustrativeYearDisagreesWithItsProjectsWhereOnlyOneSideChanged() {
        Review r = review("guangyang/2024");
        // the 部门整体 table lowered 全年监测舆情信息数量 to ≥1.8万条 while its project keeps ≥20000条; the platform
        // project lowered 维护数量 to ≥85个 while the 部门整体 table keeps ≥90个
        assertThat(r.all()).filteredOn(f -> f.code().equals("KPI-0417"))
                .extracting(f -> f.message().substring(0, f.message().indexOf("' has")))
                .containsExactly("indicator '全年监测舆情信息数量", "indicator '维护数量");
    }

    @Test
    void reviewFindingsAreWarningsOrNotes() {
        for (String d : List.of("guangyang/2023", "guangyang/2024", "kaiping/2025", "luancheng/2020", "shifeng/2023")) {
            assertThat(review(d).all()).extracting(Finding::severity).doesNotContain(Severity.ERROR);
        }
    }

    @Test
    void everyDepartmentFolderIsCovered() throws IOException {
        try (var s = Files.walk(INDICATORS, 2)) {
            assertThat(s.filter(p -> Files.isRegularFile(p.resolve("targets.yaml")))
                    .map(p -> INDICATORS.relativize(p).toString().replace('\\', '/')).sorted())
                    .containsExactly("guangyang/2023", "guangyang/2024", "kaiping/2025", "luancheng/2020", "shifeng/2023");
        }
    }

    /** A department's review split by file: the targets' findings and the self-evaluation's. */
    record Review(List<Finding> all, String targetsFile) {

        List<String> targets() {
            return all.stream().filter(f -> f.location().file().equals(targetsFile)).map(Review::key).toList();
        }

        List<String> selfEvaluation() {
            return all.stream().filter(f -> !f.location().file().equals(targetsFile)).map(Review::key).toList();
        }

        String message(String key) {
            return find(key).message();
        }

        String hint(String key) {
            return find(key).hint();
        }

        private Finding find(String key) {
            return all.stream().filter(f -> key(f).equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
        }

        static String key(Finding f) {
            return f.code() + "@" + f.location().line();
        }
    }

    /** The department evaluated by the pipeline, keeping the findings of one code. */
    static Review evaluated(String department, String code) {
        Path folder = INDICATORS.resolve(department);
        io.jixiao.pipeline.Evaluation e = new io.jixiao.pipeline.Pipeline(io.jixiao.pipeline.Options.defaults())
                .evaluate(io.jixiao.load.Source.file(folder.resolve("targets.yaml")),
                        io.jixiao.load.Source.file(folder.resolve("actuals-example.yaml")));
        return new Review(e.findings().stream().filter(f -> f.code().equals(code)).toList(),
                folder.resolve("targets.yaml").toString());
    }

    static Review review(String department) {
        Path folder = INDICATORS.resolve(department);
        DepartmentTargets t = TargetsLoader.load(folder.resolve("targets.yaml")).orThrow();
        DepartmentActuals a = ActualsLoader.load(folder.resolve("actuals-example.yaml")).orThrow();
        return new Review(Fixtures.REVIEWER.review(t, a), folder.resolve("targets.yaml").toString());
    }

    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators")) && Files.isDirectory(p.resolve("rules"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder with indicators/ and rules/ above " + Path.of("").toAbsolutePath());
    }
}
