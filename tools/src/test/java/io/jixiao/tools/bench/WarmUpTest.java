package io.jixiao.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which rounds of an in-memory part bench measures: at least the warm-up asked for, then more until three rounds in a
 * row in which the JIT compiled for less than 2% of the round (at most 60 more), then every round — none dropped once
 * measuring has begun.
 */
class WarmUpTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                                                    | measured so far | warm-ups | asked | quiet in a row | measured
            the warm-up asked for, even after quiet rounds             | 0 | 1  | 2 | 3  | false
            past it, one quiet round: C2 may compile again in the next | 0 | 2  | 2 | 1  | false
            past it, two quiet rounds in a row: not yet                | 0 | 3  | 2 | 2  | false
            past it, the third quiet round in a row: measured          | 0 | 4  | 2 | 3  | true
            a round with the JIT busy ends the quiet run               | 0 | 12 | 2 | 0  | false
            60 rounds more than asked: measured, JIT or not            | 0 | 62 | 2 | 0  | true
            59 rounds more than asked and the JIT busy: not yet        | 0 | 61 | 2 | 0  | false
            once measuring has begun, a round of JIT still counts      | 1 | 5  | 2 | 0  | true
            no JIT time from the JVM: the warm-up asked for only       | 0 | 2  | 2 | -1 | true
            no warm-up asked for, three quiet rounds                   | 0 | 2  | 0 | 3  | true
            """)
    void whichRoundsAreMeasured(String what, int measuredSoFar, int warmups, int asked, int quietInARow,
            boolean measured) {
        assertThat(Bench.measured(measuredSoFar, warmups, asked, quietInARow)).as(what).isEqualTo(measured);
    }
}
