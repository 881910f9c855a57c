package io.jixiao.review;

import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static io.jixiao.review.MeasurabilityRulesTest.projectTarget;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules/review/values.drl: percentages above 100%, malformed numbers, ≥0. */
class ValueRulesTest {

    @Test
    void percentAboveCeiling() {
        assertThat(of(review(projectTarget("监测覆盖率", "≥95%", "≥120%")), "percent-above-ceiling")).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("KPI-0413");
                    assertThat(f.message()).isEqualTo("indicator '监测覆盖率': target '≥120%' is above 100%");
                });
        // the high end of a range counts
        assertThat(of(review(projectTarget("监测覆盖率", "≥95%", "90–110%")), "percent-above-ceiling")).hasSize(1);
        // 100% is the ceiling itself; an upper bound above 100% can be met
        assertThat(of(review(projectTarget("监测覆盖率", "≥95%", "100%")), "percent-above-ceiling")).isEmpty();
        assertThat(of(review(projectTarget("监测覆盖率", "≥95%", "≤120%")), "percent-above-ceiling")).isEmpty();
        assertThat(of(review(TARGETS), "percent-above-ceiling")).isEmpty();
    }

    @Test
    void malformedValue() {
        // luancheng's ≥0100%: a leading zero (the loader reads it as 100 with KPI-0150)
        assertThat(of(review(projectTarget("监测覆盖率", "≥95%", "≥095%")), "malformed-value")).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("KPI-0414");
                    assertThat(f.message()).startsWith("indicator '监测覆盖率': target '≥095%' is malformed (前导零");
                    assertThat(f.hint()).isEqualTo("Maybe write ≥95%");
                });
        // 0.5 is a number, not a leading zero
        assertThat(of(review(projectTarget("响应时间", "≤30分钟", "≤0.5小时")), "malformed-value")).isEmpty();
        assertThat(of(review(TARGETS), "malformed-value")).isEmpty();
    }

    @Test
    void zeroAtLeast() {
        assertThat(of(review(projectTarget("监测信息数量", "≥20000条", "≥0条")), "zero-at-least")).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("KPI-0415");
                    assertThat(f.message()).isEqualTo("indicator '监测信息数量': target '≥0条' is met by doing nothing"
                            + " (at least 0)");
                });
        // ≤0 (none at all) is a real target, and so is >0
        assertThat(of(review(projectTarget("监测信息数量", "≥20000条", "≤0条")), "zero-at-least")).isEmpty();
        assertThat(of(review(projectTarget("监测信息数量", "≥20000条", ">0条")), "zero-at-least")).isEmpty();
        assertThat(of(review(TARGETS), "zero-at-least")).isEmpty();
    }
}
