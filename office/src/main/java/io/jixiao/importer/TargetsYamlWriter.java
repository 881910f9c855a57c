package io.jixiao.importer;

import io.jixiao.load.YamlText;
import java.util.Map;

/**
 * Writes imported targets as a targets YAML (docs/formats.md#targets-file): the schema comment first, keys in the order
 * of the hand-written examples, the source line of every table and indicator as a comment, and every note ("! …" marks
 * something to check) as a comment at its spot. Rows that are not indicators are written as commented-out cells, so
 * nothing of the tables is lost.
 */
final class TargetsYamlWriter {

    static final String SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/targets.schema.json";

    private final StringBuilder out = new StringBuilder();

    private TargetsYamlWriter() {
    }

    /** A 评（扣）分标准 to offer for an indicator of this name that has none: {@code [library id, text]}. */
    private java.util.function.Function<String, java.util.Optional<String[]>> suggested = n -> java.util.Optional.empty();

    static String write(ImportedTargets t) {
        return write(t, n -> java.util.Optional.empty());
    }

    /**
     * As {@link #write(ImportedTargets)}, offering the 指标库's 评（扣）分标准 where an indicator has none, as a
     * commented-out {@code deduction:} line marked as suggested (uncomment it to adopt it).
     */
    static String write(ImportedTargets t, java.util.function.Function<String, java.util.Optional<String[]>> suggested) {
        TargetsYamlWriter w = new TargetsYamlWriter();
        w.suggested = suggested;
        w.document(t);
        return w.out.toString();
    }

    private void document(ImportedTargets t) {
        line(SCHEMA_LINE);
        comment("", ImportTexts.text(t.docx() ? "yaml.header.docx" : "yaml.header", "source", t.source(), "tables",
                t.tableCount(), "indicators", t.indicatorCount()));
        comment("", ImportTexts.text("yaml.marks"));
        t.notes().forEach(n -> comment("", n));
        line(t.department() == null ? "department: \"\"   # " + ImportTexts.text("yaml.notFound")
                : "department: " + YamlText.scalar(t.department()) + source(t.departmentSource()));
        if (t.code() != null) {
            line("code: " + YamlText.quoted(t.code()));
        }
        line(t.year() == null ? "year: \"\"   # " + ImportTexts.text("yaml.notFound")
                : "year: " + t.year() + source(t.yearSource()));
        amount("", "budget", t.budget());
        amount("", "projectBudget", t.projectBudget());
        if (t.overall() != null) {
            line("overall:" + lines("yaml.lines.overall", t.overall()));
            t.overall().notes().forEach(n -> comment("  ", n));
            indicators("  ", t.overall());
        }
        if (!t.projects().isEmpty()) {
            line("projects:");
            for (ImportedTable p : t.projects()) {
                project(p);
            }
        }
        if (t.evaluation() != null) {
            // the 部门整体支出绩效评价 评分表: its rows with their 分值 and 评分标准 (docs/scoring.md#evaluation)
            evaluationOf = t.evaluation();
            line("evaluation:" + lines("yaml.lines.evaluation", t.evaluation()));
            line("  name: " + YamlText.scalar(t.evaluation().name()));
            indicators("  ", t.evaluation());
        }
    }

    private void project(ImportedTable p) {
        p.notes().forEach(n -> comment("  ", n));
        line("  - name: " + YamlText.scalar(p.name()) + lines("yaml.lines.project", p));
        if (p.code() != null) {
            line("    code: " + YamlText.quoted(p.code()));
        }
        amount("    ", "budget", p.budget());
        if (!p.goals().isEmpty()) {
            line("    goals:");
            p.goals().forEach(g -> line("      - " + YamlText.scalar(g)));
        }
        if (!p.spendingPlan().isEmpty()) {
            StringBuilder sb = new StringBuilder("    spendingPlan: {");
            boolean first = true;
            for (Map.Entry<String, String> e : p.spendingPlan().entrySet()) {
                sb.append(first ? "" : ", ").append(YamlText.flowScalar(e.getKey())).append(": ")
                        .append(YamlText.quoted(e.getValue()));
                first = false;
            }
            line(sb.append('}').toString());
        }
        indicators("    ", p);
    }

    private static String source(String s) {
        return s == null ? "" : "   # " + YamlText.comment(s);
    }

    private static String lines(String key, ImportedTable t) {
        return "   # " + ImportTexts.text(key, "first", t.firstLine(), "last", t.lastLine());
    }

    private ImportedTable evaluationOf;

    private void indicators(String indent, ImportedTable t) {
        line(indent + "indicators:");
        String item = indent + "  ";
        for (TableEntry e : t.entries()) {
            if (e instanceof UnplacedRow u) {
                comment(item, ImportTexts.text("yaml.unplaced", "line", u.line(), "reason", u.reason()));
                comment(item, "  " + ImportTexts.text("yaml.cells", "cells",
                        String.join(" | ", u.cells().stream().map(Texts::oneLine).toList())));
                continue;
            }
            ImportedIndicator i = (ImportedIndicator) e;
            i.notes().forEach(n -> comment(item, n));
            String field = item + "  ";
            boolean first = true;
            if (i.id() != null) {
                line(item + "- id: " + YamlText.scalar(i.id()) + "   # " + ImportTexts.text("yaml.line", "line",
                        i.line()));
                first = false;
            }
            line((first ? item + "- " : field) + "level1: " + YamlText.scalar(i.level1())
                    + (first ? "   # " + ImportTexts.text("yaml.line", "line", i.line()) : ""));
            optional(field, "level2", i.level2());
            optional(field, "name", i.name());
            optional(field, "description", i.description());
            if (!(t == evaluationOf && i.target().isEmpty())) {
                line(field + "target: " + YamlText.quoted(i.target()));
            }
            if (i.deduction() != null) {
                line((i.deductionReadable() ? field : field + "# ") + "deduction: " + YamlText.scalar(i.deduction()));
            } else {
                String label = i.name() != null ? i.name() : i.description();
                suggested.apply(label == null ? "" : label).ifPresent(sg -> line(field + "# deduction: "
                        + YamlText.scalar(sg[1]) + "   # " + ImportTexts.text("yaml.suggested", "library",
                        YamlText.comment(sg[0]))));
            }
            if (i.points() != null) {
                line(field + "points: " + i.points());
            }
            optional(field, "basis", i.basis());
        }
    }

    private void optional(String indent, String key, String value) {
        if (value != null) {
            line(indent + key + ": " + YamlText.scalar(value));
        }
    }

    private void amount(String indent, String key, Amount a) {
        if (a != null) {
            line(indent + key + ": " + a.text() + "   # " + ImportTexts.text("yaml.amount", "source",
                    YamlText.comment(a.source()), "line", a.line()));
        }
    }

    private void comment(String indent, String text) {
        line(indent + "# " + YamlText.comment(text));
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
