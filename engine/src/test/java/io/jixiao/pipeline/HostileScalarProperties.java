package io.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.load.YamlText;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A fuzz of YAML scalars through the whole pipeline (issue 13): whatever a department writes as an actual, a
 * 全年执行数 or a 自评得分 — signs, fractions, digits by the dozen, full-width and invisible characters, YAML's own
 * punctuation, pasted paragraphs — the evaluation either refuses it with coded, located findings or scores it, and
 * never with an exception of any other kind nor by accepting a value that cannot be meant ({@link Judge}).
 */
public class HostileScalarProperties {

    public static final String TARGETS = """
            department: 测试部门
            year: 2023
            projects:
              - name: 项目A
                budget: 20
                indicators:
                  - {level1: 产出指标, level2: 数量指标, name: 数量, target: "≥100条"}
                  - {level1: 产出指标, level2: 质量指标, name: 覆盖率, target: "≥95%"}
                  - {level1: 产出指标, level2: 成本指标, name: 费用, target: "≤20万元"}
                  - {level1: 产出指标, level2: 时效指标, name: 时长, target: "≤30分钟"}
                  - {level1: 效益指标, level2: 社会效益指标, name: 增长率, target: "≥-5%"}
                  - {level1: 效益指标, level2: 社会效益指标, name: 效果, target: 有效改善}
            """;
    public static final List<String> KEYS = List.of("数量", "覆盖率", "费用", "时长", "增长率", "效果");
    public static final List<String> FINE = List.of("100条", "96%", "18万元", "25分钟", "-4%", "达成");

    /** Where the fuzzed scalar goes. */
    enum Slot { ACTUAL, SPENT, SELF_SCORE, KEY }

    @Property(tries = 600)
    void aHostileScalarIsRefusedWithFindingsOrScoredSensibly(@ForAll("scalars") String scalar,
                                                            @ForAll("indexes") int index, @ForAll Slot slot,
                                                            @ForAll boolean quoted) {
        String written = quoted ? YamlText.quoted(scalar) : scalar.replace("\n", " ");
        String actuals = actuals(slot, index, written);
        Evaluation e;
        try {
            e = new Pipeline(Options.defaults()).evaluate(Source.text("targets.yaml", TARGETS),
                    Source.text("actuals.yaml", actuals), java.util.EnumSet.of(Stage.SCORE, Stage.RECHECK));
        } catch (RuntimeException | StackOverflowError ex) {
            throw new AssertionError("an untyped " + ex + " for:\n" + actuals, ex);
        }
        Judge.messagesAreShort(e.findings());
        net.jqwik.api.statistics.Statistics.collect(slot, e.ok() ? "scored" : "refused");
        if (e.ok() && e.score() != null && slot == Slot.ACTUAL) {
            IndicatorScore line = line(e, KEYS.get(index)).orElseThrow();
            Judge.sensible(KEYS.get(index), line, e.findings(), actuals);
        }
    }

    static String actuals(Slot slot, int index, String written) {
        StringBuilder a = new StringBuilder("department: 测试部门\nyear: 2023\nprojects:\n  - name: 项目A\n");
        a.append("    spent: ").append(slot == Slot.SPENT ? written : "19").append('\n');
        a.append("    actuals:\n");
        for (int i = 0; i < KEYS.size(); i++) {
            String key = slot == Slot.KEY && i == index ? written : KEYS.get(i);
            a.append("      ").append(key).append(": ").append(slot == Slot.ACTUAL && i == index ? written : FINE.get(i))
                    .append('\n');
        }
        if (slot == Slot.SELF_SCORE) {
            a.append("    selfScores:\n      ").append(KEYS.get(index)).append(": ").append(written).append('\n');
        }
        return a.toString();
    }

    public static Optional<IndicatorScore> line(Evaluation e, String key) {
        for (TableScore t : e.score().tables()) {
            for (IndicatorScore i : t.indicators()) {
                if (i.key().equals(key)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, KEYS.size() - 1);
    }

    @Provide
    Arbitrary<String> scalars() {
        return HostileText.scalars();
    }

    /** What "sensible" means for a value that was scored (shared with the workbook fuzz). */
    public static final class Judge {

        private Judge() {
        }

        /** No message quotes a value at length: a message and its hint stay short whatever the input. */
        public static void messagesAreShort(List<Finding> findings) {
            for (Finding f : findings) {
                assertThat(f.message().length() + f.hint().length()).as(f.render()).isLessThan(1500);
            }
        }

        /**
         * A scored actual is one that can be meant: never negative where no amount is (a count, money, a time),
         * never a bare fraction against a percentage, never 100 times off its target without a KPI-0139 warning, and
         * never more points than the indicator has, nor fewer than none.
         */
        public static void sensible(String key, IndicatorScore line, List<Finding> findings, String input) {
            String as = key + " = '" + line.actual() + "' in\n" + input;
            assertThat(line.score()).as(as).isBetween(java.math.BigDecimal.ZERO, line.points());
            io.jixiao.value.Value v;
            try {
                v = io.jixiao.value.ValueParser.parse(line.actual()).value();
            } catch (io.jixiao.value.ValueParseException ex) {
                throw new AssertionError("scored an actual the grammar refuses: " + as);
            }
            if (v instanceof io.jixiao.value.Quantity q) {
                boolean signed = key.equals("覆盖率") || key.equals("增长率");
                if (!signed) {
                    assertThat(q.amount().signum()).as("negative " + as).isGreaterThanOrEqualTo(0);
                }
                if (key.equals("覆盖率") && q.unit().symbol().isEmpty()) {
                    assertThat(q.amount().signum() <= 0 || q.amount().compareTo(java.math.BigDecimal.ONE) >= 0)
                            .as("bare fraction " + as).isTrue();
                }
                java.math.BigDecimal target = switch (key) {
                    case "数量" -> java.math.BigDecimal.valueOf(100);
                    case "覆盖率" -> java.math.BigDecimal.valueOf(95);
                    case "费用" -> java.math.BigDecimal.valueOf(20);
                    case "时长" -> java.math.BigDecimal.valueOf(30);
                    default -> java.math.BigDecimal.valueOf(-5);
                };
                java.math.BigDecimal amount = converted(key, q);
                java.math.BigDecimal ratio = amount.signum() == 0 ? java.math.BigDecimal.ONE
                        : amount.abs().divide(target.abs(), java.math.MathContext.DECIMAL64);
                if (ratio.compareTo(java.math.BigDecimal.valueOf(100)) >= 0
                        || ratio.compareTo(new java.math.BigDecimal("0.01")) <= 0) {
                    assertThat(findings).as("no KPI-0139 for " + as).anyMatch(f -> f.code().equals("KPI-0139"));
                }
            }
        }

        /** The amount in the target's unit (条, %, 万元, 分钟). */
        private static java.math.BigDecimal converted(String key, io.jixiao.value.Quantity q) {
            String unit = switch (key) {
                case "数量" -> "条";
                case "费用" -> "万元";
                case "时长" -> "分钟";
                default -> "%";
            };
            io.jixiao.value.Unit to = io.jixiao.value.Units.of(unit).orElseThrow();
            return q.unit().dimension() == io.jixiao.value.Dimension.PLAIN ? q.amount()
                    : io.jixiao.value.Units.convert(q.amount(), q.unit(), to);
        }
    }
}
