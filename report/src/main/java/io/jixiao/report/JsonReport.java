package io.jixiao.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

/**
 * The stable JSON of docs/formats.md#score-json. Renders what scoring produced; computes nothing but display
 * rounding. Values are stable English words ({@code status: met|partial|missed|na}); beside them a label for people
 * in the language of the run ({@code statusLabel: 达成|部分达成|未达成|不适用}, {@link Labels}). Its mapper, its findings shape and {@link #write} are those of every JSON jixiao writes (validate,
 * review).
 */
public final class JsonReport {

    /** The reports built as trees of nodes, and the trees inside a streamed one ({@link #tree}). */
    private static final class Tree {

        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        private Tree() {
        }
    }

    /**
     * The streamed reports' generators: jackson-core's factory and the pretty printer {@link Tree#JSON} gives its own
     * (INDENT_OUTPUT), without making the data-binding mapper — a {@code monitor DIR} whose built-in profile was made
     * by code ({@code PackagedProfiles}) then sets up no data binding at all (docs/performance.md#packaged-profiles).
     */
    private static final JsonFactory STREAM = new JsonFactory();

    private JsonReport() {
    }

    public static String render(DepartmentScore d) {
        ObjectNode root = Tree.JSON.createObjectNode();
        root.put("department", d.department());
        root.put("year", d.year());
        root.put("profile", d.profile());
        root.put("method", d.method());
        root.put("score", Numbers.round(d.score()));
        root.put("grade", d.grade());
        root.put("explanation", d.explanation());
        if (d.overall() == null) {
            root.putNull("overall");
        } else {
            root.set("overall", table(d.overall()));
        }
        ArrayNode projects = root.putArray("projects");
        d.projects().forEach(p -> projects.add(table(p)));
        if (d.evaluation() == null) {
            root.putNull("evaluation");
        } else {
            root.set("evaluation", evaluation(d.evaluation()));
        }
        root.set("findings", findings(d.findings()));
        return write(root);
    }

    static ObjectNode table(TableScore t) {
        ObjectNode n = Tree.JSON.createObjectNode();
        n.put("name", t.name());
        n.put("budget", Numbers.round(t.budget()));
        n.put("spent", Numbers.round(t.spent()));
        n.put("score", Numbers.round(t.score()));
        n.put("grade", t.grade());
        n.put("naPoints", Numbers.round(t.naPoints()));
        n.put("explanation", t.explanation());
        BudgetExecution b = t.budgetExecution();
        if (b == null) {
            n.putNull("budgetExecution");
        } else {
            ObjectNode be = n.putObject("budgetExecution");
            be.put("rate", Numbers.round(b.rate()));
            be.put("points", Numbers.round(b.points()));
            be.put("score", Numbers.round(b.score()));
            be.put("explanation", b.explanation());
            be.put("budget", Numbers.round(b.budget()));
            be.put("initialBudget", Numbers.round(b.initialBudget()));
        }
        ArrayNode cats = n.putArray("categories");
        for (CategoryScore c : t.categories()) {
            ObjectNode cn = cats.addObject();
            cn.put("category", c.category());
            cn.put("level1", c.level1());
            cn.put("points", Numbers.round(c.points()));
            cn.put("score", Numbers.round(c.score()));
        }
        indicators(n, t);
        n.set("findings", findings(t.findings()));
        return n;
    }

    /**
     * The 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): its score and grade, the sums of its 一级指标 sections,
     * its indicators with the fields of a table's, its findings. Not part of the department's score.
     */
    static ObjectNode evaluation(TableScore t) {
        ObjectNode n = Tree.JSON.createObjectNode();
        n.put("name", t.name());
        n.put("score", Numbers.round(t.score()));
        n.put("grade", t.grade());
        n.put("naPoints", Numbers.round(t.naPoints()));
        n.put("explanation", t.explanation());
        ArrayNode sections = n.putArray("sections");
        for (CategoryScore c : t.categories()) {
            ObjectNode sn = sections.addObject();
            sn.put("level1", c.level1());
            sn.put("points", Numbers.round(c.points()));
            sn.put("score", Numbers.round(c.score()));
        }
        indicators(n, t);
        n.set("findings", findings(t.findings()));
        return n;
    }

    private static void indicators(ObjectNode n, TableScore t) {
        ArrayNode inds = n.putArray("indicators");
        for (IndicatorScore i : t.indicators()) {
            ObjectNode in = inds.addObject();
            in.put("name", i.name());
            in.put("key", i.key());
            in.put("level1", i.level1());
            in.put("level2", i.level2());
            in.put("target", i.target());
            in.put("actual", i.actual());
            in.put("points", Numbers.round(i.points()));
            in.put("score", Numbers.round(i.score()));
            in.put("status", i.status().label());
            in.put("statusLabel", Labels.achievement(i));
            in.put("rule", i.rule());
            in.put("explanation", i.explanation());
        }
    }

    public static ArrayNode findings(List<Finding> findings) {
        ArrayNode a = Tree.JSON.createArrayNode();
        for (Finding f : findings) {
            ObjectNode fn = a.addObject();
            fn.put("severity", f.severity().label());
            fn.put("code", f.code());
            fn.put("message", f.message());
            fn.put("hint", f.hint());
            fn.put("location", f.location().toString());
        }
        return a;
    }

    /** An empty JSON object, to fill and {@link #write}. */
    public static ObjectNode object() {
        return Tree.JSON.createObjectNode();
    }

    /** What writes a JSON text through a generator ({@link #stream}). */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * A JSON text written as it is generated, without a tree of nodes in between — for the bureau reports, whose
     * trees of tens of thousands of nodes were built and walked on the main thread once every department was done
     * (docs/performance.md#bureau-json-streamed). The text is what {@link #write} gives for the tree of the same
     * fields in the same order: the same generator, pretty printer and line end; a tree inside
     * ({@link #findings}) is written with {@link #tree}.
     */
    public static String stream(Body body) {
        StringWriter text = new StringWriter(1 << 16);
        try (JsonGenerator g = STREAM.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            body.write(g);
        } catch (IOException e) {
            throw new IllegalStateException("JSON rendering failed", e);
        }
        return text.toString().concat(System.lineSeparator());
    }

    /** A tree of nodes ({@link #findings}) inside a streamed report, written as {@link #write} writes trees. */
    public static void tree(JsonGenerator g, TreeNode node) throws IOException {
        Tree.JSON.writeTree(g, node);
    }

    /**
     * A department a bureau's run could not score or monitor, as both bureau reports list it: its folder, name, year,
     * whether jixiao itself failed, and its errors.
     */
    public static void failedDepartment(JsonGenerator g, String folder, String department, int year, boolean crashed,
                                        List<Finding> errors) throws IOException {
        g.writeStartObject();
        g.writeStringField("folder", folder);
        g.writeStringField("department", department);
        g.writeNumberField("year", year);
        g.writeBooleanField("internalError", crashed);
        g.writeFieldName("errors");
        tree(g, findings(errors));
        g.writeEndObject();
    }

    /** An amount as every report shows it ({@link Numbers#round}), or null — as a tree's {@code put(name, BigDecimal)}. */
    public static void amount(JsonGenerator g, String name, BigDecimal v) throws IOException {
        BigDecimal shown = Numbers.round(v);
        if (shown == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, shown);
        }
    }

    /** A count, or null when there is none — as a tree's {@code put(name, Integer)}. */
    public static void count(JsonGenerator g, String name, Integer n) throws IOException {
        if (n == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, n);
        }
    }

    public static String write(Object node) {
        try {
            // concat, not +: the text is one array of exactly its length (string concatenation is compiled as
            // StringBuilder code, which would double a report of tens of megabytes to add the line end)
            return Tree.JSON.writeValueAsString(node).concat(System.lineSeparator());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON rendering failed", e);
        }
    }
}
