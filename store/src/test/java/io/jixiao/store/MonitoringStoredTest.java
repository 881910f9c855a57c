package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.Finding;
import io.jixiao.value.Numbers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A department-year with a progress file is stored with its monitoring, evaluated by the pipeline's monitoring at
 * import (schema version 5): the lights, the projected score, the findings — shown by {@code store list} and
 * {@code history}, in the history JSON. 广阳 2023 with its ILLUSTRATIVE progress-example.yaml (month 6); the numbers
 * are the ones worked out by hand in engine's BundledProgressTest.
 */
class MonitoringStoredTest {

    static final Path GUANGYANG_2023 = Databases.bundled().resolve("guangyang/2023");

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void theMonitoringOfTheProgressFileIsStoredAndShown(Supplier<StoreLocation> db) {
        try (Store s = Store.open(db.get())) {
            assertThat(ImportTest.importAll(s, GUANGYANG_2023).anyFailed()).isFalse();

            // month 6; three red tables, none yellow or green; projected 91.03 优
            History.Monitoring m = new Catalog(s).list(2023).get(0).monitoring();
            assertThat(m).isNotNull();
            assertThat(m.file()).isEqualTo("progress-example.yaml");
            assertThat(List.of(m.month(), m.light(), m.red(), m.yellow(), m.green()))
                    .containsExactly(6, "red", 3, 0, 0);
            assertThat(Numbers.text(Numbers.round(m.projectedScore()))).isEqualTo("91.03");
            assertThat(m.projectedGrade()).isEqualTo("优");

            // each table's 预算执行率 against the pace of 6/12 = 50%: 118.6 × 100 / 259.25 = 45.75, 6.2 × 100 / 20 = 31.00,
            // 15.3 × 100 / 56 = 27.32; every table red (the indicators' lights, the worst of budget and indicators)
            List<org.assertj.core.groups.Tuple> tables = s.read(h -> h.createQuery("SELECT t.name, t.execution_rate,"
                    + " t.pace, t.light FROM monitoring_table t ORDER BY t.ordinal").map((rs, ctx) -> tuple(rs.getString(1),
                    Numbers.text(Numbers.round(rs.getBigDecimal(2))), Numbers.text(Numbers.round(rs.getBigDecimal(3))),
                    rs.getString(4))).list());
            assertThat(tables)
                    .containsExactly(tuple("部门整体", "45.75", "50.00", "red"),
                            tuple("网络安全监测项目经费", "31.00", "50.00", "red"),
                            tuple("政务网络平台项目经费", "27.32", "50.00", "red"));

            // the findings stored are the monitoring's, in its order (the same files monitored by the pipeline)
            List<Finding> monitored = new Pipeline(Options.defaults()).monitor(
                    Source.file(GUANGYANG_2023.resolve("targets.yaml")),
                    Source.file(GUANGYANG_2023.resolve("progress-example.yaml"))).monitoring().allFindings();
            assertThat(monitored).isNotEmpty();
            List<String> codes = s.read(h -> h.createQuery("SELECT code FROM monitoring_finding ORDER BY ordinal")
                    .mapTo(String.class).list());
            assertThat(codes).containsExactlyElementsOf(monitored.stream().map(Finding::code).toList());

            // shown: store list and history (table, JSON)
            assertThat(Listings.departmentYears(new Catalog(s).list(2023))).contains("Light").contains("red (month 6)");
            History h = new HistoryReader(s).history("广阳");
            assertThat(h.years().get(0).monitoring()).isEqualTo(m);
            assertThat(HistoryReport.text(h)).contains("Monitoring light").contains("red (month 6)");
            assertThat(HistoryReport.json(h)).contains("\"monitoring\" : {\n      \"file\" : \"progress-example.yaml\",\n"
                    + "      \"month\" : 6,\n      \"light\" : \"red\",\n      \"red\" : 3,\n      \"yellow\" : 0,\n"
                    + "      \"green\" : 0,\n      \"projectedScore\" : 91.03,\n      \"projectedGrade\" : \"优\"\n    }");
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aProgressFileThatDoesNotMonitorFailsTheFolderAndKeepsTheStoredYear(Supplier<StoreLocation> db) throws Exception {
        Path dir = Files.createTempDirectory("jixiao-progress").resolve("guangyang-2023");
        Databases.copy(GUANGYANG_2023, dir);
        try (Store s = Store.open(db.get())) {
            ImportTest.importAll(s, dir);
            // month 13 is no month: the progress file's error at its line (8), and the stored year stays revision 1
            Path progress = dir.resolve("progress-example.yaml");
            Files.writeString(progress, Files.readString(progress).replace("month: 6", "month: 13"),
                    StandardCharsets.UTF_8);
            Importer.Summary again = ImportTest.importAll(s, dir);
            assertThat(again.outcomes()).extracting(Importer.Outcome::status).containsExactly(Importer.Status.FAILED);
            assertThat(again.outcomes().get(0).findings()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isError()).isTrue();
                assertThat(f.location().file()).endsWith("progress-example.yaml");
            });
            assertThat(again.outcomes().get(0).findings()).extracting(f -> f.location().line()).contains(8);
            Catalog.Entry stored = new Catalog(s).list(2023).get(0);
            assertThat(stored.revision()).isEqualTo(1);
            assertThat(stored.monitoring().month()).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void aYearStoredBeforeVersion5GetsItsMonitoringFromTheMigration(Supplier<StoreLocation> db) {
        StoreLocation where = db.get();
        History.Monitoring imported;
        try (Store s = Store.open(where)) {
            ImportTest.importAll(s, GUANGYANG_2023);
            imported = new Catalog(s).list(2023).get(0).monitoring();
            // as a store of version 5 holds a year imported before: its progress file kept, no monitoring, V6 (and the
            // later V7, the 复核 notes, V8, the child rows' keys, V9 and V10, the documents: they run again harmlessly)
            // not run
            s.transaction(h -> {
                h.execute("DELETE FROM monitoring");
                h.execute("DROP TABLE review_note");
                return h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', '8', '9', '10')");
            });
            assertThat(new Catalog(s).list(2023).get(0).monitoring()).isNull();
        }
        try (Store s = Store.open(where)) {
            assertThat(s.schemaVersion()).isEqualTo("10");
            // monitored from the stored files: month 6, three red tables, 91.03 优 — as the import had it
            History.Monitoring migrated = new Catalog(s).list(2023).get(0).monitoring();
            assertThat(migrated).isEqualTo(imported);
            assertThat(List.of(migrated.month(), migrated.light(), migrated.red())).containsExactly(6, "red", 3);
        }
    }
}
