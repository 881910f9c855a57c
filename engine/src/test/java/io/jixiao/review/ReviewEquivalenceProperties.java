package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.Derive;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import java.util.HashSet;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The packaged review rules add their findings through {@code Derive.fact} (issue 17's fourth pass): in a batch
 * session (no user rules) straight to the reader, without truth maintenance. Two properties hold them to what they
 * concluded with {@code insertLogical}: the rules as they were (test resources {@code io/jixiao/review/insert-logical/}:
 * the same rules, renamed {@code logical:…} in a package of their own) run in the same session over the same facts
 * and conclude exactly the same, rule by rule (code, location, arguments, words); and the packaged rules alone
 * conclude the same in a batch session as in a truth-maintained one.
 */
class ReviewEquivalenceProperties {

    private static final String PREFIX = "logical:";
    private static final Reviewer BOTH = new Reviewer(RuleBook.with(List.of(logicalRules())),
            ProfileLoader.load("national", null));

    private static Path logicalRules() {
        try {
            return Path.of(ReviewEquivalenceProperties.class.getResource("insert-logical").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 300)
    void insertConcludesWhatInsertLogicalConcluded(@ForAll("departments") String yaml) {
        LoadResult<DepartmentTargets> r = TargetsLoader.load("t.yaml", YamlReader.parse("t.yaml", yaml));
        Assume.that(r.findings().stream().noneMatch(Finding::isError));
        List<ReviewFinding> found = BOTH.run(r.value(), null);
        Map<String, List<Finding>> inserted = new TreeMap<>();
        Map<String, List<Finding>> logical = new TreeMap<>();
        for (ReviewFinding f : found) {
            if (f.rule().startsWith(PREFIX)) {
                logical.computeIfAbsent(f.rule().substring(PREFIX.length()), k -> new ArrayList<>()).add(f.finding());
            } else {
                inserted.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f.finding());
            }
        }
        assertThat(inserted).isEqualTo(logical);
    }

    private static final ScoringProfile NATIONAL = ProfileLoader.load("national", null);

    @Property(tries = 300)
    void aBatchConcludesWhatATruthMaintainedSessionConcludes(@ForAll("departments") String yaml) {
        LoadResult<DepartmentTargets> r = TargetsLoader.load("t.yaml", YamlReader.parse("t.yaml", yaml));
        Assume.that(r.findings().stream().noneMatch(Finding::isError));
        List<Object> facts = ReviewFacts.of(r.value(), NATIONAL);
        assertThat(conclusions(facts, Derive.Mode.BATCH)).isEqualTo(conclusions(facts, Derive.Mode.MAINTAINED));
    }

    private static java.util.Set<ReviewFinding> conclusions(List<Object> facts, Derive.Mode mode) {
        java.util.Set<ReviewFinding> found = new HashSet<>();
        RuleRun.run(RuleBook.packaged(), facts, f -> {
            if (f instanceof ReviewFinding rf) {
                found.add(rf);
            }
        }, mode);
        return found;
    }

    /** The generator makes departments the rules find things in: the property is not vacuous. */
    @Test
    void theGeneratedDepartmentsRaiseFindings() {
        String yaml = department(List.of(
                List.of(row(0, 0, "数量A", "≥0100%", null), row(0, 0, "数量A", "持续开展", "10"),
                        row(1, 4, "效益B", "有效提高", null), row(0, 3, "成本C", "≤68万", null)),
                List.of(row(0, 0, "数量A", "≥2万条", null), row(0, 7, "名称12期", "≥1期", null))), "80", true);
        LoadResult<DepartmentTargets> r = TargetsLoader.load("t.yaml", YamlReader.parse("t.yaml", yaml));
        assertThat(r.findings()).filteredOn(Finding::isError).isEmpty();
        List<ReviewFinding> found = BOTH.run(r.value(), null);
        assertThat(found).filteredOn(f -> !f.rule().startsWith(PREFIX)).extracting(f -> f.finding().code())
                .contains("KPI-0405", "KPI-0414", "KPI-0416", "KPI-0401");
        assertThat(found.stream().filter(f -> f.rule().startsWith(PREFIX)).count())
                .isEqualTo(found.stream().filter(f -> !f.rule().startsWith(PREFIX)).count());
        List<Object> facts = ReviewFacts.of(r.value(), NATIONAL);
        assertThat(conclusions(facts, Derive.Mode.BATCH)).isNotEmpty()
                .isEqualTo(conclusions(facts, Derive.Mode.MAINTAINED));
    }

    private static final String[] LEVEL1 = {"产出指标", "效益指标", "满意度指标", "部门产出"};
    private static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标",
        "服务对象满意度指标", "数量", "其他指标"};
    private static final String[] NAMES = {"数量A", "覆盖率B", "响应时间", "成本C", "满意度", "名称12期", "编写2024年报"};
    private static final String[] TARGETS = {"≥2万条", "≥0100%", "≥95%", "120%", "≤30万元", "≤68万", "≥0", "持续开展",
        "有效提高", "优.良.中.差", "30分钟", "≥10", "≤0.5小时", "80–94%", "≥1期", "≥12期", "100", "优", "完成", "不适用",
        "≤20", "≥0,100条", "=24小时", "≤120万元"};

    private static String row(int level1, int level2, String name, String target, String points) {
        return "      - id: ID\n        level1: " + LEVEL1[level1] + "\n        level2: " + LEVEL2[level2] + "\n        name: \"" + name
                + "\"\n        target: \"" + target + "\"\n" + (points == null ? "" : "        points: " + points + "\n");
    }

    /** Tables of rows (each with an id), the first the 部门整体 table; projects have a budget and maybe a spending plan. */
    private static String department(List<List<String>> tables, String budget, boolean plan) {
        StringBuilder y = new StringBuilder("department: 测试\nyear: 2024\nbudget: 100\nprojectBudget: " + budget
                + "\noverall:\n  indicators:\n");
        tables.get(0).forEach(r -> y.append(r.replace("\n      ", "\n    ").replaceFirst("^      ", "    ")));
        if (tables.size() > 1) {
            y.append("projects:\n");
        }
        for (int k = 1; k < tables.size(); k++) {
            y.append("  - name: 项目").append(k).append("\n    budget: ").append(10 * k).append('\n');
            if (plan) {
                y.append("    spendingPlan: {3月底: 25%, 6月底: ").append(k == 1 ? "20%" : "50%")
                        .append(", 12月底: ").append(k == 2 ? "90%" : "100%").append("}\n");
            }
            y.append("    indicators:\n");
            tables.get(k).forEach(y::append);
        }
        // every row an id of its own: rows of one name are kept apart by them (else a loading error, KPI-0106)
        String text = y.toString();
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (int at = text.indexOf("id: ID"), from = 0; ; at = text.indexOf("id: ID", from)) {
            if (at < 0) {
                return out.append(text, from, text.length()).toString();
            }
            out.append(text, from, at).append("id: r").append(++n);
            from = at + "id: ID".length();
        }
    }

    @Provide
    Arbitrary<String> departments() {
        Arbitrary<String> points = Arbitraries.of("5", "10", "30", "0.5").injectNull(0.6);
        Arbitrary<String> row = Combinators.combine(Arbitraries.integers().between(0, LEVEL1.length - 1),
                Arbitraries.integers().between(0, LEVEL2.length - 1), Arbitraries.of(NAMES), Arbitraries.of(TARGETS),
                points).as(ReviewEquivalenceProperties::row);
        Arbitrary<List<String>> table = row.list().ofMinSize(1).ofMaxSize(9);
        return Combinators.combine(table.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("10", "30", "5"),
                Arbitraries.of(true, false)).as(ReviewEquivalenceProperties::department);
    }
}
