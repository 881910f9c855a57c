package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YMap;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableActuals.SelfScore;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.value.ParsedValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads an actuals file (docs/formats.md#actuals-file) into {@link DepartmentActuals}, collecting every located
 * problem.
 */
public final class ActualsLoader {

    static final Shape TOP = Shape.of("where.actualsFile").key("department", "部门", "部门名称", "单位名称", "单位")
            .key("year", "年度", "预算年度").key("overall", "部门整体").key("projects", "项目")
            .key("evaluation", IndicatorTable.EVALUATION_NAME);
    /** The actuals of the 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): no budget of its own. */
    static final Shape EVALUATION = Shape.of("where.evaluationActuals").key("name", "名称")
            .key("actuals", "实际完成值").key("selfScores", "自评得分").key("reasons", "未完成原因", "偏差原因");
    static final Shape TABLE = Shape.of("where.tableActuals").key("name", "项目名称")
            .key("spent", "全年执行数", "执行数").key("adjustedBudget", "全年预算数", "调整后预算数")
            .key("actuals", "实际完成值").key("selfScores", "自评得分")
            .key("reasons", "未完成原因", "偏差原因");

    private final String file;
    private final List<Finding> out = new ArrayList<>();
    private final Nodes nodes = new Nodes(out);

    private ActualsLoader(String file) {
        this.file = file;
    }

    public static LoadResult<DepartmentActuals> load(Path path) {
        try {
            YamlReader.Read read = YamlReader.readNoted(path);
            return TargetsLoader.withNotes(load(path.toString(), read.root()), read.notes());
        } catch (KpiException e) {
            return new LoadResult<>(null, e.findings());
        }
    }

    /** Actuals (YAML) from any {@link Source}. */
    public static LoadResult<DepartmentActuals> load(Source source) {
        try {
            YamlReader.Read read = YamlReader.readNoted(source);
            return TargetsLoader.withNotes(load(source.name(), read.root()), read.notes());
        } catch (KpiException e) {
            return new LoadResult<>(null, e.findings());
        }
    }

    public static LoadResult<DepartmentActuals> load(String file, YNode root) {
        ActualsLoader l = new ActualsLoader(file);
        DepartmentActuals d = l.department(root);
        return new LoadResult<>(d, l.out);
    }

    private DepartmentActuals department(YNode root) {
        Optional<YMap> top = nodes.mapItem(root, "where.actualsFile");
        if (top.isEmpty()) {
            return null;
        }
        Location at = top.get().at();
        Map<String, Entry> m = TOP.read(top.get(), out);
        String name = nodes.required(m, "department", at, LoadTexts.text("where.actualsFile")).orElse("");
        int year = Years.read(m, nodes, out, at);
        TableActuals overall = m.containsKey("overall")
                ? nodes.map(m.get("overall")).map(t -> table(t, TableKind.OVERALL)).orElse(null) : null;
        List<TableActuals> projects = new ArrayList<>();
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
        }
        TableActuals evaluation = m.containsKey("evaluation")
                ? nodes.map(m.get("evaluation")).map(t -> table(t, TableKind.EVALUATION)).orElse(null) : null;
        return new DepartmentActuals(name, m.containsKey("department") ? m.get("department").value().at() : at, year,
                m.containsKey("year") ? m.get("year").value().at() : at, overall, projects, file, evaluation);
    }

    private static final Values.Failure BAD_ACTUAL = LoadProblems::badActual;

    private TableActuals table(YMap map, TableKind kind) {
        Map<String, Entry> m = (kind == TableKind.EVALUATION ? EVALUATION : TABLE).read(map, out);
        String name = kind == TableKind.OVERALL ? nodes.optional(m, "name").orElse(IndicatorTable.OVERALL_NAME)
                : kind == TableKind.EVALUATION ? nodes.optional(m, "name").orElse(IndicatorTable.EVALUATION_NAME)
                : nodes.required(m, "name", map.at(), LoadTexts.text("where.projectActuals")).orElse("?");
        Map<String, ActualEntry> actuals = new LinkedHashMap<>();
        Map<String, Location> unread = new LinkedHashMap<>();
        if (m.containsKey("actuals")) {
            // a loop and ifs rather than lambdas for every actual: under C1 (the launcher's) making a lambda that
            // captures a value costs a call into the VM (docs/performance.md#file-path-tenth)
            for (Map.Entry<String, Entry> written : nodes.scalars(m.get("actuals")).entrySet()) {
                String key = written.getKey();
                Entry e = written.getValue();
                Optional<String> t = nodes.text(e);
                if (t.isEmpty()) {
                    continue;
                }
                String text = t.get();
                Location at = e.value().at();
                if (text.isEmpty()) {
                    out.add(LoadProblems.emptyActual(at, key));
                    unread.put(key, at);
                    continue;
                }
                Optional<ParsedValue> pv = Values.parse(text, at, out, BAD_ACTUAL, false, key);
                if (pv.isPresent()) {
                    actuals.put(key, new ActualEntry(key, text, pv.get().value(), at));
                } else {
                    unread.put(key, at);
                }
            }
        } else if (!Shape.misspelt(m, "actuals")) {
            out.add(LoadProblems.missingKey(map.at(), "actuals", LoadTexts.text("where.tableNamed", "table", name)));
        }
        Map<String, SelfScore> self = new LinkedHashMap<>();
        if (m.containsKey("selfScores")) {
            nodes.scalars(m.get("selfScores")).forEach((key, e) -> nodes.number(Map.of(key, e), key,
                            LoadTexts.text("example.selfScore"))
                    .filter(s -> nodes.notNegative(s, e, LoadTexts.text("example.selfScoreNotNegative")))
                    .ifPresent(s -> self.put(key, new SelfScore(key, s, e.value().at()))));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        if (m.containsKey("reasons")) {
            nodes.scalars(m.get("reasons")).forEach((key, e) -> nodes.text(e).ifPresent(t -> reasons.put(key, t)));
        }
        return new TableActuals(kind, name, nodes.money(m, "spent").orElse(null), actuals, self, reasons, map.at(),
                m.containsKey("spent") ? m.get("spent").value().at() : map.at(), unread,
                nodes.money(m, "adjustedBudget").orElse(null));
    }
}
