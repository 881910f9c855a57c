package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.model.Category;
import io.jixiao.model.Deduction;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.PointStandard;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.StepUnits;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.value.ParsedValue;
import io.jixiao.value.Qualitative;
import io.jixiao.value.Unit;
import io.jixiao.value.Value;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a targets file (docs/formats.md#targets-file) into {@link DepartmentTargets}, collecting every located
 * problem.
 */
public final class TargetsLoader {

    static final Shape TOP = Shape.of("where.targetsFile").key("department", "部门", "部门名称", "单位名称", "单位")
            .key("code", "部门编码", "单位编码").key("year", "年度", "预算年度").key("budget", "预算数", "部门预算")
            .key("projectBudget", "项目支出").key("profile", "评分方案").key("overall", "部门整体")
            .key("projects", "项目").key("evaluation", IndicatorTable.EVALUATION_NAME);
    /** The 部门整体支出绩效评价 score sheet (docs/scoring.md#evaluation). */
    static final Shape EVALUATION = Shape.of("where.evaluation").key("name", "名称").key("indicators", "指标");
    static final Shape TABLE = Shape.of("where.table").key("name", "项目名称").key("code", "项目编码")
            .key("budget", "预算数", "项目金额", "资金总额").key("goals", "绩效目标").key("spendingPlan", "资金支出计划")
            .key("budgetPoints", "预算执行率分值").key("indicators", "指标");

    private final String file;
    private final List<Finding> out = new ArrayList<>();
    private final Nodes nodes = new Nodes(out);
    private final IndicatorReader indicators;

    private TargetsLoader(String file, boolean lenient) {
        this.file = file;
        this.indicators = new IndicatorReader(out, nodes, lenient);
    }

    public static LoadResult<DepartmentTargets> load(Path path) {
        return load(path, false);
    }

    /** @param lenient an unreadable 评（扣）分标准 is a warning (the default method scores it), not an error */
    public static LoadResult<DepartmentTargets> load(Path path, boolean lenient) {
        try {
            YamlReader.Read read = YamlReader.readNoted(path);
            return withNotes(load(path.toString(), read.root(), lenient), read.notes());
        } catch (KpiException e) {
            return new LoadResult<>(null, e.findings());
        }
    }

    /** Targets from any {@link Source}; as {@link #load(Path, boolean)}. */
    public static LoadResult<DepartmentTargets> load(Source source, boolean lenient) {
        try {
            YamlReader.Read read = YamlReader.readNoted(source);
            return withNotes(load(source.name(), read.root(), lenient), read.notes());
        } catch (KpiException e) {
            return new LoadResult<>(null, e.findings());
        }
    }

    /** A file's load result with the notes about reading it (its encoding) added. */
    static <T> LoadResult<T> withNotes(LoadResult<T> r, List<Finding> notes) {
        if (notes.isEmpty()) {
            return r;
        }
        List<Finding> all = new ArrayList<>(notes);
        all.addAll(r.findings());
        return new LoadResult<>(r.value(), all);
    }

    public static LoadResult<DepartmentTargets> load(String file, YNode root) {
        return load(file, root, false);
    }

    public static LoadResult<DepartmentTargets> load(String file, YNode root, boolean lenient) {
        TargetsLoader l = new TargetsLoader(file, lenient);
        DepartmentTargets d = l.department(root);
        return new LoadResult<>(d, l.out);
    }

    private DepartmentTargets department(YNode root) {
        Optional<YMap> top = nodes.mapItem(root, "where.targetsFile");
        if (top.isEmpty()) {
            return null;
        }
        Location at = top.get().at();
        Map<String, Entry> m = TOP.read(top.get(), out);
        String name = nodes.required(m, "department", at, LoadTexts.text("where.targetsFile")).orElse("");
        int year = Years.read(m, nodes, out, at);
        IndicatorTable overall = m.containsKey("overall")
                ? nodes.map(m.get("overall")).map(t -> table(t, TableKind.OVERALL)).orElse(null) : null;
        List<IndicatorTable> projects = projects(m.get("projects"));
        IndicatorTable evaluation = m.containsKey("evaluation")
                ? nodes.map(m.get("evaluation")).map(this::evaluation).orElse(null) : null;
        if (overall == null && projects.isEmpty() && !m.containsKey("overall") && !m.containsKey("projects")
                && !Shape.misspelt(m, "overall") && !Shape.misspelt(m, "projects")) {
            out.add(LoadProblems.missingKey(at, "projects", LoadTexts.text("where.targetsFile")));
        }
        return new DepartmentTargets(name, nodes.optional(m, "code").orElse(null), year,
                nodes.money(m, "budget").orElse(null), nodes.money(m, "projectBudget").orElse(null),
                nodes.optional(m, "profile").orElse(null), overall, projects, file, valueLocations(m), evaluation);
    }

    /**
     * The 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): rows of the shape of a table's, with free 一级指标,
     * each with its 分值 and 评分标准 (a target only where the 评分标准 needs one); the 分值 add up to 100 (KPI-0134).
     */
    private IndicatorTable evaluation(YMap map) {
        Map<String, Entry> m = EVALUATION.read(map, out);
        String name = nodes.optional(m, "name").orElse(IndicatorTable.EVALUATION_NAME);
        List<Indicator> rows = new ArrayList<>();
        Entry list = m.get("indicators");
        if (list == null) {
            if (!Shape.misspelt(m, "indicators")) {
                out.add(LoadProblems.missingKey(map.at(), "indicators", LoadTexts.text("where.evaluation")));
            }
        } else {
            boolean nothing = list.value() instanceof YScalar s && (s.isNull() || s.text().isBlank());
            List<YNode> items = nothing ? List.of() : nodes.list(list);
            rows = indicators.readEvaluation(name, items);
            if (nothing || (list.value() instanceof YList && items.isEmpty())) {
                out.add(LoadProblems.emptyTable(list.keyAt(), name));
            } else if (!rows.isEmpty() && rows.size() == items.size()) {
                BigDecimal sum = rows.stream().map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                    out.add(LoadProblems.evaluationPoints(list.keyAt(), sum.stripTrailingZeros().toPlainString()));
                }
            }
        }
        return new IndicatorTable(TableKind.EVALUATION, name, null, null, List.of(), Map.of(), rows, map.at(),
                List.of(), null);
    }

    /** Where each top-level value is written, by canonical key. */
    private static Map<String, Location> valueLocations(Map<String, Entry> m) {
        Map<String, Location> at = new LinkedHashMap<>();
        m.forEach((key, e) -> at.put(key, e.value().at()));
        return at;
    }

    private List<IndicatorTable> projects(Entry e) {
        if (e == null) {
            return List.of();
        }
        List<IndicatorTable> all = new ArrayList<>();
        Map<String, Location> seen = new LinkedHashMap<>();
        for (YNode n : nodes.list(e)) {
            nodes.mapItem(n, "where.project").map(t -> table(t, TableKind.PROJECT)).ifPresent(t -> {
                Location first = seen.putIfAbsent(t.name(), t.location());
                if (first != null) {
                    out.add(LoadProblems.duplicateTable(t.location(), t.name(), first));
                } else {
                    all.add(t);
                }
            });
        }
        return all;
    }

    private IndicatorTable table(YMap map, TableKind kind) {
        Map<String, Entry> m = TABLE.read(map, out);
        String name = kind == TableKind.OVERALL
                ? nodes.optional(m, "name").orElse(IndicatorTable.OVERALL_NAME)
                : nodes.required(m, "name", map.at(), LoadTexts.text("where.project")).orElse("?");
        List<Indicator> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Entry list = m.get("indicators");
        if (list == null) {
            if (!Shape.misspelt(m, "indicators")) {
                out.add(LoadProblems.missingKey(map.at(), "indicators",
                        LoadTexts.text("where.tableNamed", "table", name)));
            }
        } else {
            // "indicators:" with nothing, or "[]": the table has no rows. Rows written but all refused are
            // reported one by one, not as an empty table.
            boolean nothing = list.value() instanceof YScalar s && (s.isNull() || s.text().isBlank());
            List<YNode> items = nothing ? List.of() : nodes.list(list);
            rows = indicators.read(name, items, skipped);
            if (nothing || (list.value() instanceof YList && items.isEmpty())) {
                out.add(LoadProblems.emptyTable(list.keyAt(), name));
            }
        }
        Map<String, String> plan = new LinkedHashMap<>();
        if (m.containsKey("spendingPlan")) {
            nodes.scalars(m.get("spendingPlan")).forEach((k, v) -> nodes.text(v).ifPresent(t -> plan.put(k, t)));
        }
        List<String> goals = m.containsKey("goals") ? nodes.strings(m.get("goals")) : List.of();
        BigDecimal budgetPoints = nodes.number(m, "budgetPoints", LoadTexts.text("example.budgetPoints")).orElse(null);
        if (budgetPoints != null && (budgetPoints.signum() < 0 || budgetPoints.compareTo(BigDecimal.valueOf(100)) > 0)) {
            out.add(LoadProblems.badNumber(m.get("budgetPoints").value().at(), "budgetPoints",
                    budgetPoints.toPlainString(), LoadTexts.text("example.budgetPointsRange")));
            budgetPoints = null;
        }
        return new IndicatorTable(kind, name, nodes.optional(m, "code").orElse(null),
                nodes.money(m, "budget").orElse(null), goals, plan, rows, map.at(), skipped, budgetPoints);
    }

    /** Reads the rows of one table. */
    static final class IndicatorReader {

        /** The target of a row that is no indicator: / (or ／, which NFKC makes /). */
        private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile("/+");

        static final Shape ROW = Shape.of("where.indicator").key("id").key("level1", "一级指标").key("level2", "二级指标")
                .key("name", "三级指标").key("description", "绩效指标描述", "指标描述").key("target", "指标值", "年度指标值")
                .key("deduction", "评（扣）分标准", "评(扣)分标准", "评分标准", "扣分标准").key("points", "分值")
                .key("basis", "指标值确定依据").key("library", "指标库编码");

        private final List<Finding> out;
        private final Nodes nodes;
        private final DeductionReader deductions;
        private final boolean lenient;

        IndicatorReader(List<Finding> out, Nodes nodes, boolean lenient) {
            this.out = out;
            this.lenient = lenient;
            this.nodes = nodes;
            this.deductions = new DeductionReader(out, nodes, lenient);
        }

        /** @param skipped gets the keys of the rows whose target is {@code /} (docs/scoring.md#slash-rows) */
        List<Indicator> read(String table, List<YNode> items, List<String> skipped) {
            return read(table, items, skipped, false);
        }

        /** The rows of a 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation). */
        List<Indicator> readEvaluation(String table, List<YNode> items) {
            return read(table, items, new ArrayList<>(), true);
        }

        private List<Indicator> read(String table, List<YNode> items, List<String> skipped, boolean evaluation) {
            List<Indicator> rows = new ArrayList<>();
            // keyed as pairing compares keys (ValueParser.normalize), so every actual finds one indicator only
            Map<String, Indicator> seen = new LinkedHashMap<>();
            // loops and ifs rather than lambdas on the way of every row: under C1 (the launcher's) making a lambda
            // that captures a value costs a call into the VM (docs/performance.md#file-path-tenth)
            for (YNode n : items) {
                Optional<YMap> map = nodes.mapItem(n, "where.indicator");
                Optional<Indicator> row = map.isEmpty() ? Optional.empty()
                        : evaluation ? evaluationRow(map.get(), table) : row(map.get(), skipped);
                if (row.isEmpty()) {
                    continue;
                }
                Indicator i = row.get();
                Indicator first = seen.putIfAbsent(ValueParser.normalize(i.key()), i);
                if (first == null) {
                    rows.add(i);
                } else if (first.key().equals(i.key())) {
                    out.add(LoadProblems.duplicateIndicator(i.location(), i.key(), table, first.location()));
                } else {
                    out.add(LoadProblems.duplicateIndicatorSpelling(i.location(), i.key(), first.key(), table,
                            first.location()));
                }
            }
            return rows;
        }

        /**
         * A row of the evaluation sheet: 一级指标 free (投入, 过程, 决策 …), 分值 and 评分标准 required, a target only where
         * the 评分标准 scores against one (a step in percent of the points, pass/fail, 按完成比例计分).
         */
        private Optional<Indicator> evaluationRow(YMap map, String table) {
            Map<String, Entry> m = ROW.read(map, out);
            Location at = map.at();
            String level1 = nodes.required(m, "level1", at, LoadTexts.text("where.evaluationIndicator")).orElse(null);
            String level2 = nodes.optional(m, "level2").orElse("");
            String name = nodes.optional(m, "name").orElse(null);
            String description = nodes.optional(m, "description").orElse(null);
            String key = nodes.optional(m, "id").orElse(name != null ? name : description);
            if (key == null) {
                if (!Shape.misspelt(m, "name") && !Shape.misspelt(m, "description") && !Shape.misspelt(m, "id")) {
                    out.add(LoadProblems.missingKey(at, "name", LoadTexts.text("where.indicatorOrAlternative")));
                }
                return Optional.empty();
            }
            String where = LoadTexts.text("where.evaluationIndicatorNamed", "indicator", key);
            Entry targetEntry = m.get("target");
            String targetText = targetEntry == null ? "" : nodes.text(targetEntry).orElse(null);
            Value target = targetText == null ? null : targetText.isEmpty() ? new Qualitative("")
                    : Values.parse(targetText, targetEntry.value().at(), out, LoadProblems::badTarget)
                            .map(ParsedValue::value).orElse(null);
            BigDecimal points = nodes.number(m, "points", LoadTexts.text("example.points")).orElse(null);
            if (points == null && !m.containsKey("points") && !Shape.misspelt(m, "points")) {
                out.add(LoadProblems.missingKey(at, "points", where));
            } else if (points != null && points.signum() < 0) {
                out.add(LoadProblems.badNumber(m.get("points").value().at(), "points", points.toPlainString(),
                        LoadTexts.text("example.pointsNotNegative")));
                points = null;
            }
            Deduction deduction = null;
            if (m.containsKey("deduction")) {
                deduction = deductions.read(m.get("deduction")).orElse(null);
            } else if (!Shape.misspelt(m, "deduction")) {
                out.add(LoadProblems.missingKey(at, "deduction", where));
            }
            if (target == null || points == null || deduction == null || level1 == null) {
                return Optional.empty();
            }
            PointStandard st = deduction.standard();
            boolean needsTarget = st == null || st instanceof PointStandard.Proportional;
            if (needsTarget && !(target instanceof io.jixiao.value.Quantity || target instanceof io.jixiao.value.Range
                    || (target instanceof Qualitative q && !q.text().isEmpty()))) {
                out.add(LoadProblems.badDeduction(deduction.location(), LoadTexts.text("standard.needsTarget",
                        "text", deduction.text() == null ? "deduction" : deduction.text(), "where", where)));
                return Optional.empty();
            }
            Indicator indicator = new Indicator(key, level1, level2, name, description, targetText, target,
                    Category.of(level1, level2).orElse(null), deduction, points,
                    nodes.optional(m, "basis").orElse(null), at);
            if (!StepUnits.stepConverts(indicator)) {
                out.add(LoadProblems.deductionUnitAt(deduction.location(), deduction.text() != null ? deduction.text()
                        : LoadTexts.text("deduction.structuredStandard"), st != null ? st.unit() : deduction.unit(),
                        StepUnits.targetUnit(indicator).symbol(), false));
                return Optional.empty();
            }
            return Optional.of(indicator);
        }

        private Optional<Indicator> row(YMap map, List<String> skipped) {
            Map<String, Entry> m = ROW.read(map, out);
            Location at = map.at();
            String level1 = nodes.required(m, "level1", at, LoadTexts.text("where.indicator")).orElse(null);
            String level2 = nodes.optional(m, "level2").orElse("");
            String name = nodes.optional(m, "name").orElse(null);
            String description = nodes.optional(m, "description").orElse(null);
            String key = nodes.optional(m, "id").orElse(name != null ? name : description);
            if (key == null) {
                if (!Shape.misspelt(m, "name") && !Shape.misspelt(m, "description") && !Shape.misspelt(m, "id")) {
                    out.add(LoadProblems.missingKey(at, "name", LoadTexts.text("where.indicatorOrAlternative")));
                }
                return Optional.empty();
            }
            Optional<Category> category = level1 == null ? Optional.empty() : Category.of(level1, level2);
            if (level1 != null && category.isEmpty()) {
                out.add(LoadProblems.unknownLevel1(m.get("level1").value().at(), level1, Category.acceptedLevel1()));
            }
            Entry targetEntry = m.get("target");
            if (targetEntry == null) {
                if (!Shape.misspelt(m, "target")) {
                    out.add(LoadProblems.missingKey(at, "target",
                            LoadTexts.text("where.indicatorNamed", "indicator", key)));
                }
                return Optional.empty();
            }
            String targetText = nodes.text(targetEntry).orElse(null);
            if (targetText != null && slashRow(targetText)) {
                // 指标1：/ | / — a row of the printed form left empty, no indicator (docs/scoring.md#slash-rows)
                out.add(LoadProblems.slashRowSkipped(targetEntry.value().at(), key));
                skipped.add(key);
                return Optional.empty();
            }
            Value target = targetText == null ? null : target(key, targetText, targetEntry.value().at());
            BigDecimal points = nodes.number(m, "points", LoadTexts.text("example.points")).orElse(null);
            if (points != null && !nodes.notNegative(points, m.get("points"),
                    LoadTexts.text("example.pointsNotNegative"))) {
                points = null;
            }
            Deduction deduction = m.containsKey("deduction") ? deductions.read(m.get("deduction")).orElse(null) : null;
            if (category.isEmpty() || target == null) {
                return Optional.empty();
            }
            String library = nodes.optional(m, "library").orElse(null);
            Indicator indicator = new Indicator(key, level1, level2, name, description, targetText, target,
                    category.get(), deduction, points, nodes.optional(m, "basis").orElse(null), at, library);
            if (!StepUnits.stepConverts(indicator)) {
                Unit unit = StepUnits.targetUnit(indicator);
                boolean inPoints = deduction.standard() != null;
                out.add(LoadProblems.deductionUnitAt(deduction.location(), deduction.text() != null ? deduction.text()
                        : inPoints ? LoadTexts.text("deduction.structuredStandard")
                        : LoadTexts.text("deduction.structuredStep", "per", deduction.per().toPlainString(),
                                "unit", deduction.unit()),
                        inPoints ? deduction.standard().unit() : deduction.unit(), unit.symbol(), lenient));
                if (lenient) {
                    indicator = new Indicator(key, level1, level2, name, description, targetText, target,
                            category.get(), null, points, nodes.optional(m, "basis").orElse(null), at, library);
                }
            }
            return Optional.of(indicator);
        }

        /**
         * Whether a target is {@code /} (or {@code //}, {@code ／} …) once normalized. Only '/' and '／' (U+FF0F) become
         * a lone '/' under NFKC (the other characters whose form holds one, ℀ ℁ ℅ ℆, bring letters with it, and nothing
         * composes into '/'), so a text with neither is no slash row, and the normalizer is not run on it.
         */
        static boolean slashRow(String target) {
            return (target.indexOf('/') >= 0 || target.indexOf('\uFF0F') >= 0)
                    && SLASH.matcher(ValueParser.normalize(target)).matches();
        }

        private Value target(String key, String text, Location at) {
            if (text.isEmpty()) {
                out.add(LoadProblems.emptyTarget(at, key));
                return new Qualitative("");
            }
            Optional<ParsedValue> pv = Values.parse(text, at, out, LoadProblems::badTarget, true, key);
            return pv.map(ParsedValue::value).orElse(null);
        }
    }
}
