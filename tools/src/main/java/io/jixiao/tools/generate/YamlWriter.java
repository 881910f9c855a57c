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

    /**
     * The department's progress at a monitoring (docs/formats.md#progress-file), from its outcomes: spending to date
     * around the time-elapsed share of the year's, each row's year-end outcome as its forecast (sometimes with the same
     * current value, sometimes no line at all), 完成目标可能性 mostly given, 偏差原因 and 纠偏措施 mostly with it. Only
     * {@code rng} decides, so the targets and actuals of the department are the same whether or not it is written.
     */
    static String progress(Draft d, String header, java.util.Random rng, int month) {
        StringBuilder b = new StringBuilder(header);
        b.append("department: ").append(quoted(d.department())).append('\n');
        b.append("year: ").append(d.year()).append('\n');
        b.append("month: ").append(month).append('\n');
        if (d.overall() != null) {
            b.append("overall:\n");
            progress(b, d.overall(), "  ", rng, month);
        }
        b.append("projects:\n");
        for (Table t : d.projects()) {
            b.append("  - name: ").append(quoted(t.name())).append('\n');
            progress(b, t, "    ", rng, month);
        }
        return b.toString();
    }

    private static final String[] LIKELIHOODS = {"确定能", "有可能", "完全不可能"};
    private static final String[] REASONS = {"经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"};

    private static void progress(StringBuilder b, Table t, String indent, java.util.Random rng, int month) {
        double pace = month / 12.0 * (0.6 + 0.55 * rng.nextDouble());
        BigDecimal toDate = t.spent().multiply(BigDecimal.valueOf(pace)).setScale(2, java.math.RoundingMode.HALF_UP);
        b.append(indent).append("spentToDate: ").append(num(toDate)).append('\n');
        if (rng.nextDouble() < 0.3) {
            b.append(indent).append("expectedSpent: ").append(num(t.spent())).append('\n');
        }
        b.append(indent).append("indicators:\n");
        for (Row r : t.rows()) {
            if (rng.nextDouble() < 0.08) {
                continue; // no progress reported
            }
            StringBuilder line = new StringBuilder();
            if (rng.nextDouble() < 0.5) {
                line.append("current: ").append(quoted(r.actual())).append(", ");
            }
            line.append("forecast: ").append(quoted(r.actual()));
            if (rng.nextDouble() < 0.6) {
                double l = rng.nextDouble();
                String word = LIKELIHOODS[l < 0.7 ? 0 : l < 0.95 ? 1 : 2];
                line.append(", likelihood: ").append(quoted(word));
                double e = rng.nextDouble();
                if (!word.equals(LIKELIHOODS[0]) && e < 0.85) {
                    line.append(", reason: ").append(quoted(REASONS[rng.nextInt(REASONS.length)]));
                    if (e < 0.7) {
                        line.append(", measures: ").append(quoted("加强调度，按月通报进度"));
                    }
                }
            }
            b.append(indent).append("  ").append(quoted(r.name())).append(": {").append(line).append("}\n");
        }
    }

    static String num(BigDecimal v) {
        return v.toPlainString();
    }
}
