package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.report.JsonReport;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The user's path: import a disclosure, then score it with the department's actuals. The imported targets
 * score exactly like the hand transcription (same JSON report) for the seeds whose actuals use no hand-picked
 * id; shifeng's actuals name the transcriber's id 可持续-应急处置能力, which an importer cannot guess. guangyang's
 * 部门整体支出绩效评价 sheet is illustrative, not in its disclosure: it is left out of both sides.
 */
class ImportedScoresTest {

    private static final Scorer SCORER = new Scorer(RuleBook.packaged(), ProfileLoader.load(ProfileLoader.DEFAULT, null));

    @ParameterizedTest
    @ValueSource(strings = {"guangyang", "kaiping", "luancheng"})
    void importedTargetsScoreLikeTheTranscription(String name) {
        Seeds.Seed seed = Seeds.seed(name);
        DepartmentActuals file = ActualsLoader.load(seed.transcription().resolveSibling("actuals-example.yaml"))
                .orThrow();
        DepartmentActuals actuals = new DepartmentActuals(file.department(), file.departmentLocation(), file.year(),
                file.yearLocation(), file.overall(), file.projects(), file.file());
        DepartmentTargets imported = Seeds.load(seed.transcription().toString(),
                DisclosureImporter.importFile(seed.text()).yaml()).orThrow();
        DepartmentTargets t = TargetsLoader.load(seed.transcription()).orThrow();
        DepartmentTargets reference = new DepartmentTargets(t.department(), t.code(), t.year(), t.budget(),
                t.projectBudget(), t.profile(), t.overall(), t.projects(), t.file(), t.keyLocations());
        String a = JsonReport.render(SCORER.score(imported, actuals, false));
        String b = JsonReport.render(SCORER.score(reference, actuals, false));
        assertThat(a).isEqualTo(b).contains("\"grade\"");
    }
}
