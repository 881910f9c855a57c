package io.jixiao.review;

import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.edit;
import static io.jixiao.review.Fixtures.line;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static io.jixiao.review.MeasurabilityRulesTest.projectTarget;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/review/budget.drl: cost targets against budgets, budgets against 项目支出. */
class BudgetRulesTest {

    @Test
    void costAboveBudget() {
        String text = projectTarget("项目成本", "≤30万元", "≤40万元");
        List<ReviewFinding> found = review(text);
        assertThat(of(found, "cost-above-budget")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0410");
            assertThat(f.message()).isEqualTo("成本指标 '项目成本' allows 40万元, more than the budget 30万元 of '监测项目'");
            assertThat(f.location().line()).isEqualTo(line(text, "- name: 监测项目", "name: 项目成本") - 2);
        });
        // one cost above the budget is reported once, not again as a sum that does not add up
        assertThat(of(found, "cost-targets-do-not-add-up")).isEmpty();
        // in 元 it converts: 300000元 is the budget exactly
        assertThat(of(review(projectTarget("项目成本", "≤30万元", "≤300000元")), "cost-above-budget")).isEmpty();
        assertThat(of(review(TARGETS), "cost-above-budget")).isEmpty();
    }

    @Test
    void projectBudgetsDoNotAddUp() {
        String text = edit(TARGETS, "projectBudget: 30", "projectBudget: 35");
        assertThat(of(review(text), "project-budgets-do-not-add-up")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0411");
            assertThat(f.message()).isEqualTo("the budgets of the 1 projects add up to 30万元, not the 项目支出 35万元");
            assertThat(f.location().line()).isEqualTo(line(text, null, "projectBudget: 35"));
            assertThat(f.location().column()).isEqualTo(16);
        });
        // within the tolerance (0.01万元) the figures agree; a project without a budget leaves nothing to add
        assertThat(of(review(edit(TARGETS, "projectBudget: 30", "projectBudget: 30.01")),
                "project-budgets-do-not-add-up")).isEmpty();
        assertThat(of(review(edit(text, "    budget: 30\n", "")), "project-budgets-do-not-add-up")).isEmpty();
        assertThat(of(review(TARGETS), "project-budgets-do-not-add-up")).isEmpty();
    }

    @Test
    void costTargetsDoNotAddUp() {
        // the shifeng seed's case: ≤49.92万元 against 资金总额 51.8; here ≤25万元 against the project's 30
        String text = projectTarget("项目成本", "≤30万元", "≤25万元");
        assertThat(of(review(text), "cost-targets-do-not-add-up")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0412");
            assertThat(f.message()).isEqualTo("table '监测项目': the 成本指标 targets add up to 25万元, not its 资金总额 30万元");
            assertThat(f.location().line()).isEqualTo(line(text, "- name: 监测项目", "name: 项目成本") - 2);
        });
        // 部门整体: the costs may cover the department budget (100) or the 项目支出 (30, as in TARGETS) — not 50
        String overall = edit(TARGETS, "target: \"≤30万元\"\n    - level1: 效益指标", "target: \"≤50万元\"\n    - level1: 效益指标");
        assertThat(of(review(overall), "cost-targets-do-not-add-up")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("table '部门整体': the 成本指标 targets add up to 50万元,"
                        + " not its 资金总额 100万元 or the 项目支出 30万元"));
        String whole = edit(TARGETS, "target: \"≤30万元\"\n    - level1: 效益指标", "target: \"≤100万元\"\n    - level1: 效益指标");
        assertThat(of(review(whole), "cost-targets-do-not-add-up")).isEmpty();
        // several cost targets add up (10 + 20 = 30)
        String two = projectTarget("项目成本", "≤30万元", "≤10万元").replace("name: 响应时间\n        target: \"≤30分钟\"",
                "name: 响应时间\n        target: \"≤30分钟\"\n      - level1: 产出指标\n        level2: 成本指标\n"
                        + "        name: 运维成本\n        target: \"≤20万元\"");
        assertThat(of(review(two), "cost-targets-do-not-add-up")).isEmpty();
        assertThat(of(review(TARGETS), "cost-targets-do-not-add-up")).isEmpty();
    }

    @Test
    void aBareNumberUnder成本IsNoAmountOfMoney() {
        // docs/scoring.md#direction: ≤100 (成本控制率 100 without %) is no 100元 — no cost sum that fails to add up;
        // ≤30万 (万 without 元) is money: 30万元, the project's budget exactly
        assertThat(of(review(projectTarget("项目成本", "≤30万元", "≤100")), "cost-targets-do-not-add-up")).isEmpty();
        assertThat(of(review(projectTarget("项目成本", "≤30万元", "≤29万")), "cost-targets-do-not-add-up"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("add up to 29万元"));
        assertThat(of(review(projectTarget("项目成本", "≤30万元", "≤30万")), "cost-targets-do-not-add-up")).isEmpty();
    }
}
