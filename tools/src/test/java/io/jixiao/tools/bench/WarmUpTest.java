package io.jixiao.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which rounds of an in-memory part bench measures: at least the warm-up asked for, then more while the JIT compiles
 * for 2% of a round or more (at most 30 more), then every round — none dropped once measuring has begun.
 */
class WarmUpTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                                                 | measured so far | warm-ups | asked | JIT ms | s   | measured
            the warm-up asked for, even with a quiet JIT            | 0 | 1  | 2 | 0    | 0.2 | false
            past it, a quiet round (1 ms of 200 ms is 0.5%)         | 0 | 2  | 2 | 1    | 0.2 | true
            past it, 4 ms of 200 ms is 2%: still warming up         | 0 | 2  | 2 | 4    | 0.2 | false
            3 ms of 200 ms is 1.5%: quiet                           | 0 | 2  | 2 | 3    | 0.2 | true
            the JIT compiling for longer than the round             | 0 | 12 | 2 | 900  | 0.4 | false
            30 rounds more than asked: measured, JIT or not         | 0 | 32 | 2 | 900  | 0.4 | true
            once measuring has begun, a round of JIT still counts   | 1 | 5  | 2 | 1500 | 0.4 | true
            no JIT time from the JVM: the warm-up asked for only    | 0 | 2  | 2 | -1   | 0.2 | true
            no warm-up asked for and a quiet JIT                    | 0 | 0  | 0 | 0    | 0.2 | true
            """)
    void whichRoundsAreMeasured(String what, int measuredSoFar, int warmups, int asked, long jitMs, double seconds,
            boolean measured) {
        assertThat(Bench.measured(measuredSoFar, warmups, asked, jitMs, seconds)).as(what).isEqualTo(measured);
    }
}
