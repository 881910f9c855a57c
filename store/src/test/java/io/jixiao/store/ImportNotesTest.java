package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.pipeline.Options;
import io.jixiao.problem.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Importer#withoutNotes}: the outcomes of what it stores keep no warnings and notes (store import without
 * --verbose holds none of them until the end), a failed folder keeps its errors, and what is stored is the same.
 */
class ImportNotesTest {

    @Test
    void storedFoldersKeepNoNotesFailedOnesKeepTheirErrorsAndTheStoreIsTheSame() throws Exception {
        Path indicators = Databases.bundled();
        // one folder that fails: guangyang 2024's actuals with a malformed number (KPI-0109 at line 18)
        Path actuals = indicators.resolve("guangyang/2024/actuals-example.yaml");
        Files.writeString(actuals, Files.readString(actuals, StandardCharsets.UTF_8)
                .replace("\"230人次\"", "\"2..30人次\""), StandardCharsets.UTF_8);

        Importer.Summary kept;
        List<String> keptRows;
        try (Store s = Store.open(Databases.h2())) {
            kept = new Importer(s, Options.defaults(), 2).run(List.of(indicators), o -> { });
            keptRows = findingsDocuments(s);
        }
        Importer.Summary bare;
        List<String> bareRows;
        try (Store s = Store.open(Databases.h2())) {
            bare = new Importer(s, Options.defaults(), 2).withoutNotes().run(List.of(indicators), o -> { });
            bareRows = findingsDocuments(s);
        }

        // the default keeps the notes of stored folders: the bundled departments raise some (KPI-0309 and others)
        assertThat(kept.outcomes()).filteredOn(o -> o.status() == Importer.Status.ADDED)
                .flatExtracting(Importer.Outcome::findings).isNotEmpty();
        // without notes: none for a stored folder
        assertThat(bare.outcomes()).filteredOn(o -> o.status() == Importer.Status.ADDED).hasSize(4)
                .allSatisfy(o -> assertThat(o.findings()).isEmpty());
        // a failed folder keeps its errors either way
        assertThat(bare.outcomes()).filteredOn(o -> o.status() == Importer.Status.FAILED).singleElement()
                .satisfies(o -> assertThat(o.findings()).extracting(Finding::code).contains("KPI-0109"));
        assertThat(bare.outcomes()).extracting(Importer.Outcome::folder, Importer.Outcome::status)
                .isEqualTo(kept.outcomes().stream().map(o -> org.assertj.core.api.Assertions.tuple(o.folder(),
                        o.status())).toList());
        // what is stored does not depend on it: the findings' documents of every department-year are the same
        assertThat(bareRows).hasSize(4).isEqualTo(keptRows);
    }

    private static List<String> findingsDocuments(Store s) {
        return s.read(h -> h.createQuery("SELECT d.name || ' ' || y.budget_year || ' ' || y.findings FROM department_year y"
                + " JOIN department d ON d.id = y.department_id ORDER BY d.name, y.budget_year").mapTo(String.class)
                .list());
    }
}
