package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which command lines start the packaged rule book before picocli ({@link RulesAhead}): those whose run scores with
 * the packaged rules, and no other (a run that replaces them, reads the store, or asks for help would make it for
 * nothing, on the core the run itself uses).
 */
class RulesAheadTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // commands that score with the packaged rules
        "score t.yaml --actuals a.yaml            | true",
        "report t.yaml --actuals a.yaml -o r.docx | true",
        "review bureau --format json              | true",
        "monitor bureau -o m.json                 | true",
        "monitor t.yaml --progress p.yaml         | true",
        "whatif t.yaml --actuals a.yaml           | true",
        "validate t.yaml                          | true",
        "store import bureau --db s               | true",
        // the user's rules replace the packaged ones: compiled with them, at run time
        "score t.yaml --rules extra.drl           | false",
        "review bureau --rules=extra              | false",
        // a review read back from the store runs no rule
        "review --db s --year 2024                | false",
        "review --db s --year=2024                | false",
        // the store's other commands, other commands, help, nothing
        "store list --db s                        | false",
        "store                                    | false",
        "history 410 --db s                       | false",
        "template t.yaml -o t.xlsx                | false",
        "serve                                    | false",
        "score --help                             | false",
        "monitor -h                               | false",
        "help score                               | false",
        "--version                                | false",
        "''                                       | false",
    })
    void startsTheBookForTheCommandsThatUseIt(String line, boolean started) {
        List<String> words = line.isBlank() ? List.of() : List.of(line.strip().split(" +"));
        assertThat(RulesAhead.needed(words)).isEqualTo(started);
    }
}
