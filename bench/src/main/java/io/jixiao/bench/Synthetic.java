package io.jixiao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic department for benchmarks: {@code indicators} indicators spread over {@code tables} project
 * tables, cycling through the seeds' kinds of target (≥ with a per-10条 deduction, ≥%, ≤分钟, = with a
 * per-hour deduction, a qualitative 效益 target scored by grade, a 满意度 ≥%). Each indicator has two actuals,
 * {@link #low(int)} (short of the target) and {@link #high(int)} (met), so that a benchmark can flip it.
 */
final class Synthetic {

    private static final String[][] KINDS = {
        // level1, level2, target, deduction, low, high
        {"产出指标", "数量指标", "≥2万条", "每减少10条，扣减数量分值的1%", "19950条", "2.1万条"},
        {"产出指标", "质量指标", "≥95%", null, "93%", "96%"},
        {"产出指标", "时效指标", "≤30分钟", null, "45分钟", "0.4小时"},
        {"产出指标", "时效指标", "=24小时", "每减少1小时，减数量分值的10%", "20小时", "24小时"},
        {"效益指标", "社会效益指标", "有效改善", null, "部分达成", "达成"},
        {"满意度指标", "服务对象满意度指标", "≥90%", null, "88%", "92%"},
    };

    final int indicators;
    final int tables;

    Synthetic(int indicators, int tables) {
        this.indicators = indicators;
        this.tables = tables;
    }

    static String table(int t) {
        return String.format("项目%02d", t + 1);
    }

    /** The table indicator {@code i} is in. */
    String tableOf(int i) {
        return table(i % tables);
    }

    static String key(int i) {
        return String.format("指标%03d", i + 1);
    }

    static String low(int i) {
        return KINDS[i % KINDS.length][4];
    }

    static String high(int i) {
        return KINDS[i % KINDS.length][5];
    }

    /** Writes targets.yaml and actuals.yaml (every other indicator short of its target) into {@code dir}. */
    void write(Path dir) {
        StringBuilder t = new StringBuilder("department: 合成部门\nyear: 2024\nbudget: ").append(100 * tables)
                .append("\nprojects:\n");
        StringBuilder a = new StringBuilder("department: 合成部门\nyear: 2024\nprojects:\n");
        for (int p = 0; p < tables; p++) {
            t.append("  - name: ").append(table(p)).append("\n    budget: 100\n    indicators:\n");
            a.append("  - name: ").append(table(p)).append("\n    spent: 96.5\n    actuals:\n");
            for (int i = p; i < indicators; i += tables) {
                String[] k = KINDS[i % KINDS.length];
                t.append("      - level1: ").append(k[0]).append("\n        level2: ").append(k[1])
                        .append("\n        name: ").append(key(i)).append("\n        target: \"").append(k[2])
                        .append("\"\n");
                if (k[3] != null) {
                    t.append("        deduction: ").append(k[3]).append('\n');
                }
                a.append("      ").append(key(i)).append(": \"").append(i % 2 == 0 ? low(i) : high(i)).append("\"\n");
            }
        }
        try {
            Files.writeString(dir.resolve("targets.yaml"), t, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("actuals.yaml"), a, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
