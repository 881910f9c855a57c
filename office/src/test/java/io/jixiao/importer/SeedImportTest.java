package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance of issue 4: each seed's text export imports to a YAML that loads without errors and equals its
 * hand transcription under indicators/ table for table and indicator for indicator.
 */
class SeedImportTest {

    static Stream<Seeds.Seed> seeds() {
        return Seeds.ALL.stream();
    }

    static ImportResult imported(Seeds.Seed seed) {
        return DisclosureImporter.importFile(seed.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void importsToAYamlThatLoadsWithoutErrors(Seeds.Seed seed) {
        ImportResult r = imported(seed);
        LoadResult<DepartmentTargets> loaded = Seeds.load(seed.folder(), r.yaml());
        assertThat(Seeds.errors(loaded)).isEmpty();
        assertThat(r.findings()).noneMatch(Finding::isError);
        assertThat(r.yaml()).startsWith(TargetsYamlWriter.SCHEMA_LINE + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void equalsTheHandTranscription(Seeds.Seed seed) {
        DepartmentTargets imported = Seeds.load(seed.folder(), imported(seed).yaml()).orThrow();
        DepartmentTargets reference = TargetsLoader.load(seed.transcription()).orThrow();
        assertThat(TargetsDiff.of(imported, reference)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theYamlMatchesTheJsonSchemaEditorsUse(Seeds.Seed seed) throws IOException {
        Schema schema;
        try (InputStream in = Files.newInputStream(Seeds.ROOT.resolve("indicators/schema/targets.schema.json"))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        String yaml = imported(seed).yaml();
        assertThat(schema.validate(new ObjectMapper(new YAMLFactory()).readTree(yaml))).isEmpty();
    }

    @Test
    void theComparisonSeesADifference() {
        Seeds.Seed seed = Seeds.seed("guangyang");
        String yaml = imported(seed).yaml().replace("target: \"≥90个\"", "target: \"≥91个\"");
        DepartmentTargets changed = Seeds.load("changed", yaml).orThrow();
        DepartmentTargets reference = TargetsLoader.load(seed.transcription()).orThrow();
        assertThat(TargetsDiff.of(changed, reference)).hasSize(4)
                .allMatch(d -> d.contains("维护数量") && d.contains("target"));
    }

    @Test
    void countsPerSeed() {
        // tables = overall (if any) + projects; indicators counted in the transcriptions:
        // guangyang 13 + 8 + 8 = 29; kaiping 3 × 9 = 27; luancheng 9 × 2 = 18;
        // shifeng (3 + 3 split + 7) + (3 split + 8) + 9 = 13 + 11 + 9 = 33
        assertThat(List.of(counts("guangyang"), counts("kaiping"), counts("luancheng"), counts("shifeng")))
                .containsExactly("3/29", "3/27", "9/18", "3/33");
    }

    private static String counts(String seed) {
        ImportResult r = imported(Seeds.seed(seed));
        return r.tables() + "/" + r.indicators();
    }

    @Test
    void theLeadingZeroTypoIsKeptAndFlaggedAtItsSourceLine() {
        ImportResult r = imported(Seeds.seed("luancheng"));
        assertThat(r.yaml()).contains("target: \"≥0100%\"");
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("KPI-0150");
            assertThat(f.location().line()).isEqualTo(148);
            assertThat(f.message()).contains("≥0100%");
        });
    }

    @Test
    void splitCellsAreReportedWithTheLineOfTheNames() {
        ImportResult r = imported(Seeds.seed("shifeng"));
        assertThat(r.findings().stream().filter(f -> f.code().equals("KPI-0166")).map(f -> f.location().line()))
                .containsExactly(76, 82, 221);
    }

    @Test
    void aRepeatedIndicatorGetsAnIdAndAFinding() {
        ImportResult luancheng = imported(Seeds.seed("luancheng"));
        assertThat(luancheng.yaml()).contains("- id: 加强正面宣传-效果");
        ImportResult shifeng = imported(Seeds.seed("shifeng"));
        assertThat(shifeng.yaml()).contains("- id: 加强对网络突发事件的应急处置能力-效益");
        assertThat(Stream.concat(luancheng.findings().stream(), shifeng.findings().stream())
                .filter(f -> f.code().equals("KPI-0171")).map(f -> f.location().line())).containsExactly(335, 395);
    }

    @Test
    void emptyTargetsAreKeptAndFlagged() {
        ImportResult r = imported(Seeds.seed("shifeng"));
        assertThat(r.findings().stream().filter(f -> f.code().equals("KPI-0151")).map(f -> f.location().line()))
                .containsExactly(236, 264, 361, 389);
    }

    @Test
    void projectBudgetsComeFromTheNarrativeWhenNoTableGivesThem() {
        ImportResult r = imported(Seeds.seed("luancheng"));
        // nine projects, each matched to one "名称N万元" piece of line 42 (网络专业培训 ↔ 互联网专业培训 and the like)
        assertThat(r.findings().stream().filter(f -> f.code().equals("KPI-0172"))).hasSize(9)
                .allMatch(f -> f.location().line() == 42);
        assertThat(r.yaml()).contains("budget: 10   # the narrative: \"网络专业培训10万元\" (line 42)");
    }

    @Test
    void aGb18030TextExportReadsTheSameWithANote(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        Seeds.Seed seed = Seeds.seed("kaiping");
        java.nio.file.Path gbk = dir.resolve(seed.text().getFileName().toString());
        Files.write(gbk, Files.readString(seed.text()).getBytes(java.nio.charset.Charset.forName("GB18030")));
        ImportResult r = DisclosureImporter.importFile(gbk);
        assertThat(r.yaml()).isEqualTo(imported(seed).yaml());
        assertThat(r.findings()).anyMatch(f -> f.code().equals("KPI-0178") && f.message().contains("GB18030"));
    }

    @Test
    void everyIndicatorCarriesItsSourceLine() {
        ImportResult r = imported(Seeds.seed("guangyang"));
        assertThat(r.yaml()).contains("- level1: 部门产出   # line 1520", "- level1: 满意度指标   # line 1790");
    }
}
