package io.jixiao.scoring;

import static io.jixiao.problem.InLanguage.zh;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small department built in memory for scoring tests: tables and indicator rows are added fluently,
 * rendered as targets and actuals YAML text, and go through the real path (YamlReader.parse →
 * TargetsLoader/ActualsLoader → Scorer with the packaged Drools rules).
 *
 * <pre>
 * DepartmentScore s = TestDepartment.create().project("P")
 *         .output("数量指标", "监测数量", "≥2万条").deduction("每减少10条，扣减数量分值的1%").actual("19950条")
 *         .score();
 * </pre>
 *
 * A project without {@code budget}/{@code spent} drops BUDGET (docs/scoring.md#weights), so a single-indicator project
 * gives that indicator all 100 points: the score is then 100 × its fraction.
 */
public final class TestDepartment {

    public static final String NAME = "测试部门";
    public static final int YEAR = 2023;
    public static final String PROJECT = "测试项目";

    private final List<Table> tables = new ArrayList<>();
    private String departmentBudget;
    private Table table;
    private Row row;

    private TestDepartment() {
    }

    public static TestDepartment create() {
        return new TestDepartment();
    }

    /**
     * One project ({@link #PROJECT}) holding one 产出指标 row, without budget: the row has all 100 points.
     *
     * @param deduction 评（扣）分标准 text, or null
     * @param actual    the actual, or null for none
     */
    public static TestDepartment single(String level2, String target, String deduction, String actual) {
        TestDepartment d = create().project(PROJECT).output(level2, "指标", target);
        if (deduction != null) {
            d.deduction(deduction);
        }
        if (actual != null) {
            d.actual(actual);
        }
        return d;
    }

    // ---- building -------------------------------------------------------------------------------

    /** Starts the department-wide table; {@link #budget} then sets the department's budget. */
    public TestDepartment overall() {
        table = new Table(true, "部门整体");
        tables.add(table);
        row = null;
        return this;
    }

    public TestDepartment project(String name) {
        table = new Table(false, name);
        tables.add(table);
        row = null;
        return this;
    }

    /** 万元: the current project's budget, or the department's when the current table is overall. */
    public TestDepartment budget(String budget) {
        if (table.overall) {
            departmentBudget = budget;
        } else {
            table.budget = budget;
        }
        return this;
    }

    public TestDepartment spent(String spent) {
        table.spent = spent;
        return this;
    }

    /** The current table's 预算执行率 分值 in the targets (budgetPoints: docs/scoring.md#given-points). */
    public TestDepartment budgetPoints(String points) {
        table.budgetPoints = points;
        return this;
    }

    /** The current table's 全年预算数 in the actuals (adjustedBudget: docs/scoring.md#adjusted-budget), 万元. */
    public TestDepartment adjustedBudget(String adjusted) {
        table.adjusted = adjusted;
        return this;
    }

    /** A 自评得分 claimed in the current table's actuals, by indicator key (or 预算执行率). */
    public TestDepartment selfScore(String key, String claimed) {
        table.selfScores.put(key, claimed);
        return this;
    }

    public TestDepartment row(String level1, String level2, String name, String target) {
        Objects.requireNonNull(table, "add a project or overall() first");
        row = new Row(level1, level2, name, target);
        table.rows.add(row);
        return this;
    }

    /** A 产出指标 row. */
    public TestDepartment output(String level2, String name, String target) {
        return row("产出指标", level2, name, target);
    }

    /** A 效益指标 row. */
    public TestDepartment outcome(String level2, String name, String target) {
        return row("效益指标", level2, name, target);
    }

    /** A 满意度指标 row. */
    public TestDepartment satisfaction(String name, String target) {
        return row("满意度指标", "服务对象满意度指标", name, target);
    }

    /** 评（扣）分标准 as text. */
    public TestDepartment deduction(String text) {
        row.deduction = quote(text);
        return this;
    }

    /** 评（扣）分标准 in structured form, as YAML flow text: {@code {per: 10, unit: 条, deduct: 1%}}. */
    public TestDepartment deductionYaml(String flow) {
        row.deduction = flow;
        return this;
    }

    public TestDepartment points(String points) {
        row.points = points;
        return this;
    }

    public TestDepartment actual(String actual) {
        row.actual = actual;
        return this;
    }

    // ---- YAML -----------------------------------------------------------------------------------

    public String targetsYaml() {
        StringBuilder y = new StringBuilder();
        y.append("department: ").append(quote(NAME)).append('\n');
        y.append("year: ").append(YEAR).append('\n');
        if (departmentBudget != null) {
            y.append("budget: ").append(departmentBudget).append('\n');
        }
        tables.stream().filter(t -> t.overall).forEach(t -> {
            y.append("overall:\n");
            if (t.budgetPoints != null) {
                y.append("  budgetPoints: ").append(t.budgetPoints).append('\n');
            }
            y.append("  indicators:\n");
            t.rows.forEach(r -> r.target(y, "    "));
        });
        List<Table> projects = tables.stream().filter(t -> !t.overall).toList();
        if (!projects.isEmpty()) {
            y.append("projects:\n");
            for (Table t : projects) {
                y.append("  - name: ").append(quote(t.name)).append('\n');
                if (t.budget != null) {
                    y.append("    budget: ").append(t.budget).append('\n');
                }
                if (t.budgetPoints != null) {
                    y.append("    budgetPoints: ").append(t.budgetPoints).append('\n');
                }
                y.append("    indicators:\n");
                t.rows.forEach(r -> r.target(y, "      "));
            }
        }
        return y.toString();
    }

    public String actualsYaml() {
        StringBuilder y = new StringBuilder();
        y.append("department: ").append(quote(NAME)).append('\n');
        y.append("year: ").append(YEAR).append('\n');
        tables.stream().filter(t -> t.overall).forEach(t -> {
            y.append("overall:\n");
            t.actuals(y, "  ");
        });
        List<Table> projects = tables.stream().filter(t -> !t.overall).toList();
        if (!projects.isEmpty()) {
            y.append("projects:\n");
            for (Table t : projects) {
                y.append("  - name: ").append(quote(t.name)).append('\n');
                t.actuals(y, "    ");
            }
        }
        return y.toString();
    }

    // ---- loading and scoring ----------------------------------------------------------------------

    public LoadResult<DepartmentTargets> loadTargets(boolean lenient) {
        return TargetsLoader.load("targets.yaml", YamlReader.parse("targets.yaml", targetsYaml()), lenient);
    }

    public DepartmentTargets targets() {
        return loadTargets(false).orThrow();
    }

    public DepartmentActuals actuals() {
        return ActualsLoader.load("actuals.yaml", YamlReader.parse("actuals.yaml", actualsYaml())).orThrow();
    }

    /** Scored with the packaged rules and the national profile. */
    public DepartmentScore score() {
        return score("national", false);
    }

    /** Scored with a built-in profile name (or a profile file path). */
    public DepartmentScore score(String profile) {
        return score(profile, false);
    }

    /** Scored with --allow-missing. */
    public DepartmentScore scoreAllowingMissing() {
        return score("national", true);
    }

    public DepartmentScore score(String profile, boolean allowMissing) {
        return scorer(profile).score(targets(), actuals(), allowMissing);
    }

    public static Scorer scorer(String profile) {
        return new Scorer(RuleBook.packaged(), ProfileLoader.load(profile, null));
    }

    /** Scored with a profile loaded from a file. */
    public DepartmentScore score(Path profileFile) {
        return new Scorer(RuleBook.packaged(), ProfileLoader.load(profileFile.toString(), null))
                .score(targets(), actuals(), false);
    }

    /**
     * Every fact the packaged rules hold after one session over this department's cases (national profile):
     * the cases, the {@link IndicatorResult}s and {@link CaseFinding}s the rules derived.
     */
    public List<Object> fire() {
        ScoringProfile profile = ProfileLoader.load("national", null);
        DepartmentTargets t = targets();
        DepartmentActuals a = actuals();
        List<Object> facts = new ArrayList<>();
        facts.add(profile);
        for (var table : t.tables()) {
            var actuals = table.kind() == io.jixiao.model.TableKind.OVERALL ? a.overall()
                    : a.project(table.name()).orElse(null);
            facts.addAll(PreparedTable.of(t, table, actuals, profile).cases().values());
        }
        return io.jixiao.rules.RuleRun.run(RuleBook.packaged(), facts);
    }

    // ---- the seed departments ---------------------------------------------------------------------

    /** The repository root (holding indicators/ and rules/), found upwards from the working directory. */
    public static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators")) && Files.isDirectory(p.resolve("rules"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }

    /** indicators/{@code folder} (e.g. "guangyang/2023"). */
    public static Path seed(String folder) {
        return repoRoot().resolve("indicators").resolve(folder);
    }

    /** A seed department scored from its targets.yaml and actuals-example.yaml (national profile). */
    public static DepartmentScore scoreSeed(String folder) {
        DepartmentTargets t = TargetsLoader.load(seed(folder).resolve("targets.yaml")).orThrow();
        DepartmentActuals a = ActualsLoader.load(seed(folder).resolve("actuals-example.yaml")).orThrow();
        return scorer("national").score(t, a, false);
    }

    // ---- reading results ------------------------------------------------------------------------

    /** The one indicator of a {@link #single} department. */
    public static IndicatorScore only(DepartmentScore d) {
        return d.projects().get(0).indicators().get(0);
    }

    /** The indicator named {@code key} in the first table that has it. */
    public static IndicatorScore indicator(DepartmentScore d, String key) {
        return d.tables().stream().flatMap(t -> t.indicators().stream()).filter(i -> i.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + key));
    }

    public static IndicatorScore indicator(TableScore t, String key) {
        return t.indicators().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + key + " in " + t.name()));
    }

    public static TableScore table(DepartmentScore d, String name) {
        return d.tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    /** Codes of every finding of the department and its tables, in order. */
    public static List<String> codes(DepartmentScore d) {
        List<String> codes = new ArrayList<>();
        d.findings().forEach(f -> codes.add(f.code()));
        d.tables().forEach(t -> t.findings().forEach(f -> codes.add(f.code())));
        return codes;
    }

    public static List<Finding> findings(DepartmentScore d) {
        List<Finding> all = new ArrayList<>(d.findings());
        d.tables().forEach(t -> all.addAll(t.findings()));
        return all;
    }

    /**
     * Checks a number against a hand-worked expectation: {@code "95"} or {@code "12.434"} must match exactly;
     * {@code "≈96.7742"} (a non-terminating value) must match after HALF_UP rounding to the places written.
     */
    public static void assertNumber(BigDecimal actual, String expected) {
        if (expected.startsWith("≈")) {
            BigDecimal e = new BigDecimal(expected.substring(1));
            assertThat(actual.setScale(e.scale(), RoundingMode.HALF_UP))
                    .as("%s rounded to %d places", actual, e.scale()).isEqualByComparingTo(e);
        } else {
            assertThat(actual).isEqualByComparingTo(new BigDecimal(expected));
        }
    }

    /** An indicator line: the rule that scored it, its status, its score and words of its explanation. */
    public static void assertLine(IndicatorScore line, String rule, Status status, String score, String... explains) {
        assertThat(line.rule()).as("rule of %s", line.key()).isEqualTo(rule);
        assertThat(line.status()).as("status of %s", line.key()).isEqualTo(status);
        assertNumber(line.score(), score);
        for (String e : explains) {
            assertThat(zh(() -> line.explanation())).contains(e);
        }
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final class Table {
        final boolean overall;
        final String name;
        final List<Row> rows = new ArrayList<>();
        String budget;
        String spent;
        String adjusted;
        String budgetPoints;
        final java.util.Map<String, String> selfScores = new java.util.LinkedHashMap<>();

        Table(boolean overall, String name) {
            this.overall = overall;
            this.name = name;
        }

        void actuals(StringBuilder y, String indent) {
            if (spent != null) {
                y.append(indent).append("spent: ").append(spent).append('\n');
            }
            if (adjusted != null) {
                y.append(indent).append("adjustedBudget: ").append(adjusted).append('\n');
            }
            if (!selfScores.isEmpty()) {
                y.append(indent).append("selfScores:\n");
                selfScores.forEach((k, v) -> y.append(indent).append("  ").append(quote(k)).append(": ").append(v)
                        .append('\n'));
            }
            y.append(indent).append("actuals:");
            List<Row> given = rows.stream().filter(r -> r.actual != null).toList();
            if (given.isEmpty()) {
                y.append(" {}\n");
                return;
            }
            y.append('\n');
            given.forEach(r -> y.append(indent).append("  ").append(quote(r.name)).append(": ").append(quote(r.actual))
                    .append('\n'));
        }
    }

    private static final class Row {
        final String level1;
        final String level2;
        final String name;
        final String target;
        String deduction;
        String points;
        String actual;

        Row(String level1, String level2, String name, String target) {
            this.level1 = level1;
            this.level2 = level2;
            this.name = name;
            this.target = target;
        }

        void target(StringBuilder y, String indent) {
            y.append(indent).append("- level1: ").append(quote(level1)).append('\n');
            y.append(indent).append("  level2: ").append(quote(level2)).append('\n');
            y.append(indent).append("  name: ").append(quote(name)).append('\n');
            y.append(indent).append("  target: ").append(quote(target)).append('\n');
            if (deduction != null) {
                y.append(indent).append("  deduction: ").append(deduction).append('\n');
            }
            if (points != null) {
                y.append(indent).append("  points: ").append(points).append('\n');
            }
        }
    }
}
