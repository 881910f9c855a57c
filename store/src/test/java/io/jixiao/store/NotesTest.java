package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.problem.KpiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bureau's 复核 notes (V4) and the accounts' disable / password reset, on H2 and PostgreSQL. */
class NotesTest {

    static String code(Throwable t) {
        return ((KpiException) t).findings().get(0).code();
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void notesOnTheYearAndOnAnIndicatorSurviveANewRevision(Supplier<StoreLocation> db) throws Exception {
        Path indicators = Databases.bundled();
        try (Store s = Store.open(db.get())) {
            ImportTest.importAll(s, indicators.resolve("guangyang/2023"));
            Notes notes = new Notes(s);
            notes.add(ImportTest.GUANGYANG, 2023, null, null, "li", "  整体自评偏高，请补充佐证材料。 ");
            // by the indicator's name as the page shows it; kept under the key the store keeps
            Notes.Note onIndicator = notes.add(ImportTest.GUANGYANG, 2023, "部门整体", "全年监测舆情信息数量", "li",
                    "19950条 未达 2万条，扣分合理");
            assertThat(onIndicator.onIndicator()).isTrue();

            // another import of the same year with other actuals: revision 2, the notes stay (with revision 1)
            Path changed = Files.createTempDirectory("jixiao-notes");
            Databases.copy(indicators.resolve("guangyang/2023"), changed);
            Path actuals = changed.resolve("actuals-example.yaml");
            Files.writeString(actuals, Files.readString(actuals).replace("\"19950条\"", "\"20000条\""));
            ImportTest.importAll(s, changed);
            assertThat(new Catalog(s).list(2023).get(0).revision()).isEqualTo(2);
            notes.add(ImportTest.GUANGYANG, 2023, null, null, "wang", "已补充");

            assertThat(notes.of(ImportTest.GUANGYANG, 2023))
                    .extracting(Notes.Note::revision, Notes.Note::table, Notes.Note::author, Notes.Note::text)
                    .containsExactly(tuple(1, null, "li", "整体自评偏高，请补充佐证材料。"),
                            tuple(1, "部门整体", "li", "19950条 未达 2万条，扣分合理"),
                            tuple(2, null, "wang", "已补充"));
            assertThat(notes.of(ImportTest.GUANGYANG, 2023).get(1).indicator()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void eachWayANoteIsRefusedHasItsCode(Supplier<StoreLocation> db) throws Exception {
        Path indicators = Databases.bundled();
        try (Store s = Store.open(db.get())) {
            ImportTest.importAll(s, indicators.resolve("guangyang/2023"));
            Notes notes = new Notes(s);
            String g = ImportTest.GUANGYANG;
            assertThatThrownBy(() -> notes.add(g, 2023, "部门整体", "没有这个指标", "li", "x"))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("KPI-0532"));
            assertThatThrownBy(() -> notes.add(g, 2023, "没有这个表", "全年监测舆情信息数量", "li", "x"))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("KPI-0532"));
            assertThatThrownBy(() -> notes.add(g, 2023, null, null, "li", "   "))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("KPI-0533"));
            assertThatThrownBy(() -> notes.add(g, 2023, null, null, "li", "字".repeat(Notes.MAX_CHARS + 1)))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("KPI-0533"));
            assertThatThrownBy(() -> notes.add(g, 1999, null, null, "li", "x"))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("KPI-0509"));
            assertThatThrownBy(() -> notes.of(g, 1999)).satisfies(t -> assertThat(code(t)).isEqualTo("KPI-0509"));
            // exactly the longest is kept
            assertThat(notes.add(g, 2023, null, null, "li", "字".repeat(Notes.MAX_CHARS)).text())
                    .hasSize(Notes.MAX_CHARS);
            assertThat(notes.of(g, 2023)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("io.jixiao.store.Databases#both")
    void anAccountIsDisabledEnabledAndGivenANewPasswordInTheAuditLog(Supplier<StoreLocation> db) {
        try (Store s = Store.open(db.get())) {
            Users users = new Users(s);
            users.add("li", Users.Role.BUREAU, null, "hash-1");
            users.setDisabled("li", true, "admin");
            assertThat(users.find("li").orElseThrow().disabled()).isTrue();
            users.setDisabled("li", false, "admin");
            users.setPassword("li", "hash-2", "admin");
            assertThat(users.find("li").orElseThrow()).extracting(Users.User::disabled, Users.User::passwordHash)
                    .containsExactly(false, "hash-2");
            assertThat(users.events()).extracting(Users.Event::user, Users.Event::action, Users.Event::detail)
                    .containsSubsequence(tuple("admin", "user-disabled", "li"), tuple("admin", "user-enabled", "li"),
                            tuple("admin", "password-reset", "li"));
            assertThat(users.events()).noneMatch(e -> e.detail().contains("hash-2"));
            assertThatThrownBy(() -> users.setDisabled("nobody", true, "admin"))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("KPI-0534"));
            assertThatThrownBy(() -> users.setPassword("nobody", "h", "admin"))
                    .satisfies(t -> assertThat(code(t)).isEqualTo("KPI-0534"));
        }
    }
}
