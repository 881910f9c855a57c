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
 * id; shifeng's actuals name the transcriber's id 可持续-应急处置能力, which an importer cannot guess.
 */
class ImportedScoresTest {

    private static final Scorer SCORER = new Scorer(RuleBook.packaged(), ProfileLoader.load(ProfileLoader.DEFAULT, null));

    @ParameterizedTest
    @ValueSource(strings = {"guangyang", "kaiping", "luancheng"})
    void importedTargetsScoreLikeTheTranscription(String name) {
        Seeds.Seed seed = Seeds.seed(name);
        DepartmentActuals actuals = ActualsLoader.load(seed.transcription().resolveSibling("actuals-example.yaml"))
                .orThrow();
        DepartmentTargets imported = Seeds.load(seed.transcription().toString(),
                DisclosureImporter.importFile(seed.text()).yaml()).orThrow();
        DepartmentTargets reference = TargetsLoader.load(seed.transcription()).orThrow();
        String a = JsonReport.render(SCORER.score(imported, actuals, false));
        String b = JsonReport.render(SCORER.score(reference, actuals, false));
        assertThat(a).isEqualTo(b).contains("\"grade\"");
    }
}
