package io.jixiao.review;

import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.edit;
import static io.jixiao.review.Fixtures.line;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** rules/review/spending-plan.drl: a 资金支出计划 is cumulative, never falls and reaches 100%. */
class SpendingPlanRulesTest {

    static final String PLAN = "{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 100%}";

    static String plan(String plan) {
        return edit(TARGETS, PLAN, plan);
    }

    @Test
    void spendingPlanShort() {
        String text = plan("{3月底: 25%, 6月底: 50%, 10月底: 75%, 12月底: 90%}");
        assertThat(of(review(text), "spending-plan-short")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0418");
            assertThat(f.message()).isEqualTo("table '监测项目': 资金支出计划 ends at 12月底 with 90%, not 100%");
            assertThat(f.location().line()).isEqualTo(line(text, null, "- name: 监测项目"));
        });
        // the last step as written counts, wherever 100% appears; bare numbers are percentages
        assertThat(of(review(plan("{6月底: 100%, 12月底: 80%}")), "spending-plan-short")).hasSize(1);
        assertThat(of(review(plan("{6月底: 50, 12月底: 100}")), "spending-plan-short")).isEmpty();
        assertThat(of(review(TARGETS), "spending-plan-short")).isEmpty();
    }

    @Test
    void spendingPlanNotMonotone() {
        assertThat(of(review(plan("{3月底: 25%, 6月底: 20%, 10月底: 75%, 12月底: 100%}")), "spending-plan-not-monotone"))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo("KPI-0419");
                    assertThat(f.message()).isEqualTo("table '监测项目': 资金支出计划 falls from 25% (3月底) to 20% (6月底)");
                });
        // per-quarter shares instead of cumulative ones fall twice
        assertThat(of(review(plan("{3月底: 25%, 6月底: 25%, 10月底: 25%, 12月底: 100%}")), "spending-plan-not-monotone"))
                .isEmpty();
        assertThat(of(review(plan("{3月底: 40%, 6月底: 30%, 10月底: 20%, 12月底: 100%}")), "spending-plan-not-monotone"))
                .hasSize(2);
        assertThat(of(review(TARGETS), "spending-plan-not-monotone")).isEmpty();
    }

    @Test
    void spendingPlanUnreadable() {
        assertThat(of(review(plan("{3月底: 25%, 6月底: 过半, 12月底: 100%}")), "spending-plan-unreadable")).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("KPI-0420");
                    assertThat(f.message()).isEqualTo("table '监测项目': 资金支出计划 step 6月底 is '过半', not a percentage");
                });
        // a step in 万元 is an amount, not the share spent
        assertThat(of(review(plan("{6月底: 15万元, 12月底: 100%}")), "spending-plan-unreadable")).hasSize(1);
        assertThat(of(review(TARGETS), "spending-plan-unreadable")).isEmpty();
    }
}
