package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clean department raises no review finding at all: no rule fires on sound targets. */
class CleanFixtureTest {

    @Test
    void cleanTargetsRaiseNothing() {
        assertThat(Fixtures.review(Fixtures.TARGETS)).isEmpty();
    }

    @Test
    void cleanSelfEvaluationRaisesNothing() {
        assertThat(Fixtures.review(Fixtures.TARGETS, Fixtures.ACTUALS)).isEmpty();
    }
}
