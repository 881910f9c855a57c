package io.jixiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every kind of {@link Input} — file, text, bytes, stream, the builders — is read by the same loaders: the same
 * department gives the same {@link Result}, and a mistake in built input is the same located finding a file gets,
 * located at the builder's call.
 */
class InputTest {

    static final Path DIR = Path.of("..", "indicators", "guangyang", "2023");
    static final Path TARGETS = DIR.resolve("targets.yaml");
    static final Path ACTUALS = DIR.resolve("actuals-example.yaml");
    static final Result FILES = Jixiao.evaluate(Input.file(TARGETS), Input.file(ACTUALS));

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("file", (Supplier<Input[]>) () -> new Input[] {Input.file(TARGETS), Input.file(ACTUALS)}),
                Arguments.of("text", (Supplier<Input[]>) () -> new Input[] {
                        Input.text(TARGETS.toString(), read(TARGETS)), Input.text(ACTUALS.toString(), read(ACTUALS))}),
                Arguments.of("bytes", (Supplier<Input[]>) () -> new Input[] {
                        Input.bytes(TARGETS.toString(), bytes(TARGETS)), Input.bytes(ACTUALS.toString(), bytes(ACTUALS))}),
                Arguments.of("stream", (Supplier<Input[]>) () -> new Input[] {
                        Input.stream(TARGETS.toString(), stream(TARGETS)),
                        Input.stream(ACTUALS.toString(), stream(ACTUALS))}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theSameDepartmentFromAnyKindOfInputGivesTheSameResult(String kind, Supplier<Input[]> inputs) {
        Input[] in = inputs.get();
        Result r = Jixiao.evaluate(in[0], in[1]);
        assertThat(r.ok()).isTrue();
        assertThat(r.score()).isEqualTo(FILES.score());
        assertThat(r.tables()).isEqualTo(FILES.tables());
        assertThat(r.findings()).isEqualTo(FILES.findings()); // located in the same names: identical
        assertThat(FILES.findings()).isNotEmpty();
    }

    @Test
    void theBuildersStatingTheSameDepartmentGiveTheSameResultLocatedInTheBuilders() {
        Result r = Jixiao.evaluate(Restate.targets(TARGETS), Restate.actuals(ACTUALS));
        assertThat(r.ok()).isTrue();
        assertThat(r.score()).isEqualTo(FILES.score());
        assertThat(r.grade()).isEqualTo(FILES.grade());
        for (int t = 0; t < FILES.tables().size(); t++) {
            TableResult built = r.tables().get(t);
            TableResult file = FILES.tables().get(t);
            assertThat(built.name()).isEqualTo(file.name());
            assertThat(built.score()).isEqualTo(file.score());
            assertThat(built.indicators()).isEqualTo(file.indicators());
            assertThat(built.budgetExecution()).isEqualTo(file.budgetExecution());
            assertThat(built.categories()).isEqualTo(file.categories());
        }
        // the 部门整体支出绩效评价 sheet too (its findings are located in the builder, like the tables')
        TableResult sheet = r.evaluation().orElseThrow();
        assertThat(sheet.score()).isEqualTo(FILES.evaluation().orElseThrow().score());
        assertThat(sheet.indicators()).isEqualTo(FILES.evaluation().orElseThrow().indicators());
        assertThat(sheet.categories()).isEqualTo(FILES.evaluation().orElseThrow().categories());
        // the same findings, each in the builder's name instead of the file's
        assertThat(r.findings()).extracting(InputTest::unlocated)
                .containsExactlyInAnyOrderElementsOf(FILES.findings().stream().map(InputTest::unlocated).toList());
        assertThat(r.findings()).extracting(f -> f.location().file())
                .allSatisfy(file -> assertThat(file).isIn("targets (built)", "actuals (built)"));
    }

    /**
     * A small department stated in code. national: 产出 50, 效益 30, 满意度 10, 预算执行率 10; points shared
     * equally within a group.
     * <ul>
     *   <li>培训人次 ≥200人次, 180人次: 25 × 180/200 = 22.5 (at least, in proportion)</li>
     *   <li>合格率 ≥95%, 96%: 25</li>
     *   <li>覆盖面 有效提升 (text), 达成: 30</li>
     *   <li>满意度 ≥90%, 92%: 10</li>
     *   <li>预算执行率: 95 / 100 → 10 × 0.95 = 9.5</li>
     * </ul>
     * 22.5 + 25 + 30 + 10 + 9.5 = 97 → 优; the department score is its 部门整体 table's.
     */
    @Test
    void aSmallDepartmentBuiltInCodeScoresAsWorkedOutByHand() {
        Input targets = Input.targets("示例局", 2024).budget(new BigDecimal("100"))
                .overall()
                .indicator("产出指标", "数量", "培训人次", "≥200人次")
                .indicator("产出指标", "质量", "合格率", "≥95%")
                .indicator("效益指标", "社会效益", "覆盖面", "有效提升")
                .indicator("满意度指标", "满意度", "满意度", "≥90%")
                .build();
        Input actuals = Input.actuals("示例局", 2024)
                .overall().spent(new BigDecimal("95"))
                .actual("培训人次", "180人次").actual("合格率", "96%").actual("覆盖面", "达成").actual("满意度", "92%")
                .build();

        Result r = Jixiao.evaluate(targets, actuals);

        assertThat(r.errors()).isEmpty();
        assertThat(r.score()).isEqualByComparingTo("97");
        assertThat(r.grade()).isEqualTo("优");
        assertThat(r.method()).isEqualTo("overall");
        assertThat(r.indicator("overall", "培训人次").score()).isEqualByComparingTo("22.5");
        assertThat(r.indicator("部门整体", "培训人次").status()).isEqualTo("partial");
        assertThat(r.table("overall").budgetExecution()).hasValueSatisfying(b ->
                assertThat(b.score()).isEqualByComparingTo("9.5"));
        assertThat(r.department()).isEqualTo("示例局");
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.profile()).isEqualTo("national");
        // the 审核 reads built targets as it reads a file: 时效 and 成本 are missing, located at overall()
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.location()).isEqualTo(new Location("targets (built)", 3, 1)));
    }

    /**
     * The builders' example in docs/guide.md#java-api and their javadoc. 部门整体 (no 满意度 indicator: its 10 go
     * to 效益): 培训人次 holds all 50 of 产出 — 20人次 short, 每减少10人次扣1% → 2 steps → 2% off → 50 × 0.98 = 49;
     * 覆盖面 holds 效益's 30 + 10 = 40, 达成 → 40; 预算执行率 10 × 95/100 = 9.5. 49 + 40 + 9.5 = 98.5 优, the
     * department's score.
     */
    @Test
    void theGuidesBuilderExampleEvaluates() {
        Input targets = Input.targets("示例局", 2024).budget(new BigDecimal("100"))
                .overall()
                .indicator("产出指标", "数量", "培训人次", "≥200人次").deduction("每减少10人次扣1%")
                .indicator("效益指标", "社会效益", "覆盖面", "有效提升")
                .project("培训项目", new BigDecimal("20"))
                .indicator("产出指标", "质量", "合格率", "≥95%").points(new BigDecimal("50"))
                .build();
        Input actuals = Input.actuals("示例局", 2024)
                .overall().spent(new BigDecimal("95")).actual("培训人次", "180人次").actual("覆盖面", "达成")
                .project("培训项目").spent(new BigDecimal("20")).actual("合格率", "96%")
                .selfScore("合格率", new BigDecimal("50"))
                .build();
        Result r = Jixiao.evaluate(targets, actuals);
        assertThat(r.errors()).isEmpty();
        assertThat(r.score()).isEqualByComparingTo("98.5");
        assertThat(r.grade()).isEqualTo("优");
        assertThat(r.indicator("部门整体", "培训人次").rule()).isEqualTo("deduction-step");
        assertThat(r.table("培训项目").indicator("合格率").met()).isTrue();
    }

    record Mistake(String what, Supplier<Input> targets, Supplier<Input> actuals, String code, Location at) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                // call 1: targets(...), 2: overall(), 3: indicator(...) — 一级指标 is its first argument
                new Mistake("an unknown 一级指标", () -> Input.targets("示例局", 2024).overall()
                        .indicator("产出目标", "数量", "培训人次", "≥200人次").build(), InputTest::someActuals,
                        "KPI-0105", new Location("targets (built)", 3, 1)),
                // the target is the fourth argument of call 3
                new Mistake("a target that does not read", () -> Input.targets("示例局", 2024).overall()
                        .indicator("产出指标", "数量", "培训人次", "≥≥200人次").build(), InputTest::someActuals,
                        "KPI-0108", new Location("targets (built)", 3, 4)),
                // call 4: points(...)
                new Mistake("negative points", () -> Input.targets("示例局", 2024).overall()
                        .indicator("产出指标", "数量", "培训人次", "≥200人次").points(new BigDecimal("-5")).build(),
                        InputTest::someActuals, "KPI-0116", new Location("targets (built)", 4, 1)),
                // actuals: 1 actuals(...), 2 overall(), 3 actual(key, text) — the value is its second argument
                new Mistake("an actual that does not read", InputTest::someTargets, () -> Input.actuals("示例局", 2024)
                        .overall().actual("培训人次", "18..0人次").build(), "KPI-0109",
                        new Location("actuals (built)", 3, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeInBuiltInputIsALocatedFindingNotAnException(Mistake m) {
        Result r = Jixiao.evaluate(m.targets().get(), m.actuals().get());
        assertThat(r.ok()).isFalse();
        assertThat(r.scored()).isFalse();
        assertThat(r.errors()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(m.code());
            assertThat(f.location()).isEqualTo(m.at());
        });
    }

    @Test
    void aStreamIsReadNoFurtherThanTheLimitAndAFailingOneIsAFinding() throws IOException {
        // 8 MiB of YAML is the file limit: a longer stream is refused as a longer file is, without reading it all
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return ' ';
            }
        };
        Result big = Jixiao.review(Input.stream("big.yaml", endless));
        assertThat(big.errors()).extracting(Finding::code).containsExactly("KPI-0111");
        assertThat(read[0]).isEqualTo(8L * 1024 * 1024 + 1);

        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        Result r = Jixiao.evaluate(Input.stream("upload.yaml", broken), someActuals());
        assertThat(r.errors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0112");
            assertThat(f.message()).contains("connection reset");
            assertThat(f.location()).isEqualTo(Location.of("upload.yaml"));
        });
    }

    private static Input someTargets() {
        return Input.targets("示例局", 2024).budget(new BigDecimal("100")).overall()
                .indicator("产出指标", "数量", "培训人次", "≥200人次").build();
    }

    private static Input someActuals() {
        return Input.actuals("示例局", 2024).overall().spent(new BigDecimal("95")).actual("培训人次", "180人次").build();
    }

    private static String unlocated(Finding f) {
        return f.severity() + " " + f.code() + " " + f.message() + " " + f.hint();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(Path p) {
        return new ByteArrayInputStream(bytes(p));
    }

    /**
     * A targets or actuals YAML file stated again through the builders, field by field: what a program that holds a
     * department in its own data would write.
     */
    static final class Restate {

        private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        @SuppressWarnings("unchecked")
        static Input targets(Path file) {
            Map<String, Object> m = load(file);
            TargetsBuilder b = Input.targets((String) m.get("department"), (Integer) m.get("year"));
            if (m.containsKey("code")) {
                b.code(text(m.get("code")));
            }
            if (m.containsKey("budget")) {
                b.budget(number(m.get("budget")));
            }
            if (m.containsKey("projectBudget")) {
                b.projectBudget(number(m.get("projectBudget")));
            }
            if (m.containsKey("profile")) {
                b.profile(text(m.get("profile")));
            }
            if (m.containsKey("overall")) {
                b.overall();
                table(b, (Map<String, Object>) m.get("overall"));
            }
            for (Map<String, Object> p : (List<Map<String, Object>>) m.getOrDefault("projects", List.of())) {
                b.project(text(p.get("name")), p.containsKey("budget") ? number(p.get("budget")) : null);
                table(b, p);
            }
            if (m.containsKey("evaluation")) {
                Map<String, Object> e = (Map<String, Object>) m.get("evaluation");
                b.evaluation(text(e.get("name")));
                table(b, e);
            }
            return b.build();
        }

        @SuppressWarnings("unchecked")
        private static void table(TargetsBuilder b, Map<String, Object> t) {
            if (t.containsKey("budgetPoints")) {
                b.budgetPoints(number(t.get("budgetPoints")));
            }
            for (Object goal : (List<Object>) t.getOrDefault("goals", List.of())) {
                b.goal(text(goal));
            }
            ((Map<String, Object>) t.getOrDefault("spendingPlan", Map.of()))
                    .forEach((period, amount) -> b.spendingPlan(period, text(amount)));
            for (Map<String, Object> i : (List<Map<String, Object>>) t.get("indicators")) {
                b.indicator(text(i.get("level1")), text(i.get("level2")), text(i.get("name")), text(i.get("target")));
                if (i.containsKey("id")) {
                    b.id(text(i.get("id")));
                }
                if (i.containsKey("description")) {
                    b.description(text(i.get("description")));
                }
                if (i.containsKey("deduction")) {
                    b.deduction(text(i.get("deduction")));
                }
                if (i.containsKey("points")) {
                    b.points(number(i.get("points")));
                }
                if (i.containsKey("basis")) {
                    b.basis(text(i.get("basis")));
                }
            }
        }

        @SuppressWarnings("unchecked")
        static Input actuals(Path file) {
            Map<String, Object> m = load(file);
            ActualsBuilder b = Input.actuals((String) m.get("department"), (Integer) m.get("year"));
            if (m.containsKey("overall")) {
                b.overall();
                table(b, (Map<String, Object>) m.get("overall"));
            }
            for (Map<String, Object> p : (List<Map<String, Object>>) m.getOrDefault("projects", List.of())) {
                b.project(text(p.get("name")));
                table(b, p);
            }
            if (m.containsKey("evaluation")) {
                b.evaluation();
                table(b, (Map<String, Object>) m.get("evaluation"));
            }
            return b.build();
        }

        @SuppressWarnings("unchecked")
        private static void table(ActualsBuilder b, Map<String, Object> t) {
            if (t.containsKey("spent")) {
                b.spent(number(t.get("spent")));
            }
            if (t.containsKey("adjustedBudget")) {
                b.adjustedBudget(number(t.get("adjustedBudget")));
            }
            ((Map<String, Object>) t.getOrDefault("actuals", Map.of())).forEach((k, v) -> b.actual(k, text(v)));
            ((Map<String, Object>) t.getOrDefault("selfScores", Map.of())).forEach((k, v) -> b.selfScore(k, number(v)));
            ((Map<String, Object>) t.getOrDefault("reasons", Map.of())).forEach((k, v) -> b.reason(k, text(v)));
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> load(Path file) {
            try {
                return YAML.readValue(file.toFile(), Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String text(Object o) {
            return o == null ? null : o.toString();
        }

        private static BigDecimal number(Object o) {
            return new BigDecimal(o.toString());
        }
    }
}
