package io.jixiao.tools.generate;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.Scorer;
import io.jixiao.scoring.TableScore;
import io.jixiao.tools.generate.Draft.Row;
import io.jixiao.tools.generate.Draft.Table;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Synthetic but realistic departments for load and scale tests (jixiao generate). Department {@code i}
 * depends only on the seed, {@code i} and the indicator count, so the same seed gives the same bytes
 * whatever the number of departments or threads. Every department loads without errors and scores; its
 * 自评得分 (selfScores) are the recomputed scores, except for a few deliberate over- and under-claims.
 */
public final class Generator {

    public static final int YEAR = 2024;
    private static final int PLACES = Vocabulary.PLACE_FIRST.size() * Vocabulary.PLACE_SECOND.size()
            * Vocabulary.PLACE_KIND.size();

    private final long seed;
    private final int indicators;
    private final Scorer scorer;

    /** @param indicators indicators per department, at least 2 */
    public Generator(long seed, int indicators) {
        if (indicators < 2) {
            throw new IllegalArgumentException("a department needs at least 2 indicators (产出 and 效益)");
        }
        this.seed = seed;
        this.indicators = indicators;
        this.scorer = new Scorer(RuleBook.packaged(), ProfileLoader.load(ProfileLoader.DEFAULT, null));
    }

    /** A generated department: its folder name and the two files' text. */
    public record Department(String folder, String name, String targetsYaml, String actualsYaml) {
    }

    /**
     * Department {@code index}'s progress at a monitoring (jixiao generate --progress): a progress.yaml of the same
     * department and year, at a month from 3 to 9, built from its outcomes by a random state of its own — so that its
     * targets and actuals are the same bytes whether or not it is written. It loads and pairs with the targets without
     * errors (checked as it is made).
     */
    public String progress(int index, int count) {
        Draft d = draft(index);
        Random rng = new Random(seed * 0x632BE59BD9B4E019L + index * 0x85157AF5L + 7);
        int month = 3 + rng.nextInt(7);
        String text = YamlWriter.progress(d, "# SYNTHETIC progress at a monitoring, made by `jixiao generate --seed " + seed
                + " --indicators " + indicators + " --progress` (department " + (index + 1) + ") — not real data.\n",
                rng, month);
        String folder = folder(index, count);
        DepartmentTargets t = TargetsLoader.load(folder + "/targets.yaml",
                YamlReader.parse(folder + "/targets.yaml", YamlWriter.targets(d, header(index)))).orThrow();
        LoadResult<io.jixiao.model.DepartmentProgress> p = io.jixiao.load.ProgressLoader.load(folder + "/progress.yaml",
                YamlReader.parse(folder + "/progress.yaml", text));
        List<Finding> errors = new ArrayList<>(p.findings().stream().filter(Finding::isError).toList());
        if (errors.isEmpty()) {
            io.jixiao.load.ProgressPairing.pair(t, p.value()).findings().stream().filter(Finding::isError)
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("generated progress does not load: " + errors.get(0).render());
        }
        return text;
    }

    /** An indicator of a {@link #flippable} department: its table, its name, and its two actuals. */
    public record Flip(String table, String key, String low, String high) {
    }

    /** A department for benchmarks and its indicators in file order, each with the actual that flips it. */
    public record Flippable(Department department, List<Flip> flips) {
    }

    /** The folder name of department {@code index} out of {@code count}: d0001, d0002, … */
    public static String folder(int index, int count) {
        int width = Math.max(4, Integer.toString(count).length());
        return "d" + String.format("%0" + width + "d", index + 1);
    }

    public Department department(int index, int count) {
        Draft d = draft(index);
        String folder = folder(index, count);
        String targets = YamlWriter.targets(d, header(index));
        String withoutClaims = YamlWriter.actuals(d, header(index), new LinkedHashMap<>());
        DepartmentScore score = score(folder, targets, withoutClaims);
        String actuals = YamlWriter.actuals(d, header(index), claims(d, score));
        return new Department(folder, d.department(), targets, actuals);
    }

    /**
     * Department {@code index} with its indicators in {@code tables} project tables of equal size (no 部门整体
     * table and no 自评得分), for benchmarks that flip one indicator at a time: each indicator has an actual
     * that falls short of its target ({@link Flip#low}) and one that meets it ({@link Flip#high}). Every other
     * indicator, starting with the first, is short of its target in the actuals. No cost row (its actual is
     * the money spent, nothing to flip). Loads and scores without errors, like every generated department.
     */
    public Flippable flippable(int index, int tables) {
        if (tables < 1 || tables > indicators) {
            throw new IllegalArgumentException("need 1 to " + indicators + " tables, not " + tables);
        }
        Draft d = draft(index, tables);
        List<Flip> flips = new ArrayList<>();
        List<Table> projects = new ArrayList<>();
        for (Table t : d.projects()) {
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                rows.add(flips.size() % 2 == 0 ? r.withActual(r.shortOf()) : r);
                flips.add(new Flip(t.name(), r.name(), r.shortOf(), r.actual()));
            }
            projects.add(new Table(t.name(), t.code(), t.budget(), t.spent(), rows));
        }
        Draft start = new Draft(d.index(), d.department(), d.code(), d.year(), d.budget(), d.projectBudget(), null,
                projects);
        String folder = folder(index, index + 1);
        String targets = YamlWriter.targets(start, header(index));
        String actuals = YamlWriter.actuals(start, header(index), new LinkedHashMap<>());
        score(folder, targets, actuals);
        return new Flippable(new Department(folder, d.department(), targets, actuals), List.copyOf(flips));
    }

    private String header(int index) {
        return "# SYNTHETIC department made by `jixiao generate --seed " + seed + " --indicators " + indicators
                + "` (department " + (index + 1) + ") — not real data.\n";
    }

    /** Loads and scores the generated text; any error is a bug of the generator. */
    private DepartmentScore score(String folder, String targets, String actuals) {
        LoadResult<DepartmentTargets> t = TargetsLoader.load(folder + "/targets.yaml",
                YamlReader.parse(folder + "/targets.yaml", targets));
        LoadResult<DepartmentActuals> a = ActualsLoader.load(folder + "/actuals.yaml",
                YamlReader.parse(folder + "/actuals.yaml", actuals));
        List<Finding> errors = new ArrayList<>(t.findings().stream().filter(Finding::isError).toList());
        a.findings().stream().filter(Finding::isError).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("generated department does not load: " + errors.get(0).render());
        }
        DepartmentScore s = scorer.score(t.value(), a.value(), false);
        if (s.hasErrors()) {
            throw new IllegalStateException("generated department does not score: " + s.tables().stream()
                    .flatMap(x -> x.findings().stream()).filter(Finding::isError).findFirst()
                    .map(Finding::render).orElse("?"));
        }
        return s;
    }

    /** selfScores by table name (null for overall) and indicator, from the recomputed scores. */
    private static Map<String, Map<String, BigDecimal>> claims(Draft d, DepartmentScore score) {
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();
        if (d.overall() != null) {
            tables.add(d.overall());
        }
        tables.addAll(d.projects());
        List<TableScore> scored = score.tables();
        for (int t = 0; t < tables.size(); t++) {
            Map<String, IndicatorScore> byKey = scored.get(t).indicators().stream()
                    .collect(Collectors.toMap(IndicatorScore::key, i -> i, (x, y) -> x, LinkedHashMap::new));
            Map<String, BigDecimal> claims = new LinkedHashMap<>();
            for (Row r : tables.get(t).rows()) {
                IndicatorScore s = byKey.get(r.name());
                BigDecimal recomputed = Numbers.round(s.score());
                BigDecimal full = Numbers.round(s.points());
                BigDecimal claim = switch (r.claim()) {
                    case NONE -> null;
                    case HONEST -> recomputed;
                    case OVER -> full;
                    case UNDER -> Numbers.round(recomputed.multiply(new BigDecimal("0.9")));
                };
                if (claim != null && s.status() != io.jixiao.scoring.Status.NA) {
                    claims.put(r.name(), claim.stripTrailingZeros().scale() < 0 ? claim.setScale(0)
                            : claim.stripTrailingZeros());
                }
            }
            out.put(tables.get(t).name(), claims);
        }
        return out;
    }

    // ---- the department's shape -----------------------------------------------------------------

    Draft draft(int index) {
        return draft(index, 0);
    }

    /**
     * {@code tables} 0: a department's usual shape (tables of about 8–12 rows, sometimes a 部门整体 table);
     * otherwise that many project tables of equal size whose rows can be flipped ({@link #flippable}).
     */
    private Draft draft(int index, int tables) {
        Random rng = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 1);
        RowMaker rows = new RowMaker(rng);
        rows.weakness(Math.pow(rng.nextDouble(), 1.5));
        String place = place(index);
        String office = rows.pick(Vocabulary.OFFICES);
        String department = office.formatted(Vocabulary.CITY + place)
                + (index >= PLACES ? "（" + (index / PLACES + 1) + "）" : "");
        String code = String.format("4%05d", index % 100000);
        List<Integer> sizes = tables == 0 ? sizes(rng, rows) : equalSizes(tables);
        boolean overall = tables == 0 && sizes.size() > 1 && indicators >= 16 && rows.chance(0.35);
        int projectsCount = overall ? sizes.size() - 1 : sizes.size();
        List<String> names = projectNames(rows, projectsCount);
        List<BigDecimal> budgets = new ArrayList<>();
        for (int p = 0; p < projectsCount; p++) {
            double u = rng.nextDouble();
            budgets.add(RowMaker.dec(5 + 295 * u * u, 2).setScale(2, RoundingMode.HALF_UP));
        }
        BigDecimal projectBudget = budgets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budget = projectBudget.multiply(BigDecimal.valueOf(rows.uniform(1.3, 3.0)))
                .setScale(2, RoundingMode.HALF_UP);
        Table overallTable = null;
        int s = 0;
        if (overall) {
            overallTable = table(rows, null, null, budget, sizes.get(s++), "部门", false);
        }
        List<Table> projects = new ArrayList<>();
        for (int p = 0; p < projectsCount; p++) {
            String projectCode = code + "P" + (YEAR % 100) + String.format("%03d", p + 1);
            projects.add(table(rows, names.get(p), projectCode, budgets.get(p), sizes.get(s++), "", tables > 0));
        }
        return new Draft(index, department, code, YEAR, budget, projectBudget, overallTable, projects);
    }

    /** A unique place for each index below {@link #PLACES}: the index walks a permutation set by the seed. */
    private String place(int index) {
        int n = Math.floorMod(index * 7919L + seed, PLACES);
        int kinds = Vocabulary.PLACE_KIND.size();
        int seconds = Vocabulary.PLACE_SECOND.size();
        return Vocabulary.PLACE_FIRST.get(n / (seconds * kinds)) + Vocabulary.PLACE_SECOND.get(n / kinds % seconds)
                + Vocabulary.PLACE_KIND.get(n % kinds);
    }

    /** Table sizes adding up to the indicator count: tables of about 8–12 rows, at least 3 each when possible. */
    private List<Integer> sizes(Random rng, RowMaker rows) {
        int m = indicators;
        int tables = m <= 12 ? 1 : Math.max(1, (int) Math.round(m / rows.uniform(8, 12)));
        int[] sizes = new int[tables];
        for (int t = 0; t < tables; t++) {
            sizes[t] = m / tables + (t < m % tables ? 1 : 0);
        }
        for (int j = 0; j < tables; j++) {
            int a = rng.nextInt(tables);
            int b = rng.nextInt(tables);
            int k = rng.nextInt(3);
            if (a != b && sizes[a] - k >= 3) {
                sizes[a] -= k;
                sizes[b] += k;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int size : sizes) {
            out.add(size);
        }
        return out;
    }

    /** The indicator count in {@code tables} tables as evenly as it goes. */
    private List<Integer> equalSizes(int tables) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            out.add(indicators / tables + (t < indicators % tables ? 1 : 0));
        }
        return out;
    }

    private static List<String> projectNames(RowMaker rows, int count) {
        List<String> themes = new ArrayList<>(Vocabulary.PROJECT_THEMES);
        List<String> names = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int round = p / themes.size();
            if (p % themes.size() == 0) {
                java.util.Collections.shuffle(themes, new Random(rows.between(0, Integer.MAX_VALUE - 1)));
            }
            String theme = themes.get(p % themes.size());
            names.add(theme + rows.pick(Vocabulary.PROJECT_SUFFIXES) + (round > 0 ? "（" + (round + 1) + "期）" : ""));
        }
        return names;
    }

    /** {@code flips}: rows made by {@link RowMaker#flippable}, no cost rows. */
    private Table table(RowMaker rows, String name, String code, BigDecimal budget, int size, String style,
                        boolean flips) {
        BigDecimal spent = budget.multiply(BigDecimal.valueOf(rate(rows))).setScale(2, RoundingMode.HALF_UP);
        boolean naHeavy = rows.chance(0.03);
        int satisfaction = size >= 4 && !rows.chance(0.15) ? (size >= 12 ? 2 : 1) : 0;
        int output = Math.max(1, (int) Math.round((size - satisfaction) * rows.uniform(0.5, 0.65)));
        int outcome = size - satisfaction - output;
        if (outcome < 1) {
            output--;
            outcome = 1;
        }
        String l1Output = "部门".equals(style) && rows.chance(0.5) ? "部门产出" : rows.pick(Vocabulary.LEVEL1_OUTPUT);
        String l1Outcome = "部门产出".equals(l1Output) ? "部门效果" : rows.pick(Vocabulary.LEVEL1_OUTCOME);
        String l1Satisfaction = rows.pick(Vocabulary.LEVEL1_SATISFACTION);
        List<Row> out = new ArrayList<>();
        List<Vocabulary.Row> templates = new ArrayList<>();
        pickRows(rows, Vocabulary.OUTPUT, output, l1Output, naHeavy, flips, budget, spent, out, templates);
        pickRows(rows, Vocabulary.OUTCOME, outcome, l1Outcome, naHeavy, flips, budget, spent, out, templates);
        pickRows(rows, Vocabulary.SATISFACTION, satisfaction, l1Satisfaction, naHeavy, flips, budget, spent, out,
                templates);
        if (out.stream().allMatch(r -> "不适用".equals(r.actual()))) {
            out.set(0, rows.met(out.get(0), templates.get(0), budget, spent));
        }
        if (output >= 2 && rows.chance(0.12)) {
            Row r = out.get(0);
            out.set(0, new Row(r.level1(), r.level2(), r.name(), r.description(), r.target(), r.deduction(),
                    BigDecimal.TEN, r.basis(), r.actual(), r.claim(), r.shortOf()));
        }
        return new Table(name, code, budget, spent, out);
    }

    /** 全年执行数 / 预算: mostly 85–100%, sometimes above budget, sometimes below 60%. */
    private static double rate(RowMaker rows) {
        double r = rows.uniform(0, 1);
        if (r < 0.05) {
            return rows.uniform(1.005, 1.08);
        }
        if (r < 0.09) {
            return rows.uniform(0.3, 0.59);
        }
        return rows.uniform(0.85, 1.0);
    }

    private static void pickRows(RowMaker rows, List<Vocabulary.Row> pool, int count, String level1, boolean naHeavy,
                                 boolean flips, BigDecimal budget, BigDecimal spent, List<Row> out,
                                 List<Vocabulary.Row> templates) {
        List<Vocabulary.Row> order = new ArrayList<>(flips
                ? pool.stream().filter(t -> t.kind() != Vocabulary.Kind.COST).toList() : pool);
        java.util.Collections.shuffle(order, new Random(rows.between(0, Integer.MAX_VALUE - 1)));
        for (int k = 0; k < count; k++) {
            Vocabulary.Row t = order.get(k % order.size());
            int round = k / order.size();
            String name = t.name() + (round > 0 ? "（" + (round + 1) + "）" : "");
            out.add(flips ? rows.flippable(level1, t, name, budget, spent)
                    : rows.row(level1, t, name, naHeavy, budget, spent));
            templates.add(t);
        }
    }
}
