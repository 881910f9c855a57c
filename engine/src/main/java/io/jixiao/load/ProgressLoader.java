package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.Likelihood;
import io.jixiao.model.ProgressEntry;
import io.jixiao.model.TableKind;
import io.jixiao.model.TableProgress;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.value.Months;
import io.jixiao.value.ParsedValue;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Loads a progress file (绩效运行监控, docs/formats.md#progress-file) into {@link DepartmentProgress}, collecting every
 * located problem: the keys of targets and actuals files with their Chinese aliases, values read by the one value
 * grammar, and the month, 完成目标可能性 and 1–N月执行数 checked as they are read.
 */
public final class ProgressLoader {

    static final Shape TOP = Shape.of("where.progressFile").key("department", "部门", "部门名称", "单位名称", "单位")
            .key("year", "年度", "预算年度").key("month", "月份", "监控月份", "截至月份", "监控截至月份")
            .key("overall", "部门整体").key("projects", "项目");
    static final Shape TABLE = Shape.of("where.tableProgress").key("name", "项目名称")
            .key("spentToDate", "累计支出", "截至执行数", "累计执行数", "1-N月执行数")
            .key("expectedSpent", "全年预计执行数", "预计执行数")
            .key("adjustedBudget", "调整后预算数", "全年预算数")
            .key("indicators", "指标");
    static final Shape ENTRY = Shape.of("where.indicatorProgress").key("current", "当前完成值", "截至完成值")
            .key("forecast", "全年预计完成值", "预计完成值").key("likelihood", "完成目标可能性")
            .key("reason", "偏差原因").key("measures", "纠偏措施");

    private final String file;
    private final List<Finding> out = new ArrayList<>();
    private final Nodes nodes = new Nodes(out);

    private ProgressLoader(String file) {
        this.file = file;
    }

    /** A progress file (YAML) from any {@link Source}. */
    public static LoadResult<DepartmentProgress> load(Source source) {
        try {
            YamlReader.Read read = YamlReader.readNoted(source);
            return TargetsLoader.withNotes(load(source.name(), read.root()), read.notes());
        } catch (KpiException e) {
            return new LoadResult<>(null, e.findings());
        }
    }

    public static LoadResult<DepartmentProgress> load(String file, YNode root) {
        ProgressLoader l = new ProgressLoader(file);
        DepartmentProgress d = l.department(root);
        return new LoadResult<>(d, l.out);
    }

    /**
     * The month of 监控截至月份 written as {@code text} (6, 6月, 6月底, 上半年 …), or 0 with KPI-0601 at {@code at}.
     * The monitoring workbook reads its month cell with it too.
     */
    public static int month(String text, Location at, List<Finding> out) {
        OptionalInt m = Months.of(text);
        if (m.isEmpty()) {
            out.add(ProgressProblems.badMonth(at, text));
            return 0;
        }
        return m.getAsInt();
    }

    /** 完成目标可能性 as written, or null (with KPI-0602 listing the words when it is none of them). */
    public static Likelihood likelihood(String text, String indicator, Location at, List<Finding> out) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<Likelihood> l = Likelihood.of(text);
        if (l.isEmpty()) {
            out.add(ProgressProblems.unknownLikelihood(at, indicator, text.strip(), Likelihood.words()));
        }
        return l.orElse(null);
    }

    private DepartmentProgress department(YNode root) {
        Optional<YMap> top = nodes.mapItem(root, "where.progressFile");
        if (top.isEmpty()) {
            return null;
        }
        Location at = top.get().at();
        Map<String, Entry> m = TOP.read(top.get(), out);
        String name = nodes.required(m, "department", at, LoadTexts.text("where.progressFile")).orElse("");
        int year = Years.read(m, nodes, out, at);
        int month = nodes.required(m, "month", at, LoadTexts.text("where.progressFile"))
                .map(t -> month(t, m.get("month").value().at(), out)).orElse(0);
        TableProgress overall = m.containsKey("overall")
                ? nodes.map(m.get("overall")).map(t -> table(t, TableKind.OVERALL)).orElse(null) : null;
        List<TableProgress> projects = new ArrayList<>();
        Map<String, Location> seen = new LinkedHashMap<>();
        if (m.containsKey("projects")) {
            for (YNode n : nodes.list(m.get("projects"))) {
                nodes.mapItem(n, "where.project").map(t -> table(t, TableKind.PROJECT)).ifPresent(t -> {
                    Location first = seen.putIfAbsent(t.name(), t.location());
                    if (first != null) {
                        out.add(LoadProblems.duplicateTable(t.location(), t.name(), first));
                    } else {
                        projects.add(t);
                    }
                });
            }
        } else if (overall == null && !m.containsKey("overall") && !Shape.misspelt(m, "projects")
                && !Shape.misspelt(m, "overall")) {
            out.add(LoadProblems.missingKey(at, "projects", LoadTexts.text("where.progressFile")));
        }
        return new DepartmentProgress(name, valueAt(m, "department", at), year, valueAt(m, "year", at), month,
                valueAt(m, "month", at), overall, projects, file);
    }

    private static Location valueAt(Map<String, Entry> m, String key, Location otherwise) {
        return m.containsKey(key) ? m.get(key).value().at() : otherwise;
    }

    private TableProgress table(YMap map, TableKind kind) {
        Map<String, Entry> m = TABLE.read(map, out);
        String name = kind == TableKind.OVERALL ? nodes.optional(m, "name").orElse(IndicatorTable.OVERALL_NAME)
                : nodes.required(m, "name", map.at(), LoadTexts.text("where.projectProgress")).orElse("?");
        BigDecimal spent = nodes.money(m, "spentToDate").orElse(null);
        if (!m.containsKey("spentToDate") && !Shape.misspelt(m, "spentToDate")
                || m.containsKey("spentToDate") && nodes.optional(m, "spentToDate").isEmpty()) {
            out.add(ProgressProblems.missingSpent(valueAt(m, "spentToDate", map.at()), name));
        }
        Map<String, ProgressEntry> lines = new LinkedHashMap<>();
        if (m.containsKey("indicators")) {
            Entry e = m.get("indicators");
            boolean nothing = e.value() instanceof YScalar s && (s.isNull() || s.text().isBlank());
            if (!nothing) {
                nodes.map(e).ifPresent(indicators -> entries(indicators, lines));
            }
        } else if (!Shape.misspelt(m, "indicators")) {
            out.add(LoadProblems.missingKey(map.at(), "indicators", LoadTexts.text("where.tableNamed", "table", name)));
        }
        return new TableProgress(kind, name, spent, valueAt(m, "spentToDate", map.at()),
                nodes.money(m, "expectedSpent").orElse(null), nodes.money(m, "adjustedBudget").orElse(null), lines,
                map.at());
    }

    private void entries(YMap indicators, Map<String, ProgressEntry> lines) {
        Map<String, Entry> normalised = new HashMap<>();
        for (Entry e : indicators.entries().values()) {
            String key = Nodes.strip(e.key());
            // (个/套) and （个/套） name the same indicator: a second spelling is a duplicate, not a silent win
            Entry first = normalised.putIfAbsent(ValueParser.normalize(key), e);
            if (first != null) {
                out.add(LoadProblems.duplicateKey(e.keyAt(), key, first.keyAt()));
                continue;
            }
            // ifs rather than lambdas for every line: under C1 (the launcher's) making a lambda that captures a value
            // costs a call into the VM (docs/performance.md#file-path-tenth)
            Optional<YMap> v = nodes.map(e);
            if (v.isPresent()) {
                lines.put(key, entry(key, e.keyAt(), v.get()));
            }
        }
    }

    private ProgressEntry entry(String key, Location keyAt, YMap map) {
        Map<String, Entry> m = ENTRY.read(map, out);
        ActualEntry current = value(m, "current", key);
        ActualEntry forecast = value(m, "forecast", key);
        Location likelihoodAt = valueAt(m, "likelihood", keyAt);
        Optional<String> written = nodes.optional(m, "likelihood");
        Likelihood likelihood = written.isPresent() ? likelihood(written.get(), key, likelihoodAt, out) : null;
        String reason = nodes.optional(m, "reason").orElse(null);
        String measures = nodes.optional(m, "measures").orElse(null);
        // a part that is missing is written nowhere: a finding about it is placed at the line's key
        return new ProgressEntry(key, current, forecast, likelihood, likelihoodAt, reason, measures, keyAt, keyAt);
    }

    /** How a 当前完成值 or 全年预计完成值 that the value grammar cannot read is reported. */
    private static final Values.Failure BAD_ACTUAL = LoadProblems::badActual;

    /** A 当前完成值 or 全年预计完成值, read by the value grammar; null when not written. */
    private ActualEntry value(Map<String, Entry> m, String field, String key) {
        Optional<String> text = nodes.optional(m, field);
        if (text.isEmpty()) {
            return null;
        }
        Location at = m.get(field).value().at();
        Optional<ParsedValue> pv = Values.parse(text.get(), at, out, BAD_ACTUAL);
        return pv.isPresent() ? new ActualEntry(key, text.get(), pv.get().value(), at) : null;
    }
}
