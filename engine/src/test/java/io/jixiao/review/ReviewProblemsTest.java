package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The helpers users' own review rules call: the rule's name before the message, a hint made to start with "Maybe". */
class ReviewProblemsTest {

    private static final Location AT = new Location("targets.yaml", 9, 5);

    static Stream<Arguments> hints() {
        return Stream.of(
                arguments(null, ""),
                arguments("", ""),
                arguments("  ", ""),
                arguments("add one such as 完成时限 ≤10个月", "Maybe add one such as 完成时限 ≤10个月"),
                arguments("Maybe add one", "Maybe add one"));
    }

    @ParameterizedTest
    @MethodSource("hints")
    void userCheckIsAWarningKpi0449(String hint, String expected) {
        assertThat(ReviewProblems.userCheck(AT, "needs-a-deadline", "project 'x' has no 时效指标", hint))
                .isEqualTo(new Finding(Severity.WARNING, "KPI-0449", "[needs-a-deadline] project 'x' has no 时效指标",
                        expected, AT));
    }

    @ParameterizedTest
    @MethodSource("hints")
    void userNoteIsAnInfoKpi0448(String hint, String expected) {
        assertThat(ReviewProblems.userNote(AT, "r", "writes {rule} and {hint} as they are", hint))
                .isEqualTo(new Finding(Severity.INFO, "KPI-0448", "[r] writes {rule} and {hint} as they are",
                        expected, AT));
    }
}
