package io.jixiao.tools.generate;

import static io.jixiao.load.YamlText.quoted;

import io.jixiao.tools.generate.Draft.Row;
import io.jixiao.tools.generate.Draft.Table;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes a {@link Draft} as targets.yaml and actuals.yaml in the shapes of docs/formats.md#targets-file and
 * docs/formats.md#actuals-file, every string double-quoted by the one YAML quoter
 * ({@link io.jixiao.load.YamlText#quoted}).
 */
final class YamlWriter {

    private YamlWriter() {
    }

    static String targets(Draft d, String header) {
        StringBuilder b = new StringBuilder(header);
        b.append("department: ").append(quoted(d.department())).append('\n');
        b.append("code: ").append(quoted(d.code())).append('\n');
        b.append("year: ").append(d.year()).append('\n');
        b.append("budget: ").append(num(d.budget())).append('\n');
        b.append("projectBudget: ").append(num(d.projectBudget())).append('\n');
        if (d.overall() != null) {
            b.append("overall:\n");
            rows(b, d.overall(), "  ");
        }
        b.append("projects:\n");
        for (Table t : d.projects()) {
            b.append("  - name: ").append(quoted(t.name())).append('\n');
            b.append("    code: ").append(quoted(t.code())).append('\n');
            b.append("    budget: ").append(num(t.budget())).append('\n');
            rows(b, t, "    ");
        }
        return b.toString();
    }

    private static void rows(StringBuilder b, Table t, String indent) {
        b.append(indent).append("indicators:\n");
        for (Row r : t.rows()) {
            b.append(indent).append("  - level1: ").append(quoted(r.level1())).append('\n');
            String in = indent + "    ";
            b.append(in).append("level2: ").append(quoted(r.level2())).append('\n');
            b.append(in).append("name: ").append(quoted(r.name())).append('\n');
            b.append(in).append("description: ").append(quoted(r.description())).append('\n');
            b.append(in).append("target: ").append(quoted(r.target())).append('\n');
            if (r.deduction() != null) {
                b.append(in).append("deduction: ").append(quoted(r.deduction())).append('\n');
            }
            if (r.points() != null) {
                b.append(in).append("points: ").append(num(r.points())).append('\n');
            }
            b.append(in).append("basis: ").append(quoted(r.basis())).append('\n');
        }
    }

    /** @param claims selfScores by table name (null key: the overall table) and indicator name */
    static String actuals(Draft d, String header, Map<String, Map<String, BigDecimal>> claims) {
        StringBuilder b = new StringBuilder(header);
        b.append("department: ").append(quoted(d.department())).append('\n');
        b.append("year: ").append(d.year()).append('\n');
        if (d.overall() != null) {
            b.append("overall:\n");
            outcomes(b, d.overall(), "  ", claims.get(null));
        }
        b.append("projects:\n");
        for (Table t : d.projects()) {
            b.append("  - name: ").append(quoted(t.name())).append('\n');
            outcomes(b, t, "    ", claims.get(t.name()));
        }
        return b.toString();
    }

    private static void outcomes(StringBuilder b, Table t, String indent, Map<String, BigDecimal> claims) {
        b.append(indent).append("spent: ").append(num(t.spent())).append('\n');
        b.append(indent).append("actuals:\n");
        for (Row r : t.rows()) {
            b.append(indent).append("  ").append(quoted(r.name())).append(": ").append(quoted(r.actual())).append('\n');
        }
        if (claims != null && !claims.isEmpty()) {
            b.append(indent).append("selfScores:\n");
            claims.forEach((k, v) -> b.append(indent).append("  ").append(quoted(k)).append(": ").append(num(v)).append('\n'));
        }
    }

    static String num(BigDecimal v) {
        return v.toPlainString();
    }
}
