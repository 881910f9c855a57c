package io.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.load.Source;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import io.jixiao.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@code validate actuals.xlsx} alone evaluates the workbook against the targets the template holds
 * (WorkbookTargets): they must score exactly as the targets file the template was made from — its written 分值, its
 * 预算执行率分值, its 部门整体支出绩效评价 sheet — or validate would pass a workbook that score then scores otherwise.
 */
class WorkbookTargetsTest {

    static final List<String> SEEDS = Seeds.ALL;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theTargetsATemplateHoldsScoreLikeTheTargetsFile(String seed) throws Exception {
        Path filled = Seeds.filledTemplate(seed, dir);
        Pipeline pipeline = new Pipeline(Options.defaults().profile("national"));

        Evaluation fromFile = pipeline.evaluate(Source.file(Seeds.targetsFile(seed)), Source.file(filled), Stage.ALL);
        Evaluation fromTemplate = pipeline.evaluate(Source.tree(filled.toString(),
                WorkbookTargets.of(TemplateReader.read(filled), filled.toString())), Source.file(filled), Stage.ALL);

        assertThat(fromFile.score()).isNotNull();
        assertThat(fromTemplate.errors()).isEmpty();
        // every score, table and indicator line alike; the 审核's findings alike but for their order and the places
        // they quote (sheet rows rather than the targets file's lines)
        ObjectNode template = withoutLocations(JsonReport.render(fromTemplate.score()));
        ObjectNode file = withoutLocations(JsonReport.render(fromFile.score()));
        assertThat(codes(template.remove("findings"))).isEqualTo(codes(file.remove("findings")));
        assertThat(template).isEqualTo(file);
    }

    @Test
    void guangyangsEvaluationSheetAndWrittenPointsAreKept() throws Exception {
        // guangyang 2023 has a 部门整体支出绩效评价 sheet (分值 15/25/30/30 written row by row): without it the
        // workbook's targets would score a department without its evaluation, or with the sheet as a project
        Path filled = Seeds.filledTemplate("guangyang/2023", dir);
        var tree = WorkbookTargets.of(TemplateReader.read(filled), filled.toString());
        assertThat(tree.entries()).containsKey("evaluation");
        Evaluation e = new Pipeline(Options.defaults().profile("national")).evaluate(
                Source.tree(filled.toString(), tree), Source.file(filled), Stage.ALL);
        assertThat(e.score().evaluation()).isNotNull();
        assertThat(e.score().projects()).noneMatch(p -> p.name().equals(e.score().evaluation().name()));
    }

    @Test
    void aSuggestedStandardIsNotTheDepartments() throws Exception {
        // the store's 指标库 may fill an empty 评（扣）分标准 with a suggestion; the workbook's targets leave it out
        Path file = dir.resolve("suggested.xlsx");
        Files.write(file, ActualsTemplate.write(Seeds.targets("kaiping/2025"), Seeds.NATIONAL,
                i -> Optional.of(new ActualsTemplate.Suggestion("X-1", "达标得满分，不达标不得分"))));
        FilledWorkbook wb = TemplateReader.read(file);
        assertThat(wb.tables().get(0).rows()).anyMatch(FilledWorkbook.Row::suggested);
        var tree = WorkbookTargets.of(wb, file.toString());
        // tests run in English: the suggestion reads "suggested (indicator library X-1): …" in the cell
        assertThat(tree.toString()).doesNotContain("X-1").doesNotContain("达标得满分");
    }

    private static List<String> codes(JsonNode findings) {
        List<String> codes = new java.util.ArrayList<>();
        findings.forEach(f -> codes.add(f.get("code").asText()));
        return codes.stream().sorted().toList();
    }

    private static ObjectNode withoutLocations(String json) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        strip(root);
        return root;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("location");
        }
        n.forEach(WorkbookTargetsTest::strip);
    }
}
