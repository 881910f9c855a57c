package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code --db [DB]}: the word after it is the store only when it names one, never a file the command reads. */
class OptionalDbTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "jdbc:postgresql://db:5432/jixiao?user=j, true",
        "jdbc:h2:file:/srv/jixiao, true",
        "/srv/jixiao/jixiao.mv.db, true",
        "a-store-not-made-yet, true",
        "targets.yaml, false",
        "actuals-2024.yml, false",
        "actuals.XLSX, false",
        "--year, false",
        "-o, false",
    })
    void theWordAfterDbIsTheStoreOnlyWhenItNamesOne(String word, boolean store) {
        assertThat(OptionalDb.namesStore(word)).isEqualTo(store);
    }

    @Test
    void anExistingFolderOrFileIsWhatTheCommandReadsNotTheStore() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("indicators"));
        Path disclosure = Files.writeString(dir.resolve("disclosure.txt"), "x");
        assertThat(OptionalDb.namesStore(folder.toString())).isFalse();
        assertThat(OptionalDb.namesStore(disclosure.toString())).isFalse();
    }

    @Test
    void validateDbFileValidatesTheFileAgainstTheDefaultStore() {
        ValidateCommand alone = new ValidateCommand();
        new CommandLine(alone).parseArgs("--db", "indicators/guangyang/2024/targets.yaml");
        assertThat(alone.db).isEmpty(); // --db alone: $JIXIAO_DB, else the default store
        assertThat(alone.paths).containsExactly(Path.of("indicators/guangyang/2024/targets.yaml"));

        ValidateCommand given = new ValidateCommand();
        new CommandLine(given).parseArgs("--db", "jdbc:postgresql://db/jixiao", "targets.yaml");
        assertThat(given.db).isEqualTo("jdbc:postgresql://db/jixiao");
        assertThat(given.paths).containsExactly(Path.of("targets.yaml"));

        ValidateCommand none = new ValidateCommand();
        new CommandLine(none).parseArgs("targets.yaml");
        assertThat(none.db).isNull(); // no --db: no store at all
    }

    @Test
    void reviewDbYearReadsTheDefaultStoreAndReviewDbPathYearTheGivenOne() {
        ReviewCommand alone = new ReviewCommand();
        new CommandLine(alone).parseArgs("--db", "--year", "2024");
        assertThat(alone.db).isEmpty();
        assertThat(alone.year).isEqualTo(2024);

        ReviewCommand given = new ReviewCommand();
        new CommandLine(given).parseArgs(List.of("--db", "/srv/jixiao/store", "--year", "2024").toArray(String[]::new));
        assertThat(given.db).isEqualTo("/srv/jixiao/store");
        assertThat(given.dir).isNull();
    }
}
