package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schemas in indicators/schema/ (used by editors through yaml-language-server) accept every
 * example file, reject bad documents, and list exactly the keys the loader's {@link Shape}s accept.
 */
class SchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = repoRoot();
    private static final Schema TARGETS = schema("targets");
    private static final Schema ACTUALS = schema("actuals");

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder with indicators/ above " + dir);
    }

    private static Schema schema(String kind) {
        Path file = ROOT.resolve("indicators/schema/" + kind + ".schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static JsonNode schemaJson(String kind) throws IOException {
        return new ObjectMapper().readTree(ROOT.resolve("indicators/schema/" + kind + ".schema.json").toFile());
    }

    private static List<Path> examples(String glob) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.find(ROOT.resolve("indicators"), 3, (p, a) -> a.isRegularFile()
                && p.getParent().getParent().getParent().equals(ROOT.resolve("indicators"))
                && p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))) {
            s.sorted().forEach(all::add);
        }
        return all;
    }

    private static List<String> errors(Schema schema, String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml)).stream().map(Error::toString).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyTargetsFileMatchesTheSchema() throws IOException {
        List<Path> files = examples("targets.yaml");
        assertThat(files).as("indicators/*/*/targets.yaml").isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(),
                () -> valid(TARGETS, f, "targets.schema.json")));
    }

    @TestFactory
    Stream<DynamicTest> everyActualsFileMatchesTheSchema() throws IOException {
        List<Path> files = examples("actuals*.yaml");
        assertThat(files).as("indicators/*/*/actuals*.yaml").isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(),
                () -> valid(ACTUALS, f, "actuals.schema.json")));
    }

    private static void valid(Schema schema, Path file, String schemaFile) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElse(""))
                .as("first line of %s points editors at the schema", file)
                .isEqualTo("# yaml-language-server: $schema=../../schema/" + schemaFile);
        List<Error> errors = schema.validate(YAML.readTree(text));
        assertThat(errors).as("%s against %s", file, schemaFile).isEmpty();
    }

    // ---- the schemas can fail ----

    private static final String TARGETS_OK = """
            department: 测试部门
            year: 2023
            projects:
              - name: 项目甲
                budget: "2592500元"
                indicators:
                  - level1: 产出指标
                    name: 数量
                    target: ≥2万条
                    deduction: {per: 10, unit: 条, deduct: 1%}
                    points: 10
            """;

    @Test
    void aSmallGoodTargetsDocumentPasses() throws IOException {
        assertThat(errors(TARGETS, TARGETS_OK)).isEmpty();
    }

    @Test
    void chineseAliasesAreAccepted() throws IOException {
        String doc = """
                部门名称: 测试部门
                预算年度: "2023年"
                预算数: 259.25
                项目:
                  - 项目名称: 项目甲
                    绩效目标: 一句话目标
                    资金支出计划: {3月底: 25%, 12月底: 1}
                    指标:
                      - 一级指标: 产出指标
                        二级指标: 数量指标
                        三级指标: 数量
                        绩效指标描述: 全年数量
                        指标值: 100
                        评（扣）分标准: 每减少10条，扣减数量分值的1%
                        分值: 10
                        指标值确定依据: 计划标准
                """;
        assertThat(errors(TARGETS, doc)).isEmpty();
        String actuals = """
                单位名称: 测试部门
                年度: 2023
                项目:
                  - 项目名称: 项目甲
                    全年执行数: 19.6
                    实际完成值: {数量: 18500条, 满意度: 不适用}
                    自评得分: {数量: 9.5}
                    未完成原因: {数量: 停机两周}
                """;
        assertThat(errors(ACTUALS, actuals)).isEmpty();
    }

    @Test
    void rejectsAnUnknownKey() throws IOException {
        assertThat(errors(TARGETS, TARGETS_OK.replace("year: 2023", "year: 2023\nyaer: 2023"))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("points: 10", "points: 10\n        weight: 10"))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("deduct: 1%", "deduct: 1%, step: 2"))).isNotEmpty();
    }

    @Test
    void rejectsAnIndicatorWithoutTarget() throws IOException {
        assertThat(errors(TARGETS, TARGETS_OK.replace("        target: ≥2万条\n", ""))).isNotEmpty();
    }

    @Test
    void rejectsOtherBadTargets() throws IOException {
        // missing department, year out of range, no level1, no key, two spellings of one key
        assertThat(errors(TARGETS, TARGETS_OK.replace("department: 测试部门\n", ""))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("year: 2023", "year: 1889"))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("      - level1: 产出指标\n        name: 数量\n",
                "      - name: 数量\n"))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("        name: 数量\n", ""))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("name: 数量", "name: 数量\n        三级指标: 数量"))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("points: 10", "points: -1"))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("{per: 10, unit: 条, deduct: 1%}", "{per: 10}"))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("\"2592500元\"", "lots"))).isNotEmpty();
        assertThat(errors(TARGETS, TARGETS_OK.replace("  - name: 项目甲\n", "  - budget: 1\n"))).isNotEmpty();
    }

    @Test
    void rejectsBadActuals() throws IOException {
        String ok = """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目甲
                    spent: 19.6
                    actuals: {数量: 18500条}
                """;
        assertThat(errors(ACTUALS, ok)).isEmpty();
        assertThat(errors(ACTUALS, ok.replace("spent: 19.6", "spend: 19.6"))).isNotEmpty();
        assertThat(errors(ACTUALS, ok.replace("    actuals: {数量: 18500条}\n", ""))).isNotEmpty();
        assertThat(errors(ACTUALS, ok.replace("year: 2023\n", ""))).isNotEmpty();
        assertThat(errors(ACTUALS, ok.replace("18500条", "\"\""))).isNotEmpty();
    }

    // ---- the schemas list exactly the keys the loader accepts ----

    @Test
    void schemaKeysAreTheLoadersKeys() throws IOException {
        JsonNode t = schemaJson("targets");
        JsonNode a = schemaJson("actuals");
        assertThat(keys(t)).isEqualTo(new TreeSet<>(TargetsLoader.TOP.names()));
        assertThat(keys(t.at("/$defs/projectTable"))).isEqualTo(new TreeSet<>(TargetsLoader.TABLE.names()));
        assertThat(keys(t.at("/$defs/overallTable"))).isEqualTo(new TreeSet<>(TargetsLoader.TABLE.names()));
        assertThat(keys(t.at("/$defs/indicator")))
                .isEqualTo(new TreeSet<>(TargetsLoader.IndicatorReader.ROW.names()));
        assertThat(keys(t.at("/$defs/structuredDeduction"))).isEqualTo(new TreeSet<>(DeductionReader.STRUCTURED.names()));
        assertThat(keys(t.at("/$defs/evaluationSheet"))).isEqualTo(new TreeSet<>(TargetsLoader.EVALUATION.names()));
        assertThat(keys(t.at("/$defs/evaluationIndicator")))
                .isEqualTo(new TreeSet<>(TargetsLoader.IndicatorReader.ROW.names()));
        assertThat(keys(t.at("/$defs/band"))).isEqualTo(new TreeSet<>(DeductionReader.BAND.names()));
        assertThat(keys(t.at("/$defs/pointSteps"))).isEqualTo(new TreeSet<>(DeductionReader.POINT_STEPS.names()));
        assertThat(keys(a)).isEqualTo(new TreeSet<>(ActualsLoader.TOP.names()));
        assertThat(keys(a.at("/$defs/evaluationActuals"))).isEqualTo(new TreeSet<>(ActualsLoader.EVALUATION.names()));
        assertThat(keys(a.at("/$defs/projectActuals"))).isEqualTo(new TreeSet<>(ActualsLoader.TABLE.names()));
        assertThat(keys(a.at("/$defs/overallActuals"))).isEqualTo(new TreeSet<>(ActualsLoader.TABLE.names()));
    }

    private static Set<String> keys(JsonNode object) {
        assertThat(object.path("additionalProperties").asBoolean(true)).as("additionalProperties: false").isFalse();
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.path("properties").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode p = object.path("properties").path(name);
            assertThat(p.path("title").asText()).as("title of %s", name).isNotBlank();
            assertThat(p.path("description").asText()).as("description of %s", name).isNotBlank();
            names.add(name);
        }
        return names;
    }
}
